import { amount, asBody, objectAt, text, unixDate, type Json } from '@guildhall/kernel/json-fields';
import type { ProviderEvent, ProviderEventParser } from './payment-provider.js';

type DisputeStatus = Extract<ProviderEvent, { kind: 'dispute.changed' }>['status'];

// a Map, not an object literal: a status like "constructor" must not find Object.prototype's
const DISPUTE_STATUS = new Map<string, DisputeStatus>([
  ['needs_response', 'OPEN'],
  ['warning_needs_response', 'OPEN'],
  ['under_review', 'UNDER_REVIEW'],
  ['warning_under_review', 'UNDER_REVIEW'],
  ['won', 'WON'],
  ['lost', 'LOST'],
]);

/**
 * Stripe event body → ProviderEvent. Our order is the PaymentIntent; the provider payment is its
 * Charge. payment_intent.succeeded and charge.succeeded both become payment.captured (billing settles
 * once). Refunds are read from refund.* events only (charge.refunded repeats them). Other kinds, and
 * anything malformed, → null.
 */
export const parseStripeEvent: ProviderEventParser = (raw) => {
  const body = asBody(raw);
  const type = text(body?.['type']);
  const object = objectAt(body, 'data', 'object');
  if (!type || !object) return null;
  switch (type) {
    case 'payment_intent.succeeded':
      return intentSucceeded(object);
    case 'charge.succeeded':
      return chargeSucceeded(object);
    case 'payment_intent.payment_failed':
      return intentFailed(object);
    case 'refund.created':
    case 'refund.updated':
    case 'refund.failed':
      return refund(object);
    case 'charge.dispute.created':
    case 'charge.dispute.updated':
    case 'charge.dispute.closed':
      return dispute(object);
    default:
      return null;
  }
};

function intentSucceeded(intent: Json): ProviderEvent | null {
  const orderId = text(intent['id']);
  const providerPaymentId = idOf(intent['latest_charge']);
  // what was actually received, not what was asked for
  const received = amount(intent['amount_received']);
  const currency = text(intent['currency']);
  if (!orderId || !providerPaymentId || received === null || !currency) return null;
  return { kind: 'payment.captured', orderId, providerPaymentId, amountMinor: received, currency: currency.toUpperCase() };
}

function chargeSucceeded(charge: Json): ProviderEvent | null {
  // an authorization awaiting manual capture is not money yet (we never ask for one, but be exact)
  if (charge['captured'] === false) return null;
  const orderId = idOf(charge['payment_intent']);
  const providerPaymentId = text(charge['id']);
  const captured = amount(charge['amount_captured']);
  const currency = text(charge['currency']);
  if (!orderId || !providerPaymentId || captured === null || !currency) return null;
  return { kind: 'payment.captured', orderId, providerPaymentId, amountMinor: captured, currency: currency.toUpperCase() };
}

function intentFailed(intent: Json): ProviderEvent | null {
  const orderId = text(intent['id']);
  if (!orderId) return null;
  const error = objectAt(intent, 'last_payment_error');
  const reason = text(error?.['message']) ?? text(error?.['decline_code']) ?? text(error?.['code']) ?? 'Payment failed';
  return { kind: 'payment.failed', orderId, providerPaymentId: idOf(error?.['charge']) ?? idOf(intent['latest_charge']), reason };
}

function refund(refund: Json): ProviderEvent | null {
  const status = text(refund['status']);
  // pending / requires_action: nothing settled yet; a later refund.updated says how it ended
  const kind = status === 'succeeded' ? 'refund.processed' : status === 'failed' || status === 'canceled' ? 'refund.failed' : null;
  const providerRefundId = text(refund['id']);
  const refunded = amount(refund['amount']);
  const currency = text(refund['currency']);
  if (!kind || !providerRefundId || refunded === null || !currency) return null;
  return {
    kind,
    providerRefundId,
    orderId: idOf(refund['payment_intent']),
    providerPaymentId: idOf(refund['charge']),
    amountMinor: refunded,
    currency: currency.toUpperCase(),
  };
}

function dispute(dispute: Json): ProviderEvent | null {
  const providerDisputeId = text(dispute['id']);
  const disputed = amount(dispute['amount']);
  const currency = text(dispute['currency']);
  const status = text(dispute['status']);
  if (!providerDisputeId || disputed === null || !currency || !status) return null;
  return {
    kind: 'dispute.changed',
    providerDisputeId,
    orderId: idOf(dispute['payment_intent']),
    providerPaymentId: idOf(dispute['charge']),
    amountMinor: disputed,
    currency: currency.toUpperCase(),
    // warning_closed, prevented and any state Stripe adds later: over, without a verdict for us
    status: DISPUTE_STATUS.get(status) ?? 'CLOSED',
    reason: text(dispute['reason']) ?? 'unknown',
    evidenceDueBy: unixDate(objectAt(dispute, 'evidence_details')?.['due_by']),
  };
}

/** Stripe references are ids, or whole objects when expanded. */
function idOf(value: unknown): string | null {
  return text(value) ?? text(objectAt({ value }, 'value')?.['id']);
}
