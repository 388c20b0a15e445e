import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent, type EventCause, type SubgraphServices } from '@guildhall/kernel';
import { bookingEntries, invoicePaymentEntries, topUpEntries } from '../domain/ledger-recipes.js';
import type { TransactionKind } from '../domain/ledger.js';
import type { PaymentPurpose } from '../domain/purchase.js';
import { applyInvoicePayment } from '../invoices/pay-invoice.js';
import type { ProviderEvent } from '../payments/payment-provider.js';
import { paymentProviders } from '../payments/providers.js';
import { postTransaction } from './ledger-posting.js';
import { paymentChange } from './payment-events.js';
import { findPayment, findPaymentForProvider, type PaymentRow } from './payment-store.js';
import { refundLockedPayment } from './refunds.js';

type Capture = Extract<ProviderEvent, { kind: 'payment.captured' }>;

const TRANSACTION_OF: Record<PaymentPurpose, TransactionKind> = { PURCHASE: 'BOOKING', TOPUP: 'TOPUP', INVOICE: 'INVOICE_PAID' };

/** Where captured card money goes: to the payee, into the org's credits, or against its invoice. */
function settlementEntries(payment: PaymentRow) {
  if (payment.purpose === 'TOPUP') return topUpEntries(payment.organizationId!, payment.currency, payment.amountMinor);
  if (payment.purpose === 'INVOICE') return invoicePaymentEntries(payment.organizationId!, payment.currency, payment.amountMinor);
  return bookingEntries(payment, payment.amountMinor);
}
type Authorization = Extract<ProviderEvent, { kind: 'payment.authorized' }>;

/**
 * Settles a captured card payment exactly once, whichever event reports it first (Razorpay's
 * payment.captured or order.paid; Stripe's payment_intent.succeeded or charge.succeeded) and however
 * often: the payment row is locked and `settled_at` is set by compare-and-set, and the ledger
 * posting is keyed by the payment. A capture for a purchase already EXPIRED or CANCELLED is not
 * resurrected: the money is booked and refunded in full.
 */
export async function settleCapture(em: EntityManager, cause: EventCause, services: SubgraphServices, capture: Capture): Promise<string> {
  const payment = await findPaymentForProvider(em, { orderId: capture.orderId, providerPaymentId: capture.providerPaymentId });
  if (!payment) return 'no payment has this order';
  if (payment.settledAt) return 'already settled';
  if (capture.amountMinor !== payment.amountMinor || capture.currency !== payment.currency) {
    // never settle other money than was asked for; the event stays unprocessed for a person to look at
    throw new Error(`capture of ${capture.amountMinor} ${capture.currency} does not match payment ${payment.id} (${payment.amountMinor} ${payment.currency})`);
  }
  // an org paying its invoice late still paid it; a purchase that is gone is refunded
  const lateCapture = payment.purpose !== 'INVOICE' && (payment.status === 'EXPIRED' || payment.status === 'CANCELLED');
  await em.execute(
    `update "billing"."payment" set settled_at = now(), provider_payment_id = ?, status = case when status in ('PENDING', 'FAILED') or purpose = 'INVOICE' then 'SUCCEEDED' else status end, updated_at = now() where id = ? and settled_at is null`,
    [capture.providerPaymentId, payment.id],
  );
  await postTransaction(em, { kind: TRANSACTION_OF[payment.purpose], idempotencyKey: `booking:${payment.id}`, organizationId: payment.organizationId, paymentId: payment.id, memo: payment.reference ?? payment.purpose, entries: settlementEntries(payment) });
  const settled = (await findPayment(em, { id: payment.id }))!;
  if (settled.purpose === 'INVOICE') await applyInvoicePayment(em, cause, settled);
  recordEvent(em, cause, { type: 'billing.payment.settled', organizationId: settled.organizationId, aggregateId: settled.id, payload: paymentChange(settled) });
  if (lateCapture) {
    await refundLockedPayment(em, cause, services, settled, { amountMinor: settled.amountMinor, source: 'LATE_CAPTURE', reason: `Paid after the purchase was ${payment.status.toLowerCase()}`, requestedBy: null });
    return 'late capture refunded';
  }
  return 'settled';
}

/**
 * An authorized payment on an account without automatic capture: capture it while the purchase is
 * wanted (the capture's own events then settle it); a purchase already expired or cancelled is left
 * uncaptured, and the bank releases the hold, which beats taking the money and refunding it.
 */
export async function captureAuthorized(em: EntityManager, services: SubgraphServices, authorization: Authorization): Promise<string> {
  const payment = await findPaymentForProvider(em, { orderId: authorization.orderId, providerPaymentId: authorization.providerPaymentId });
  if (!payment) return 'no payment has this order';
  if (payment.settledAt) return 'already settled';
  if (payment.status !== 'PENDING' && payment.status !== 'FAILED') return `left uncaptured: the purchase is ${payment.status.toLowerCase()}`;
  if (authorization.amountMinor !== payment.amountMinor || authorization.currency !== payment.currency) {
    throw new Error(`authorization of ${authorization.amountMinor} ${authorization.currency} does not match payment ${payment.id}`);
  }
  const provider = payment.provider ? paymentProviders(services.payments).get(payment.provider) : null;
  if (!provider) throw new Error(`the provider of payment ${payment.id} is not set up here`);
  // a provider error leaves the event unapplied; the sweep tries again
  await provider.capture({ orderId: authorization.orderId, providerPaymentId: authorization.providerPaymentId, amountMinor: payment.amountMinor, currency: payment.currency });
  return 'captured';
}
