import { userError, UserErrorsThrown, type SubgraphServices } from '@guildhall/kernel';
import { paymentProviders } from '../payments/providers.js';
import { ProviderError } from '../payments/provider-error.js';
import type { ProviderRefund } from '../payments/payment-provider.js';
import type { PaymentRow } from './payment-store.js';

/**
 * Sends card money back through the payment's provider, idempotent on `refundId`. Called inside the
 * refund's transaction: a refusal or an outage rolls everything back, so nothing is half-refunded.
 */
export async function refundThroughProvider(services: SubgraphServices, payment: PaymentRow, refundId: string, amountMinor: number): Promise<ProviderRefund> {
  const provider = payment.provider ? paymentProviders(services.payments).get(payment.provider) : null;
  if (!provider || !payment.providerOrderId) throw unavailable('The payment provider of this payment is not set up here; nothing was refunded.');
  let made: ProviderRefund;
  try {
    made = await provider.refund({ refundId, orderId: payment.providerOrderId, providerPaymentId: payment.providerPaymentId, amountMinor, currency: payment.currency });
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    throw unavailable(`The payment provider refused or did not answer (${error.message}); nothing was refunded.`);
  }
  if (made.status === 'FAILED') throw unavailable('The payment provider declined the refund; nothing was refunded.');
  return made;
}

const unavailable = (message: string) => new UserErrorsThrown([userError('PAYMENT_PROVIDER_UNAVAILABLE', null, message)]);
