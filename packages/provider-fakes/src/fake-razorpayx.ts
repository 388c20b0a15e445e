/**
 * A fake of ONLY the RazorpayX endpoints Guildhall uses: contacts, fund accounts (bank account or
 * VPA), fund account validations, and payouts with `X-Payout-Idempotency`. RazorpayX has no official
 * Node SDK for payouts, so Guildhall talks to it (and to this) over plain HTTP with Basic auth. Its
 * webhooks are signed as Razorpay's are (HMAC-SHA256 of the raw body, hex, in X-Razorpay-Signature)
 * with their own secret. It is not a RazorpayX emulator: anything else answers 404.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { header, listen, nowSeconds, randomId, sendJson, type FakeRequest } from './http-kit.js';
import { RazorpayRefusal } from './razorpay-state.js';
import { RazorpayXState, type RazorpayXFundAccount, type RazorpayXPayout, type RazorpayXValidation, type ValidationResult } from './razorpayx-state.js';
import { deliverWebhook, type DeliveryResult, type SignedWebhook } from './signed-webhook.js';

export interface FakeRazorpayXOptions {
  /** The key pair it accepts; default: a new one. RazorpayX shares the Razorpay account's keys, so tests pass the fake Razorpay's. */
  keyId?: string;
  keySecret?: string;
  /** The RazorpayX account payouts are made from (RAZORPAYX_ACCOUNT_NUMBER); default: a new one. */
  accountNumber?: string;
  webhookSecret?: string;
  /** Where it delivers the webhooks of what the API started (validations, payouts). */
  webhookUrl?: string;
  /** A fixed port (e.g. for `npm start`); default: any free one. */
  port?: number;
}

export interface FakeRazorpayX {
  /** http://127.0.0.1:PORT — RAZORPAYX_API_URL. */
  readonly url: string;
  readonly keyId: string;
  readonly keySecret: string;
  readonly accountNumber: string;
  readonly webhookSecret: string;
  readonly webhookUrl: string | null;
  setWebhookUrl(url: string | null): void;

  // — how what the API starts ends —
  /**
   * On (the default), a payout made through the API is processed at once and `payout.processed` (or
   * `payout.failed`, see `failNextPayout`) is delivered; off, payouts stay `processing` until
   * `process`, `fail` or `reverse` is called.
   */
  setAutoProcess(on: boolean): void;
  /** The next payout made through the API fails at the bank: `payout.failed` with this reason. */
  failNextPayout(reason?: string): void;
  /** The next payout request is refused on the spot (HTTP 400, nothing is created). */
  refuseNextPayout(description?: string): void;
  /** The next fund account validation finds the account invalid (`account_status: invalid`). */
  invalidateNextValidation(): void;

  // — moves a test makes; each returns the signed webhook, delivered only through `deliver` —
  process(payoutId: string): SignedWebhook;
  fail(payoutId: string, reason?: string): SignedWebhook;
  /** The bank sent a processed payout back: `payout.reversed`. */
  reverse(payoutId: string, reason?: string): SignedWebhook;
  /** Completes a validation (by its id, or the latest of a fund account): `fund_account.validation.completed`. */
  completeValidation(validationOrFundAccountId: string, result?: ValidationResult): SignedWebhook;

  // — what happened —
  /** Payouts created, in all or with one idempotency key (never more than 1 per key). */
  payoutCount(idempotencyKey?: string): number;
  /** Requests that came with this idempotency key, replays included. */
  payoutRequestCount(idempotencyKey: string): number;
  payout(payoutId: string): RazorpayXPayout | undefined;
  fundAccount(fundAccountId: string): RazorpayXFundAccount | undefined;

  // — webhook delivery —
  /** On: the webhooks of what the API started are kept (see `heldWebhooks`) instead of delivered. */
  holdWebhooks(on: boolean): void;
  heldWebhooks(): SignedWebhook[];
  /** Empties the list without delivering: the test delivers (or forges) them itself. */
  takeHeldWebhooks(): SignedWebhook[];
  /** Delivers the held webhooks in order, and empties the list. */
  releaseWebhooks(): Promise<DeliveryResult[]>;
  /** POSTs the webhook (raw body, its headers) to `url` or the configured webhook URL. */
  deliver(webhook: SignedWebhook, url?: string): Promise<DeliveryResult>;
  stop(): Promise<void>;
}

