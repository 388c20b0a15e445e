/**
 * A fake of ONLY the Razorpay endpoints Guildhall uses (orders, payment refunds, the webhooks about
 * them, and a stand-in for the hosted checkout). The official `razorpay` SDK talks to it once its
 * axios base URL points here. It is not a Razorpay emulator: anything else answers 404.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { serveCheckout } from './checkout-page.js';
import { header, listen, nowSeconds, randomId, sendJson, type FakeRequest } from './http-kit.js';
import { RazorpayRefusal, RazorpayState, type RazorpayDisputeStatus } from './razorpay-state.js';
import { deliverWebhook, type DeliveryResult, type SignedWebhook } from './signed-webhook.js';

export interface FakeRazorpayOptions {
  webhookSecret?: string;
  /** Where the checkout page delivers webhooks, and `deliver()`'s default target. */
  webhookUrl?: string;
  /** A fixed port (e.g. for `npm start`); default: any free one. */
  port?: number;
}

/** The dispute states a test can put a payment in; `created` opens it (entity status `open`). */
export type FakeRazorpayDisputeStatus = 'created' | 'under_review' | 'won' | 'lost' | 'closed';

export interface FakeRazorpay {
  /** http://127.0.0.1:PORT — RAZORPAY_API_URL; the checkout page is `${url}/checkout/:orderId`. */
  readonly url: string;
  readonly keyId: string;
  readonly keySecret: string;
  readonly webhookSecret: string;
  readonly webhookUrl: string | null;
  setWebhookUrl(url: string | null): void;
  /** The buyer pays: the order is paid, a captured payment exists; `payment.captured` and `order.paid` follow. */
  capture(orderId: string): { paymentId: string; webhooks: SignedWebhook[] };
  /** The bank authorizes without capture (manual-capture accounts): `payment.authorized`. Capturing it through the API then sends `payment.captured` and `order.paid` to the webhook URL. */
  authorize(orderId: string): { paymentId: string; webhook: SignedWebhook };
  /** The buyer's attempt fails: `payment.failed`. */
  fail(orderId: string): { paymentId: string; webhook: SignedWebhook };
  /** `refund.processed` for an existing refund, or for a new one of `amountMinor` when no refundId is given. */
  refundWebhook(paymentId: string, amountMinor: number, refundId?: string): { refundId: string; webhook: SignedWebhook };
  /** The refund bounced: `refund.failed`, and its amount counts as unrefunded again. */
  refundFailedWebhook(refundId: string): SignedWebhook;
  /** `payment.dispute.<status>`; pass the disputeId of an earlier call to move the same dispute on. */
  disputeWebhook(
    paymentId: string,
    options: { status: FakeRazorpayDisputeStatus; amountMinor?: number; disputeId?: string; reasonCode?: string },
  ): { disputeId: string; webhook: SignedWebhook };
  /** POSTs the webhook (raw body, its headers) to `url` or the configured webhook URL. */
  deliver(webhook: SignedWebhook, url?: string): Promise<DeliveryResult>;
  stop(): Promise<void>;
}

export async function startFakeRazorpay(options: FakeRazorpayOptions = {}): Promise<FakeRazorpay> {
  const state = new RazorpayState();
  const keyId = randomId('rzp_test_', 14);
  const keySecret = randomId('', 24);
  const webhookSecret = options.webhookSecret ?? randomId('whsec_rzp_', 20);
  const accountId = randomId('acc_', 14);
  let webhookUrl = options.webhookUrl ?? null;

  const sign = (event: string, contains: string[], payload: Record<string, { entity: unknown }>): SignedWebhook => {
    const body = JSON.stringify({ entity: 'event', account_id: accountId, event, contains, payload, created_at: nowSeconds() });
    return {
      provider: 'RAZORPAY',
      body,
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Razorpay-Webhook/v1',
        'x-razorpay-signature': createHmac('sha256', webhookSecret).update(body).digest('hex'),
        'x-razorpay-event-id': randomId('', 14),
      },
    };
  };

  // Razorpay sends both; receivers must settle once. payment.captured carries only the payment.
  const capturedWebhooks = ({ order, payment }: ReturnType<RazorpayState['capture']>) => [
    sign('payment.captured', ['payment'], { payment: { entity: payment } }),
    sign('order.paid', ['payment', 'order'], { payment: { entity: payment }, order: { entity: order } }),
  ];
  const capture = (orderId: string) => {
    const captured = state.capture(orderId);
    return { paymentId: captured.payment.id, webhooks: capturedWebhooks(captured) };
  };
  // a capture through the API is announced like Razorpay does, after the answer
  const announceCapture = (captured: ReturnType<RazorpayState['capture']>) => {
    const target = webhookUrl;
    if (target) setTimeout(() => void Promise.all(capturedWebhooks(captured).map((w) => deliverWebhook(w, target))).catch(() => undefined), 10);
  };

  const server = await listen(async (req, res) => {
    const checkout = await serveCheckout(req, res, {
      label: 'Razorpay',
      find: (id) => {
        const order = state.orders.get(id);
        if (!order) return null;
        const description = Array.isArray(order.notes) ? null : (order.notes['description'] ?? null);
        return { amountMinor: order.amount, currency: order.currency, description, paid: order.status === 'paid' };
      },
      pay: (id) => capture(id).webhooks,
      webhookUrl: () => webhookUrl,
    });
    if (checkout) return;
    if (!authorized(header(req.headers, 'authorization'), keyId, keySecret)) {
      sendJson(res, 401, razorpayError('Authentication failed'));
      return;
    }
    api(state, req, res, announceCapture);
  }, options.port);

  return {
    url: server.url,
    keyId,
    keySecret,
    webhookSecret,
    get webhookUrl() {
      return webhookUrl;
    },
    setWebhookUrl(url) {
      webhookUrl = url;
    },
    capture,
    authorize(orderId) {
      const { payment } = state.authorize(orderId);
      return { paymentId: payment.id, webhook: sign('payment.authorized', ['payment'], { payment: { entity: payment } }) };
    },
    fail(orderId) {
      const { payment } = state.fail(orderId);
      return { paymentId: payment.id, webhook: sign('payment.failed', ['payment'], { payment: { entity: payment } }) };
    },
    refundWebhook(paymentId, amountMinor, refundId) {
      const refund = refundId ? state.refunds.get(refundId) : state.refund(paymentId, { amount: amountMinor });
      if (!refund || refund.payment_id !== paymentId) throw new Error(`Fake Razorpay: no refund ${refundId} of payment ${paymentId}`);
      if (refund.amount !== amountMinor) throw new Error(`Fake Razorpay: refund ${refund.id} is of ${refund.amount}, not ${amountMinor}`);
      const payment = state.payments.get(paymentId);
      const webhook = sign('refund.processed', ['refund', 'payment'], { refund: { entity: refund }, payment: { entity: payment } });
      return { refundId: refund.id, webhook };
    },
    refundFailedWebhook(refundId) {
      const { refund, payment } = state.failRefund(refundId);
      return sign('refund.failed', ['refund', 'payment'], { refund: { entity: refund }, payment: { entity: payment } });
    },
    disputeWebhook(paymentId, { status, ...rest }) {
      const entityStatus: RazorpayDisputeStatus = status === 'created' ? 'open' : status;
      const { dispute, payment } = state.dispute(paymentId, { status: entityStatus, ...rest });
      const webhook = sign(`payment.dispute.${status}`, ['payment', 'dispute'], { payment: { entity: payment }, dispute: { entity: dispute } });
      return { disputeId: dispute.id, webhook };
    },
    deliver(webhook, url) {
      const target = url ?? webhookUrl;
      if (!target) return Promise.reject(new Error('Fake Razorpay: no webhook URL given or configured'));
      return deliverWebhook(webhook, target);
    },
    stop: server.stop,
  };
}

