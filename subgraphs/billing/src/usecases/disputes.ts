import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent, type EventCause, type SubgraphServices } from '@guildhall/kernel';
import type { ProviderEvent } from '../payments/payment-provider.js';
import { findPaymentForProvider } from './payment-store.js';
import { findRefund, refundLockedPayment } from './refunds.js';

type DisputeEvent = Extract<ProviderEvent, { kind: 'dispute.changed' }>;

/**
 * Keeps a provider's chargeback on record. While it is open the payment shows as disputed and the
 * `billing.dispute.changed` event lets payouts hold the payee's earnings; a lost dispute took the
 * money back, so it is recorded as a refund (once, keyed by the dispute).
 */
export async function applyDisputeChange(em: EntityManager, cause: EventCause, services: SubgraphServices, event: DisputeEvent): Promise<string> {
  const payment = await findPaymentForProvider(em, { orderId: event.orderId, providerPaymentId: event.providerPaymentId });
  if (!payment) return 'no payment has this order';
  const [row] = await em.execute<{ id: string; status: string }[]>(
    `insert into "billing"."dispute" (id, payment_id, provider, provider_dispute_id, status, amount_minor, currency, reason, evidence_due_by)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (provider_dispute_id) do update set status = excluded.status, amount_minor = excluded.amount_minor,
       evidence_due_by = coalesce(excluded.evidence_due_by, "dispute".evidence_due_by), updated_at = now()
       -- a closed dispute stays closed: an older event arriving late never reopens it
       where "dispute".status not in ('WON', 'LOST', 'CLOSED')
     returning id, status`,
    [randomUUID(), payment.id, payment.provider ?? 'RAZORPAY', event.providerDisputeId, event.status, event.amountMinor, event.currency, event.reason, event.evidenceDueBy],
  );
  if (!row) return 'dispute already closed';
  recordEvent(em, cause, {
    type: 'billing.dispute.changed',
    organizationId: payment.organizationId,
    aggregateId: row.id,
    payload: {
      organizationId: payment.organizationId,
      disputeId: row.id,
      paymentId: payment.id,
      payeeId: payment.payeeId,
      status: event.status,
      amountMinor: event.amountMinor,
      currency: event.currency,
      evidenceDueBy: event.evidenceDueBy?.toISOString() ?? null,
    },
  });
  const chargebackId = `dispute:${event.providerDisputeId}`;
  if (event.status === 'LOST' && !(await findRefund(em, { providerRefundId: chargebackId }))) {
    const amountMinor = Math.min(event.amountMinor, payment.amountMinor - payment.refundedMinor);
    if (amountMinor > 0) {
      await refundLockedPayment(em, cause, services, payment, { amountMinor, source: 'DISPUTE_LOST', reason: `Chargeback lost (${event.reason})`, requestedBy: null, providerRefundId: chargebackId });
    }
  }
  return `dispute ${event.status.toLowerCase()}`;
}
