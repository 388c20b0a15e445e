/**
 * A fake of ONLY the Stripe endpoints Guildhall uses (PaymentIntents, Refunds, the webhooks about
 * them, and a stand-in for a hosted payment page; for payouts, Connect's Express accounts, account
 * links with a stand-in onboarding page, and transfers). The official `stripe` SDK talks to it through
 * its host/port/protocol options. It is not a Stripe emulator: anything else answers 404.
 *
 * Connect webhooks (`account.updated`, `transfer.*`) go to their own endpoint with their own signing
 * secret, as a platform configures them at Stripe.
 */
import { timingSafeEqual } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import Stripe from 'stripe';
import { serveCheckout } from './checkout-page.js';
import { parseForm } from './form-body.js';
import { header, listen, nowSeconds, randomId, sendJson, type FakeRequest } from './http-kit.js';
import { serveOnboarding } from './onboarding-page.js';
import { deliverWebhook, type DeliveryResult, type SignedWebhook } from './signed-webhook.js';
import { StripeConnectState, type StripeAccount, type StripeTransfer } from './stripe-connect-state.js';
import { StripeRefusal, StripeState, type StripeDisputeStatus } from './stripe-state.js';

export interface FakeStripeOptions {
  webhookSecret?: string;
  /** Where the checkout page delivers webhooks, and `deliver()`'s default target. */
  webhookUrl?: string;
  /** Connect's endpoint: its signing secret and URL (account.updated, transfer.*). */
  connectWebhookSecret?: string;
  connectWebhookUrl?: string;
  /** A fixed port (e.g. for `npm start`); default: any free one. */
  port?: number;
}

export interface FakeStripe {
  /** http://127.0.0.1:PORT — STRIPE_API_URL; the checkout page is `${url}/checkout/:paymentIntentId`. */
  readonly url: string;
  readonly secretKey: string;
  readonly webhookSecret: string;
  readonly webhookUrl: string | null;
  setWebhookUrl(url: string | null): void;
  /** The buyer pays: `payment_intent.succeeded` (with latest_charge) and `charge.succeeded`. */
  capture(paymentIntentId: string): { chargeId: string; webhooks: SignedWebhook[] };
  /** The card is declined: `payment_intent.payment_failed`. */
  fail(paymentIntentId: string): { chargeId: string; webhook: SignedWebhook };
  /** `refund.updated` (status succeeded) for an existing refund, or a new one of `amountMinor` when no refundId is given. */
  refundWebhook(paymentIntentId: string, amountMinor: number, refundId?: string): { refundId: string; webhook: SignedWebhook };
  /** The refund bounced: `refund.updated` with status failed; its amount counts as unrefunded again. */
  refundFailedWebhook(refundId: string): SignedWebhook;
  /** needs_response → `charge.dispute.created`, under_review → `.updated`, won/lost → `.closed`. */
  disputeWebhook(
    paymentIntentId: string,
    options: { status: StripeDisputeStatus; amountMinor?: number; disputeId?: string; reason?: string },
  ): { disputeId: string; webhook: SignedWebhook };
  /** POSTs the webhook (raw body, its headers) to `url` or the configured URL of its endpoint (Connect's for STRIPE_CONNECT ones). */
  deliver(webhook: SignedWebhook, url?: string): Promise<DeliveryResult>;

  // — Connect (payouts) —
  readonly connectWebhookSecret: string;
  readonly connectWebhookUrl: string | null;
  setConnectWebhookUrl(url: string | null): void;
  /** The payee finished onboarding (KYC passed): charges, payouts and transfers enabled; `account.updated`. */
  completeOnboarding(accountId: string): SignedWebhook;
  /** Stripe turned the account down: payouts disabled with `requirements.disabled_reason`; `account.updated`. */
  rejectAccount(accountId: string, reason?: string): SignedWebhook;
  /** The platform took a transfer back in full: `transfer.reversed`. */
  reverseTransfer(transferId: string): SignedWebhook;
  /** The next transfer request is refused (HTTP 400 with this Stripe error code; default balance_insufficient). */
  failNextTransfer(code?: string): void;
  /** Transfers created, in all or with one Idempotency-Key (never more than 1 per key). */
  transferCount(idempotencyKey?: string): number;
  account(accountId: string): StripeAccount | undefined;
  transfer(transferId: string): StripeTransfer | undefined;
  /** On: Connect webhooks of what the API or onboarding page did are kept instead of delivered. */
  holdConnectWebhooks(on: boolean): void;
  heldConnectWebhooks(): SignedWebhook[];
  /** Empties the list without delivering: the test delivers (or forges) them itself. */
  takeHeldConnectWebhooks(): SignedWebhook[];
  /** Delivers the held Connect webhooks in order to the Connect URL, and empties the list. */
  releaseConnectWebhooks(): Promise<DeliveryResult[]>;
  stop(): Promise<void>;
}

