import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { formatMoney, recordEvent, selectRows, userError, UserErrorsThrown, type EventCause, type SubgraphServices } from '@guildhall/kernel';
import { refundEntries, topUpRefundEntries } from '../domain/ledger-recipes.js';
import type { EntryDraft } from '../domain/ledger.js';
import { refundThroughProvider } from './provider-refund.js';
import { InsufficientFunds, postTransaction } from './ledger-posting.js';
import { paymentChange } from './payment-events.js';
import type { PaymentRow } from './payment-store.js';
import { restorePurchaseOrder } from './purchase-orders.js';
import { issueCreditNote, issuedInvoiceOf } from '../invoices/credit-notes.js';
import { returnContractSpend } from '../pricing/contract-spend.js';
import { releaseUtilization } from '../programs/release-utilization.js';

export const REFUND_SOURCES = ['API', 'CANCELLATION', 'PROVIDER', 'LATE_CAPTURE', 'DISPUTE_LOST', 'CREDIT_NOTE'] as const;
export type RefundSource = (typeof REFUND_SOURCES)[number];
export const REFUND_STATUSES = ['PENDING', 'SUCCEEDED', 'FAILED'] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];

export interface RefundRow {
  id: string;
  paymentId: string;
  amountMinor: number;
  currency: string;
  source: RefundSource;
  reason: string;
  status: RefundStatus;
  providerRefundId: string | null;
  adjustment: boolean;
  requestedBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface RefundRequest {
  /** Decided by the caller when an idempotency key answers with it; otherwise new. */
  refundId?: string;
  amountMinor: number;
  source: RefundSource;
  reason: string;
  requestedBy: string | null;
  /** Set when the provider reports a refund it made (or a lost chargeback): it is recorded, not requested. */
  providerRefundId?: string;
}

/**
 * The one way money goes back, for API refunds, cancellations, provider refund events, late captures
 * and lost disputes alike. The payment's row must be locked by the caller. What it restores follows
 * how the payment was funded: credits back to the wallet, the org's unbilled charges reduced, or,
 * once the charge is on an invoice, an adjustment the org is owed (a credit note, with invoicing).
 * A card refund the platform asks for goes to the provider inside the transaction, idempotent on
 * the refund's id, so a failure leaves nothing half-done.
 */
export async function refundLockedPayment(em: EntityManager, cause: EventCause, services: SubgraphServices, payment: PaymentRow, request: RefundRequest): Promise<RefundRow> {
  const remaining = payment.amountMinor - payment.refundedMinor;
  if (!payment.settledAt) throw refusal('CONFLICT', 'Nothing was paid for this purchase, so there is nothing to refund.');
  if (payment.purpose === 'INVOICE') throw refusal('BAD_USER_INPUT', 'A payment of an invoice is not refunded; the invoice is corrected by a credit note.');
  if (remaining <= 0) throw refusal('CONFLICT', 'This payment is already refunded in full.');
  if (!Number.isSafeInteger(request.amountMinor) || request.amountMinor <= 0 || request.amountMinor > remaining) {
    throw refusal('BAD_USER_INPUT', `A refund is between 1 and ${remaining} minor units (${formatMoney(remaining, payment.currency)} remains refundable).`, ['input', 'amountMinor']);
  }
  const refundId = request.refundId ?? randomUUID();
  // on an issued invoice the charge cannot shrink: it becomes a credit note (on a draft, the draft follows)
  const issuedInvoiceId = payment.funding === 'INVOICE' ? await issuedInvoiceOf(em, payment.invoiceId) : null;
  const adjustment = issuedInvoiceId !== null;
  const moved: unknown = await em.execute(`update "billing"."payment" set refunded_minor = refunded_minor + ?, updated_at = now() where id = ? and refunded_minor + ? <= amount_minor`, [request.amountMinor, payment.id, request.amountMinor], 'run');
  if (!(moved as { affectedRows: number }).affectedRows) throw refusal('CONFLICT', 'The payment changed meanwhile; try again.');

  const entries: EntryDraft[] = payment.purpose === 'TOPUP' ? topUpRefundEntries(payment.organizationId!, payment.currency, request.amountMinor) : refundEntries(payment, request.amountMinor, adjustment);
  try {
    await postTransaction(em, { kind: payment.purpose === 'TOPUP' ? 'TOPUP_REFUND' : 'REFUND', idempotencyKey: `refund:${refundId}`, organizationId: payment.organizationId, paymentId: payment.id, refundId, memo: request.reason, entries });
  } catch (error) {
    if (error instanceof InsufficientFunds) throw refusal('INSUFFICIENT_CREDITS', 'These credits were already spent; only unspent credits can be refunded.', ['input', 'amountMinor']);
    throw error;
  }
  if (payment.purchaseOrderId && !adjustment) await restorePurchaseOrder(em, { paymentId: payment.id, amountMinor: request.amountMinor }, cause);
  // what the booking counted against is given back: the contract's monthly spend by the amount, the program's use once refunded in full
  const booking = payment.booking;
  if (booking?.contractMonth) await returnContractSpend(em, booking.contractId!, booking.contractMonth, request.amountMinor);
  if (booking?.programId && request.amountMinor === remaining) await releaseUtilization(em, payment.id);

  let providerRefundId = request.providerRefundId ?? null;
  let status: RefundRow['status'] = 'SUCCEEDED';
  if (payment.funding === 'CARD' && !request.providerRefundId) {
    const made = await refundThroughProvider(services, payment, refundId, request.amountMinor);
    providerRefundId = made.providerRefundId;
    status = made.status;
  }
  await em.execute(
    `insert into "billing"."refund" (id, payment_id, amount_minor, currency, source, reason, status, provider_refund_id, adjustment, requested_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [refundId, payment.id, request.amountMinor, payment.currency, request.source, request.reason, status, providerRefundId, adjustment, request.requestedBy],
  );
  if (issuedInvoiceId) await issueCreditNote(em, cause, services, { id: refundId, paymentId: payment.id, amountMinor: request.amountMinor }, issuedInvoiceId);
  recordEvent(em, cause, {
    type: 'billing.payment.refunded',
    organizationId: payment.organizationId,
    aggregateId: payment.id,
    payload: { ...paymentChange(payment), refundId, refundMinor: request.amountMinor, source: request.source, adjustment },
  });
  return (await findRefund(em, { id: refundId }))!;
}

export async function findRefund(em: EntityManager, where: { id: string } | { providerRefundId: string }): Promise<RefundRow | null> {
  const [column, value] = 'id' in where ? ['id', where.id] : ['provider_refund_id', where.providerRefundId];
  const rows = await selectRows<RefundRow>(em, `select * from "billing"."refund" where ${column} = ?`, [value]);
  return rows[0] ? toRefundRow(rows[0]) : null;
}

export const toRefundRow = (row: RefundRow): RefundRow => ({ ...row, amountMinor: Number(row.amountMinor), currency: row.currency.trim() });

const refusal = (code: 'CONFLICT' | 'BAD_USER_INPUT' | 'INSUFFICIENT_CREDITS' | 'PAYMENT_PROVIDER_UNAVAILABLE', message: string, field: string[] | null = null) =>
  new UserErrorsThrown([userError(code, field, message)]);