/** The REST API, after Basic auth. */
function api(state: RazorpayState, req: FakeRequest, res: ServerResponse, captured: (c: ReturnType<RazorpayState['capture']>) => void): void {
  const path = req.url.pathname.replace(/\/+$/, '');
  const segments = path.split('/').slice(1); // ['v1', 'orders', ...]
  try {
    const input = req.method === 'POST' ? jsonBody(req.body) : {};
    const [version, resource, id, sub, subId] = segments;
    if (version !== 'v1') return notFound(res);
    if (resource === 'orders') {
      if (req.method === 'POST' && !id) return sendJson(res, 200, state.createOrder(input));
      if (req.method === 'GET' && !id) {
        const receipt = req.url.searchParams.get('receipt');
        const orders = [...state.orders.values()].reverse().filter((o) => receipt === null || o.receipt === receipt);
        return sendJson(res, 200, page(orders, req.url.searchParams));
      }
      if (req.method === 'GET' && id && !sub) return sendJson(res, 200, existing(state.orders.get(id)));
      if (req.method === 'GET' && id && sub === 'payments') {
        existing(state.orders.get(id));
        return sendJson(res, 200, page([...state.payments.values()].filter((p) => p.order_id === id)));
      }
    }
    if (resource === 'payments' && id) {
      if (req.method === 'GET' && !sub) return sendJson(res, 200, existing(state.payments.get(id)));
      if (req.method === 'POST' && sub === 'refund') return sendJson(res, 200, state.refund(id, input));
      if (req.method === 'POST' && sub === 'capture') {
        const done = state.capturePayment(id, input);
        sendJson(res, 200, done.payment);
        return captured(done);
      }
      if (req.method === 'GET' && sub === 'refunds') {
        existing(state.payments.get(id));
        const refunds = [...state.refunds.values()].filter((r) => r.payment_id === id);
        if (subId) return sendJson(res, 200, existing(refunds.find((r) => r.id === subId)));
        return sendJson(res, 200, page(refunds.reverse(), req.url.searchParams));
      }
    }
    if (resource === 'refunds' && id && req.method === 'GET' && !sub) return sendJson(res, 200, existing(state.refunds.get(id)));
    return notFound(res);
  } catch (error) {
    if (error instanceof RazorpayRefusal) return sendJson(res, 400, razorpayError(error.message));
    throw error;
  }
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
    // fall through to Razorpay's refusal
  }
  throw new RazorpayRefusal('The request body must be a JSON object.');
}

function existing<T>(entity: T | undefined): T {
  if (entity === undefined) throw new RazorpayRefusal('The id provided does not exist');
  return entity;
}

function page<T>(items: T[], params?: URLSearchParams): { entity: 'collection'; count: number; items: T[] } {
  const count = Math.min(Number(params?.get('count') ?? 10) || 10, 100);
  const skip = Number(params?.get('skip') ?? 0) || 0;
  const slice = params ? items.slice(skip, skip + count) : items;
  return { entity: 'collection', count: slice.length, items: slice };
}

function razorpayError(description: string) {
  return { error: { code: 'BAD_REQUEST_ERROR', description, source: 'NA', step: 'NA', reason: 'NA', metadata: {} } };
}

function notFound(res: ServerResponse): void {
  sendJson(res, 404, razorpayError('The requested URL was not found on the server.'));
}
