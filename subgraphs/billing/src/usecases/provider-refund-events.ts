import type { EntityManager } from '@mikro-orm/postgresql';
import { type EventCause, type SubgraphServices } from '@guildhall/kernel';
import { postTransaction } from './ledger-posting.js';
import { findPaymentForProvider } from './payment-store.js';
import { findRefund, refundLockedPayment } from './refunds.js';
import type { ProviderEvent } from '../payments/payment-provider.js';

type RefundEvent = Extract<ProviderEvent, { kind: 'refund.processed' | 'refund.failed' }>;

/**
 * A provider's word on a refund. One the platform asked for is only marked; one made at the
 * provider (its dashboard) goes through the same refund service as any other.
 */
export async function applyProviderRefund(em: EntityManager, cause: EventCause, services: SubgraphServices, event: RefundEvent): Promise<string> {
  const payment = await findPaymentForProvider(em, { orderId: event.orderId, providerPaymentId: event.providerPaymentId });
  if (!payment) return 'no payment has this order';
  // the payment is locked now: a refund the platform is still making commits first, then is found here
  const known = await findRefund(em, { providerRefundId: event.providerRefundId });
  if (event.kind === 'refund.processed') {
    if (known) {
      await em.execute(`update "billing"."refund" set status = 'SUCCEEDED', updated_at = now() where id = ? and status = 'PENDING'`, [known.id]);
      return 'refund confirmed';
    }
    await refundLockedPayment(em, cause, services, payment, { amountMinor: event.amountMinor, source: 'PROVIDER', reason: 'Refunded at the payment provider', requestedBy: null, providerRefundId: event.providerRefundId });
    return 'refund recorded';
  }
  if (!known || known.status === 'FAILED') return 'nothing to undo';
  // the money never went back: undo the refund with a counter-transaction (the ledger is append-only)
  await em.execute(`update "billing"."refund" set status = 'FAILED', updated_at = now() where id = ?`, [known.id]);
  await em.execute(`update "billing"."payment" set refunded_minor = refunded_minor - ?, updated_at = now() where id = ?`, [known.amountMinor, payment.id]);
  const entries = await em.execute<{ kind: string; owner_id: string | null; currency: string; side: 'DEBIT' | 'CREDIT'; amount_minor: string }[]>(
    `select a.kind, a.owner_id, a.currency, e.side, e.amount_minor from "billing"."ledger_entry" e
       join "billing"."ledger_transaction" t on t.id = e.transaction_id join "billing"."ledger_account" a on a.id = e.account_id
      where t.refund_id = ?`,
    [known.id],
  );
  await postTransaction(em, {
    kind: 'ADJUSTMENT',
    idempotencyKey: `refund-failed:${known.id}`,
    organizationId: payment.organizationId,
    paymentId: payment.id,
    refundId: known.id,
    memo: 'The provider could not complete the refund',
    entries: entries.map((e) => ({
      account: { kind: e.kind as never, ownerId: e.owner_id, currency: e.currency.trim() },
      side: e.side === 'DEBIT' ? 'CREDIT' : 'DEBIT',
      amountMinor: Number(e.amount_minor),
    })),
  });
  return 'failed refund reversed';
}