const TRANSFER_REFUSALS: Readonly<Record<string, string>> = {
  balance_insufficient: 'You have insufficient available funds in your Stripe account. Try adding funds directly to your available balance by creating Charges using the 4000000000000077 test card.',
  account_invalid: 'The provided destination account is invalid.',
};

const DISPUTE_EVENT: Record<StripeDisputeStatus, string> = {
  needs_response: 'charge.dispute.created',
  under_review: 'charge.dispute.updated',
  won: 'charge.dispute.closed',
  lost: 'charge.dispute.closed',
};

export async function startFakeStripe(options: FakeStripeOptions = {}): Promise<FakeStripe> {
  const state = new StripeState();
  const connect = new StripeConnectState();
  const secretKey = randomId('sk_test_', 24);
  const webhookSecret = options.webhookSecret ?? randomId('whsec_', 32);
  const connectWebhookSecret = options.connectWebhookSecret ?? randomId('whsec_', 32);
  const replays = new Map<string, { fingerprint: string; status: number; body: unknown }>();
  let webhookUrl = options.webhookUrl ?? null;
  let connectWebhookUrl = options.connectWebhookUrl ?? null;
  let nextTransferRefusal: string | null = null;
  let holdConnect = false;
  const heldConnect: SignedWebhook[] = [];

  const sign = (type: string, object: object, previousAttributes?: object, connected?: { account: string | null }): SignedWebhook => {
    const event = {
      id: randomId('evt_', 24),
      object: 'event',
      // Connect endpoints get events of connected accounts with the account's id
      ...(connected?.account ? { account: connected.account } : {}),
      api_version: Stripe.API_VERSION,
      created: nowSeconds(),
      data: previousAttributes ? { object, previous_attributes: previousAttributes } : { object },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
    };
    // Stripe pretty-prints webhook bodies: receivers must verify the raw bytes, not a re-serialization
    const body = JSON.stringify(event, null, 2);
    return {
      provider: connected ? 'STRIPE_CONNECT' : 'STRIPE',
      body,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
        'stripe-signature': Stripe.webhooks.generateTestHeaderString({ payload: body, secret: connected ? connectWebhookSecret : webhookSecret }),
      },
    };
  };
  const accountUpdated = ({ account, previous }: { account: StripeAccount; previous: Partial<StripeAccount> }) =>
    sign('account.updated', structuredClone(account), previous, { account: account.id });
  // transfers live on the platform's account: no `account` on their events
  const transferEvent = (type: 'transfer.created' | 'transfer.reversed', transfer: StripeTransfer) => sign(type, structuredClone(transfer), undefined, { account: null });
  // like Stripe, after the API has answered
  const announceConnect = (webhook: SignedWebhook): Promise<void> => {
    if (holdConnect) {
      heldConnect.push(webhook);
      return Promise.resolve();
    }
    const target = connectWebhookUrl;
    if (!target) return Promise.resolve();
    return deliverWebhook(webhook, target).then(
      () => undefined,
      () => undefined,
    );
  };

  const capture = (paymentIntentId: string) => {
    const { intent, charge } = state.capture(paymentIntentId);
    const webhooks = [sign('payment_intent.succeeded', intent), sign('charge.succeeded', charge)];
    return { chargeId: charge.id, webhooks };
  };

  const server = await listen(async (req, res) => {
    const checkout = await serveCheckout(req, res, {
      label: 'Stripe',
      find: (id) => {
        const intent = state.paymentIntents.get(id);
        if (!intent) return null;
        return { amountMinor: intent.amount, currency: intent.currency, description: intent.description, paid: intent.status === 'succeeded' };
      },
      pay: (id) => capture(id).webhooks,
      webhookUrl: () => webhookUrl,
    });
    if (checkout) return;
    const onboarding = await serveOnboarding(req, res, {
      find: (id) => {
        const account = connect.accounts.get(id);
        return account ? { onboarded: account.payouts_enabled } : null;
      },
      complete: (id) => announceConnect(accountUpdated(connect.completeOnboarding(id))),
    });
    if (onboarding) return;
    if (!authorized(header(req.headers, 'authorization'), secretKey)) {
      sendJson(res, 401, stripeError('invalid_request_error', 'Invalid API Key provided.'));
      return;
    }
    const key = req.method === 'POST' ? header(req.headers, 'idempotency-key') : undefined;
    const fingerprint = `${req.method} ${req.url.pathname} ${req.body}`;
    const earlier = key === undefined ? undefined : replays.get(key);
    if (earlier && earlier.fingerprint !== fingerprint) {
      const message = `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`;
      sendJson(res, 400, stripeError('idempotency_error', message));
      return;
    }
    if (earlier) {
      sendJson(res, earlier.status, earlier.body, { 'idempotent-replayed': 'true' });
      return;
    }
    if (req.method === 'POST' && req.url.pathname.replace(/\/+$/, '') === '/v1/transfers' && nextTransferRefusal !== null) {
      const code = nextTransferRefusal;
      nextTransferRefusal = null;
      sendJson(res, 400, { error: { type: 'invalid_request_error', code, message: TRANSFER_REFUSALS[code] ?? `The transfer was refused (${code}, test).` } });
      return;
    }
    const { status, body } = api(state, req, { connect, baseUrl: server.url, key });
    // Stripe saves a result once the endpoint ran; requests refused before that can be retried
    if (key !== undefined && status < 400) replays.set(key, { fingerprint, status, body });
    sendJson(res, status, body, { 'request-id': randomId('req_', 14) });
    const transfer = body as { object?: unknown };
    if (status === 200 && req.method === 'POST' && transfer.object === 'transfer') void announceConnect(transferEvent('transfer.created', body as StripeTransfer));
  }, options.port);

  return {
    url: server.url,
    secretKey,
    webhookSecret,
    get webhookUrl() {
      return webhookUrl;
    },
    setWebhookUrl(url) {
      webhookUrl = url;
    },
    capture,
    fail(paymentIntentId) {
      const { intent, charge } = state.fail(paymentIntentId);
      return { chargeId: charge.id, webhook: sign('payment_intent.payment_failed', intent) };
    },
    refundWebhook(paymentIntentId, amountMinor, refundId) {
      const refund = refundId
        ? state.refunds.get(refundId)
        : state.refund({ payment_intent: paymentIntentId, amount: String(amountMinor) });
      if (!refund || refund.payment_intent !== paymentIntentId) throw new Error(`Fake Stripe: no refund ${refundId} of ${paymentIntentId}`);
      if (refund.amount !== amountMinor) throw new Error(`Fake Stripe: refund ${refund.id} is of ${refund.amount}, not ${amountMinor}`);
      return { refundId: refund.id, webhook: sign('refund.updated', refund) };
    },
    refundFailedWebhook(refundId) {
      const refund = state.failRefund(refundId);
      return sign('refund.updated', refund, { status: 'succeeded' });
    },
    disputeWebhook(paymentIntentId, disputeOptions) {
      const { dispute, previousStatus } = state.dispute(paymentIntentId, disputeOptions);
      const previous = previousStatus && previousStatus !== dispute.status ? { status: previousStatus } : undefined;
      return { disputeId: dispute.id, webhook: sign(DISPUTE_EVENT[dispute.status], dispute, previous) };
    },
    deliver(webhook, url) {
      const target = url ?? (webhook.provider === 'STRIPE_CONNECT' ? connectWebhookUrl : webhookUrl);
      if (!target) return Promise.reject(new Error('Fake Stripe: no webhook URL given or configured'));
      return deliverWebhook(webhook, target);
    },
    connectWebhookSecret,
    get connectWebhookUrl() {
      return connectWebhookUrl;
    },
    setConnectWebhookUrl(url) {
      connectWebhookUrl = url;
    },
    completeOnboarding: (accountId) => accountUpdated(connect.completeOnboarding(accountId)),
    rejectAccount: (accountId, reason = 'rejected.other') => accountUpdated(connect.rejectAccount(accountId, reason)),
    reverseTransfer: (transferId) => transferEvent('transfer.reversed', connect.reverseTransfer(transferId)),
    failNextTransfer(code = 'balance_insufficient') {
      nextTransferRefusal = code;
    },
    transferCount(idempotencyKey) {
      if (idempotencyKey === undefined) return connect.transfers.size;
      return connect.transferKeys.has(idempotencyKey) ? 1 : 0;
    },
    account: (accountId) => connect.accounts.get(accountId),
    transfer: (transferId) => connect.transfers.get(transferId),
    holdConnectWebhooks(on) {
      holdConnect = on;
    },
    heldConnectWebhooks: () => [...heldConnect],
    takeHeldConnectWebhooks: () => heldConnect.splice(0),
    async releaseConnectWebhooks() {
      const target = connectWebhookUrl;
      const due = heldConnect.splice(0);
      if (!target) throw new Error('Fake Stripe: no Connect webhook URL configured');
      const results: DeliveryResult[] = [];
      for (const webhook of due) results.push(await deliverWebhook(webhook, target));
      return results;
    },
    stop: server.stop,
  };
}

