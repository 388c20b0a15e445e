import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent, userError, UserErrorsThrown } from '@guildhall/kernel';
import { defaultProviderFor, type ProviderName } from '../domain/purchase.js';
import { paymentProviders } from '../payments/providers.js';
import { ProviderError } from '../payments/provider-error.js';
import type { BillingDeps } from './deps.js';
import { insertPayment, type NewPayment } from './insert-payment.js';
import { findPayment, type PaymentRow } from './payment-store.js';
import { paymentChange } from './payment-events.js';

/**
 * Opens a card payment: a PENDING row and the provider's order, in one transaction. The provider
 * call sits inside it on purpose: a concurrent twin of this request waits on the idempotency key
 * and then replays the very same order; if the transaction fails after the order was made, that
 * order has no payment and is never settled (its webhook is stored and ignored).
 */
export async function startCardPayment(
  em: EntityManager,
  deps: BillingDeps,
  payment: Omit<NewPayment, 'funding' | 'status' | 'expiresAt'>,
  requested: ProviderName | null,
  paymentId: string,
): Promise<PaymentRow> {
  const name = requested ?? defaultProviderFor(payment.currency);
  const provider = paymentProviders(deps.services.payments).get(name);
  if (!provider) {
    throw new UserErrorsThrown([userError('BAD_USER_INPUT', ['input', 'provider'], `Payments through ${name === 'RAZORPAY' ? 'Razorpay' : 'Stripe'} are not set up on this platform.`)]);
  }
  const expiresAt = new Date(Date.now() + deps.services.payments.pendingTtlMinutes * 60_000);
  const row = await insertPayment(em, { ...payment, funding: 'CARD', status: 'PENDING', expiresAt }, paymentId);
  let order;
  try {
    order = await provider.createOrder({ paymentId: row.id, amountMinor: row.amountMinor, currency: row.currency, description: row.reference ?? row.purpose });
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    throw new UserErrorsThrown([userError('PAYMENT_PROVIDER_UNAVAILABLE', null, `The payment provider did not answer (${error.message}). Nothing was charged; try again shortly.`)]);
  }
  await em.execute(`update "billing"."payment" set provider = ?, provider_order_id = ?, provider_client_secret = ?, updated_at = now() where id = ?`, [
    name,
    order.orderId,
    order.clientSecret,
    row.id,
  ]);
  const opened = (await findPayment(em, { id: row.id }))!;
  recordEvent(em, deps, { type: 'billing.payment.created', organizationId: opened.organizationId, aggregateId: opened.id, payload: { ...paymentChange(opened), status: opened.status } });
  return opened;
}
