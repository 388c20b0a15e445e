import Stripe from 'stripe';
import type { PaymentSettings } from '@guildhall/kernel';
import type { PaymentProvider, ProviderRefund } from './payment-provider.js';
import { ProviderError, type ProviderErrorKind } from './provider-error.js';

type StripeSettings = NonNullable<PaymentSettings['stripe']>;

const TIMEOUT_MS = 15_000;

/**
 * Stripe through its official SDK: a PaymentIntent per checkout, refunds against it. Stripe's own
 * idempotency keys (paymentId, refundId) make retries safe, so the SDK's automatic retries are off:
 * the caller decides when to retry.
 */
export function createStripeProvider(settings: StripeSettings): PaymentProvider {
  const stripe = new Stripe(settings.secretKey, {
    maxNetworkRetries: 0,
    timeout: TIMEOUT_MS,
    telemetry: false,
    ...hostOptions(settings.apiUrl),
  });

  return {
    name: 'STRIPE',

    async createOrder({ paymentId, amountMinor, currency, description }) {
      const intent = await call('create the PaymentIntent', () =>
        stripe.paymentIntents.create(
          {
            amount: amountMinor,
            // Stripe speaks lower-case currencies; billing upper-case
            currency: currency.toLowerCase(),
            description,
            metadata: { payment_id: paymentId },
            // cards only, through the form we render: no redirect-based methods to chase. (API version
            // 2026-10-28 renamed the request field payment_method_types to allowed_payment_method_types.)
            automatic_payment_methods: { enabled: false },
            allowed_payment_method_types: ['card'],
          },
          { idempotencyKey: paymentId },
        ),
      );
      return { orderId: intent.id, clientSecret: intent.client_secret, publicKey: null };
    },

    // PaymentIntents are created with automatic capture; this serves intents made for manual capture
    async capture({ orderId, amountMinor }) {
      await call('capture the payment', () => stripe.paymentIntents.capture(orderId, { amount_to_capture: amountMinor }, { idempotencyKey: `capture-${orderId}` }));
    },

    async refund({ refundId, orderId, amountMinor }) {
      const refund = await call('refund the payment', () =>
        stripe.refunds.create({ payment_intent: orderId, amount: amountMinor, metadata: { refund_id: refundId } }, { idempotencyKey: refundId }),
      );
      return { providerRefundId: refund.id, status: refundStatus(refund.status) };
    },
  };
}

/** STRIPE_API_URL → the SDK's host/port/protocol (it takes no base URL). */
function hostOptions(apiUrl: string | null): Pick<Stripe.StripeConfig, 'host' | 'port' | 'protocol'> {
  if (!apiUrl) return {};
  const url = new URL(apiUrl);
  const protocol = url.protocol === 'http:' ? 'http' : 'https';
  return { host: url.hostname, port: url.port || (protocol === 'http' ? 80 : 443), protocol };
}

function refundStatus(status: string | null): ProviderRefund['status'] {
  if (status === 'succeeded') return 'SUCCEEDED';
  if (status === 'failed' || status === 'canceled') return 'FAILED';
  return 'PENDING';
}

async function call<T>(action: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toProviderError(action, error);
  }
}

/** The SDK's error, reduced to what is safe to log: its class, HTTP status and Stripe's error code. */
function toProviderError(action: string, error: unknown): ProviderError {
  if (!(error instanceof Stripe.errors.StripeError)) {
    return new ProviderError('STRIPE', 'UNAVAILABLE', `Stripe failed unexpectedly when asked to ${action}.`);
  }
  const status = typeof error.statusCode === 'number' ? error.statusCode : null;
  const code = typeof error.code === 'string' ? error.code : null;
  const kind = kindOf(error.type, status);
  const what = { AUTH: 'refused our API key', CONFLICT: 'saw an idempotency key reused with other input', UNAVAILABLE: 'is unavailable', REJECTED: 'refused' }[kind];
  const detail = [status ? `HTTP ${status}` : null, code].filter(Boolean).join(', ');
  return new ProviderError('STRIPE', kind, `Stripe ${what} when asked to ${action}${detail ? ` (${detail})` : ''}.`, status, code);
}

function kindOf(type: string, status: number | null): ProviderErrorKind {
  if (type === 'StripeAuthenticationError' || type === 'StripePermissionError') return 'AUTH';
  if (type === 'StripeIdempotencyError') return 'CONFLICT';
  if (type === 'StripeConnectionError' || type === 'StripeAPIError' || type === 'StripeRateLimitError') return 'UNAVAILABLE';
  // 409: a concurrent request holds the same idempotency key; it resolves on retry
  if (status === 409 || (status !== null && status >= 500)) return 'UNAVAILABLE';
  return 'REJECTED';
}