/** The REST API, after Bearer auth and idempotency. */
function api(state: StripeState, req: FakeRequest, connected: { connect: StripeConnectState; baseUrl: string; key: string | undefined }): { status: number; body: unknown } {
  const [version, resource, id, ...rest] = req.url.pathname.replace(/\/+$/, '').split('/').slice(1);
  const { connect } = connected;
  try {
    if (version === 'v1' && rest.length === 0) {
      if (resource === 'accounts' && req.method === 'POST' && !id) return ok(connect.createAccount(parseForm(req.body)));
      if (resource === 'accounts' && req.method === 'GET' && id) return ok(connect.account(id));
      if (resource === 'account_links' && req.method === 'POST' && !id) return ok(connect.createAccountLink(parseForm(req.body), connected.baseUrl));
      if (resource === 'transfers' && req.method === 'POST' && !id) return ok(connect.createTransfer(parseForm(req.body), connected.key));
      if (resource === 'transfers' && req.method === 'GET' && id) return ok(connect.transfer(id));
      if (resource === 'payment_intents' && req.method === 'POST' && !id) return ok(state.createPaymentIntent(parseForm(req.body)));
      if (resource === 'payment_intents' && req.method === 'GET' && id) return ok(state.intent(id));
      if (resource === 'refunds' && req.method === 'POST' && !id) return ok(state.refund(parseForm(req.body)));
      if (resource === 'refunds' && req.method === 'GET' && id) {
        const refund = state.refunds.get(id);
        if (refund) return ok(refund);
        throw new StripeRefusal(`No such refund: '${id.slice(0, 40)}'`, 'id', 'resource_missing', 404);
      }
    }
    return { status: 404, body: stripeError('invalid_request_error', `Unrecognized request URL (${req.method}: ${req.url.pathname}).`) };
  } catch (error) {
    if (!(error instanceof StripeRefusal)) throw error;
    const body = stripeError('invalid_request_error', error.message);
    if (error.param) body.error.param = error.param;
    if (error.code) body.error.code = error.code;
    return { status: error.status, body };
  }
}

const ok = (body: unknown) => ({ status: 200, body });

function stripeError(type: string, message: string): { error: { type: string; message: string; param?: string; code?: string } } {
  return { error: { type, message } };
}

function authorized(value: string | undefined, secretKey: string): boolean {
  if (!value?.startsWith('Bearer ')) return false;
  const given = Buffer.from(value.slice(7).trim());
  const expected = Buffer.from(secretKey);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