export async function startFakeRazorpayX(options: FakeRazorpayXOptions = {}): Promise<FakeRazorpayX> {
  const keyId = options.keyId ?? randomId('rzp_test_', 14);
  const keySecret = options.keySecret ?? randomId('', 24);
  const accountNumber = options.accountNumber ?? `7878780${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}`;
  const webhookSecret = options.webhookSecret ?? randomId('whsec_rzpx_', 20);
  const merchantId = randomId('', 14);
  const state = new RazorpayXState(accountNumber, merchantId);
  let webhookUrl = options.webhookUrl ?? null;
  let autoProcess = true;
  let nextPayoutFailure: string | null = null;
  let nextPayoutRefusal: string | null = null;
  let nextValidation: ValidationResult = 'active';
  let hold = false;
  const held: SignedWebhook[] = [];

  const sign = (event: string, contains: string[], payload: Record<string, { entity: unknown }>): SignedWebhook => {
    const body = JSON.stringify({ entity: 'event', account_id: `acc_${merchantId}`, event, contains, payload, created_at: nowSeconds() });
    return {
      provider: 'RAZORPAYX',
      body,
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Razorpay-Webhook/v1',
        'x-razorpay-signature': createHmac('sha256', webhookSecret).update(body).digest('hex'),
        'x-razorpay-event-id': randomId('', 14),
      },
    };
  };
  const payoutWebhook = (payout: RazorpayXPayout) => sign(`payout.${payout.status}`, ['payout'], { payout: { entity: structuredClone(payout) } });
  const validationWebhook = (validation: RazorpayXValidation) =>
    sign('fund_account.validation.completed', ['fund_account.validation'], { 'fund_account.validation': { entity: structuredClone(validation) } });

  // like Razorpay, after the API has answered
  const announce = (webhook: SignedWebhook) => {
    if (hold) return void held.push(webhook);
    const target = webhookUrl;
    if (target) setTimeout(() => void deliverWebhook(webhook, target).catch(() => undefined), 10);
  };

  // invalidateNextValidation applies once
  const consumeValidation = (): ValidationResult => {
    const result = nextValidation;
    nextValidation = 'active';
    return result;
  };

  const server = await listen((req, res) => {
    if (!authorized(header(req.headers, 'authorization'), keyId, keySecret)) return sendJson(res, 401, razorpayError('Authentication failed'));
    try {
      route(req, res);
    } catch (error) {
      if (!(error instanceof RazorpayRefusal)) throw error;
      sendJson(res, 400, razorpayError(error.message));
    }
  }, options.port);

  function route(req: FakeRequest, res: ServerResponse): void {
    const [version, resource, id, sub] = req.url.pathname.replace(/\/+$/, '').split('/').slice(1);
    const input = req.method === 'POST' ? jsonBody(req.body) : {};
    if (version !== 'v1') return notFound(res);
    if (resource === 'contacts' && req.method === 'POST' && !id) return sendJson(res, 200, state.createContact(input));
    if (resource === 'fund_accounts' && req.method === 'POST' && !id) return sendJson(res, 200, state.createFundAccount(input));
    if (resource === 'fund_accounts' && req.method === 'POST' && id === 'validations' && !sub) {
      const validation = state.createValidation(input);
      sendJson(res, 200, validation);
      return announce(validationWebhook(state.completeValidation(validation.id, consumeValidation())));
    }
    if (resource === 'fund_accounts' && req.method === 'GET' && id && !sub) return sendJson(res, 200, state.fundAccount(id));
    if (resource === 'payouts' && req.method === 'POST' && !id) return createPayout(req, res, input);
    if (resource === 'payouts' && req.method === 'GET' && id && !sub) return sendJson(res, 200, state.payout(id));
    return notFound(res);
  }

  function createPayout(req: FakeRequest, res: ServerResponse, input: Record<string, unknown>): void {
    const key = header(req.headers, 'x-payout-idempotency');
    if (!key) throw new RazorpayRefusal('X-Payout-Idempotency header is required.');
    if (nextPayoutRefusal !== null && !state.payoutKeys.has(key)) {
      const description = nextPayoutRefusal;
      nextPayoutRefusal = null;
      throw new RazorpayRefusal(description);
    }
    const { payout, created } = state.createPayout(input, key, canonical(input));
    sendJson(res, 200, payout);
    if (!created) return;
    const failure = nextPayoutFailure;
    nextPayoutFailure = null;
    if (failure !== null) return announce(payoutWebhook(state.fail(payout.id, failure)));
    if (autoProcess) announce(payoutWebhook(state.process(payout.id)));
  }

  return {
    url: server.url,
    keyId,
    keySecret,
    accountNumber,
    webhookSecret,
    get webhookUrl() {
      return webhookUrl;
    },
    setWebhookUrl(url) {
      webhookUrl = url;
    },
    setAutoProcess(on) {
      autoProcess = on;
    },
    failNextPayout(reason = 'The beneficiary bank rejected the transfer (test).') {
      nextPayoutFailure = reason;
    },
    refuseNextPayout(description = 'Your account does not have enough balance to carry out the payout operation.') {
      nextPayoutRefusal = description;
    },
    invalidateNextValidation() {
      nextValidation = 'invalid';
    },
    process: (payoutId) => payoutWebhook(state.process(payoutId)),
    fail: (payoutId, reason = 'The beneficiary bank rejected the transfer (test).') => payoutWebhook(state.fail(payoutId, reason)),
    reverse: (payoutId, reason = 'The beneficiary account is closed (test).') => payoutWebhook(state.reverse(payoutId, reason)),
    completeValidation(id, result = 'active') {
      return validationWebhook(state.completeValidation(id, result));
    },
    payoutCount(idempotencyKey) {
      if (idempotencyKey === undefined) return state.payouts.size;
      return state.payoutKeys.has(idempotencyKey) ? 1 : 0;
    },
    payoutRequestCount: (idempotencyKey) => state.payoutRequests.get(idempotencyKey) ?? 0,
    payout: (payoutId) => state.payouts.get(payoutId),
    fundAccount: (fundAccountId) => state.fundAccounts.get(fundAccountId),
    holdWebhooks(on) {
      hold = on;
    },
    heldWebhooks: () => [...held],
    takeHeldWebhooks: () => held.splice(0),
    async releaseWebhooks() {
      const target = webhookUrl;
      const due = held.splice(0);
      if (!target) throw new Error('Fake RazorpayX: no webhook URL configured');
      const results: DeliveryResult[] = [];
      for (const webhook of due) results.push(await deliverWebhook(webhook, target));
      return results;
    },
    deliver(webhook, url) {
      const target = url ?? webhookUrl;
      if (!target) return Promise.reject(new Error('Fake RazorpayX: no webhook URL given or configured'));
      return deliverWebhook(webhook, target);
    },
    stop: server.stop,
  };
}

/** The same request whatever the key order: RazorpayX compares bodies, not bytes. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

function authorized(value: string | undefined, keyId: string, keySecret: string): boolean {
  if (!value?.startsWith('Basic ')) return false;
  const given = Buffer.from(value.slice(6).trim(), 'base64');
  const expected = Buffer.from(`${keyId}:${keySecret}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function jsonBody(body: string): Record<string, unknown> {
  if (body.trim() === '') return {};
  try {
    const parsed: unknown = JSON.parse(body);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // fall through to RazorpayX's refusal
  }
  throw new RazorpayRefusal('The request body must be a JSON object.');
}

function razorpayError(description: string) {
  return { error: { code: 'BAD_REQUEST_ERROR', description, source: 'NA', step: 'NA', reason: 'NA', metadata: {} } };
}

function notFound(res: ServerResponse): void {
  sendJson(res, 404, razorpayError('The requested URL was not found on the server.'));
}
