import Razorpay from 'razorpay';
import type { PaymentSettings } from '@guildhall/kernel';
import type { PaymentProvider, ProviderRefund } from './payment-provider.js';
import { ProviderError, type ProviderErrorKind } from './provider-error.js';

type RazorpaySettings = NonNullable<PaymentSettings['razorpay']>;

/** The SDK's axios instance; its typings do not declare it, but it is the only way to change the host. */
interface AxiosSeam {
  rq: { defaults: { baseURL?: string; timeout?: number } };
}

const TIMEOUT_MS = 15_000;

/**
 * Razorpay through its official SDK: an order per checkout, refunds against the captured payment.
 * Razorpay has no idempotency keys, so both operations look for an earlier result first (orders by
 * receipt = paymentId, refunds by notes.refund_id) — enough for our retries, which are sequential.
 */
export function createRazorpayProvider(settings: RazorpaySettings): PaymentProvider {
  const rzp = new Razorpay({ key_id: settings.keyId, key_secret: settings.keySecret });
  const http = (rzp.api as unknown as AxiosSeam).rq.defaults;
  // the SDK hard-codes https://api.razorpay.com; tests and keyless `npm start` point it at a local fake
  if (settings.apiUrl) http.baseURL = settings.apiUrl.replace(/\/+$/, '');
  // axios waits forever by default
  http.timeout = TIMEOUT_MS;

  return {
    name: 'RAZORPAY',

    async createOrder({ paymentId, amountMinor, currency, description }) {
      // no lookup first: a payment id is new for every order (a retried checkout replays its stored
      // order instead), so an extra round trip to find an earlier one could never find anything
      const order = await call('create the order', () =>
        rzp.orders.create({ amount: amountMinor, currency, receipt: paymentId, notes: { payment_id: paymentId, description: description.slice(0, 256) } }),
      );
      return { orderId: order.id, clientSecret: null, publicKey: settings.keyId };
    },

    async capture({ providerPaymentId, amountMinor, currency }) {
      await call('capture the payment', async () => {
        const payment = await rzp.payments.fetch(providerPaymentId);
        // already captured (a retry, or auto-capture got there first): nothing to do
        if (payment.status === 'authorized') await rzp.payments.capture(providerPaymentId, amountMinor, currency);
      });
    },

    async refund({ refundId, orderId, providerPaymentId, amountMinor }) {
      const refund = await call('refund the payment', async () => {
        const paymentId = providerPaymentId ?? (await capturedPaymentOf(orderId));
        const earlier = await rzp.payments.fetchMultipleRefund(paymentId, { count: 100 });
        const same = earlier.items.find((r) => notesOf(r.notes)['refund_id'] === refundId);
        return same ?? (await rzp.payments.refund(paymentId, { amount: amountMinor, receipt: refundId.slice(0, 40), notes: { refund_id: refundId } }));
      });
      return { providerRefundId: refund.id, status: refundStatus(refund.status) };
    },
  };

  async function capturedPaymentOf(orderId: string): Promise<string> {
    const payments = await rzp.orders.fetchPayments(orderId);
    const captured = payments.items.find((p) => p.status === 'captured' || p.status === 'refunded');
    if (!captured) throw new ProviderError('RAZORPAY', 'REJECTED', 'Razorpay has no captured payment for this order.');
    return captured.id;
  }
}

function refundStatus(status: string): ProviderRefund['status'] {
  if (status === 'processed') return 'SUCCEEDED';
  if (status === 'failed') return 'FAILED';
  return 'PENDING';
}

/** Razorpay sends empty notes as `[]`. */
function notesOf(notes: unknown): Record<string, unknown> {
  return notes && typeof notes === 'object' && !Array.isArray(notes) ? (notes as Record<string, unknown>) : {};
}

/** Runs an SDK call, turning whatever it throws into a ProviderError that is safe to log. */
async function call<T>(action: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ProviderError) throw error;
    throw toProviderError(action, error);
  }
}

function toProviderError(action: string, error: unknown): ProviderError {
  // API errors arrive as the SDK's `{ statusCode, error: { code, description } }`; network failures
  // (no response at all) surface as a TypeError from inside the SDK's own error normalizer
  const apiError = error as { statusCode?: unknown; error?: { code?: unknown } } | null;
  const status = typeof apiError?.statusCode === 'number' ? apiError.statusCode : Number(apiError?.statusCode);
  if (!Number.isInteger(status) || status <= 0) {
    return new ProviderError('RAZORPAY', 'UNAVAILABLE', `Could not reach Razorpay to ${action}.`);
  }
  const code = typeof apiError?.error?.code === 'string' ? apiError.error.code : null;
  const kind: ProviderErrorKind = status === 401 || status === 403 ? 'AUTH' : status === 429 || status >= 500 ? 'UNAVAILABLE' : 'REJECTED';
  const what = kind === 'AUTH' ? 'refused our API keys' : kind === 'UNAVAILABLE' ? 'is unavailable' : 'refused';
  return new ProviderError('RAZORPAY', kind, `Razorpay ${what} when asked to ${action} (HTTP ${status}${code ? `, ${code}` : ''}).`, status, code);
}
