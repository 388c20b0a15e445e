import { amount, asBody, objectAt, text, unixDate, type Json } from '@guildhall/kernel/json-fields';
import type { ProviderEvent, ProviderEventParser } from './payment-provider.js';

type DisputeStatus = Extract<ProviderEvent, { kind: 'dispute.changed' }>['status'];

/** Razorpay names the dispute state in the event. A Map: "constructor" must not find Object.prototype's. */
const DISPUTE_STATUS = new Map<string, DisputeStatus>([
  ['payment.dispute.created', 'OPEN'],
  ['payment.dispute.under_review', 'UNDER_REVIEW'],
  ['payment.dispute.action_required', 'UNDER_REVIEW'],
  ['payment.dispute.won', 'WON'],
  ['payment.dispute.lost', 'LOST'],
  ['payment.dispute.closed', 'CLOSED'],
]);

/**
 * Razorpay webhook body → ProviderEvent. payment.captured and order.paid both report the same money
 * and both become payment.captured (billing settles once). Other kinds, and anything malformed, → null.
 */
export const parseRazorpayEvent: ProviderEventParser = (raw) => {
  const body = asBody(raw);
  const event = text(body?.['event']);
  if (!body || !event) return null;
  const payment = objectAt(body, 'payload', 'payment', 'entity');
  switch (event) {
    case 'payment.captured':
    case 'order.paid':
      return payment ? captured(payment, objectAt(body, 'payload', 'order', 'entity')) : null;
    case 'payment.authorized':
      return payment ? captured(payment, null, 'payment.authorized') : null;
    case 'payment.failed':
      return payment ? failed(payment) : null;
    case 'refund.processed':
    case 'refund.failed':
      return refund(event, objectAt(body, 'payload', 'refund', 'entity'), payment);
    default: {
      const status = DISPUTE_STATUS.get(event);
      return status ? dispute(status, objectAt(body, 'payload', 'dispute', 'entity'), payment) : null;
    }
  }
};

function captured(payment: Json, order: Json | null, kind: 'payment.captured' | 'payment.authorized' = 'payment.captured'): ProviderEvent | null {
  const orderId = text(payment['order_id']) ?? text(order?.['id']);
  const providerPaymentId = text(payment['id']);
  const paid = amount(payment['amount']);
  const currency = text(payment['currency']);
  if (!orderId || !providerPaymentId || paid === null || !currency) return null;
  return { kind, orderId, providerPaymentId, amountMinor: paid, currency: currency.toUpperCase() };
}

function failed(payment: Json): ProviderEvent | null {
  const orderId = text(payment['order_id']);
  if (!orderId) return null;
  const reason = text(payment['error_description']) ?? text(payment['error_reason']) ?? text(payment['error_code']) ?? 'Payment failed';
  return { kind: 'payment.failed', orderId, providerPaymentId: text(payment['id']), reason };
}

function refund(event: 'refund.processed' | 'refund.failed', refund: Json | null, payment: Json | null): ProviderEvent | null {
  const providerRefundId = text(refund?.['id']);
  const refunded = amount(refund?.['amount']);
  const currency = text(refund?.['currency']);
  if (!refund || !providerRefundId || refunded === null || !currency) return null;
  return {
    kind: event,
    providerRefundId,
    orderId: text(payment?.['order_id']),
    providerPaymentId: text(refund['payment_id']) ?? text(payment?.['id']),
    amountMinor: refunded,
    currency: currency.toUpperCase(),
  };
}

function dispute(status: DisputeStatus, dispute: Json | null, payment: Json | null): ProviderEvent | null {
  const providerDisputeId = text(dispute?.['id']);
  const disputed = amount(dispute?.['amount']);
  const currency = text(dispute?.['currency']);
  if (!dispute || !providerDisputeId || disputed === null || !currency) return null;
  return {
    kind: 'dispute.changed',
    providerDisputeId,
    orderId: text(payment?.['order_id']),
    providerPaymentId: text(dispute['payment_id']) ?? text(payment?.['id']),
    amountMinor: disputed,
    currency: currency.toUpperCase(),
    status,
    reason: text(dispute['reason_code']) ?? text(dispute['reason_description']) ?? 'unknown',
    evidenceDueBy: unixDate(dispute['respond_by']),
  };
}
