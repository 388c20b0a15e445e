import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent, selectRows, type EventCause, type SubgraphServices } from '@guildhall/kernel';
import { taxLine } from '../domain/gst.js';
import { settledStatus } from '../domain/invoice-status.js';
import { creditNoteEntries } from '../domain/ledger-recipes.js';
import { cash, orgPayable, transfer } from '../domain/ledger.js';
import { refundThroughProvider } from '../usecases/provider-refund.js';
import { toPaymentRow, type PaymentRow } from '../usecases/payment-store.js';
import { postTransaction } from '../usecases/ledger-posting.js';
import { nextDocumentNumber } from './document-counter.js';
import { findInvoice, linesOf } from './invoice-store.js';

/** Whether a payment sits on an issued invoice (then a refund of it needs a credit note). */
export async function issuedInvoiceOf(em: EntityManager, invoiceId: string | null): Promise<string | null> {
  if (!invoiceId) return null;
  const [row] = await em.execute<{ status: string }[]>(`select status from "billing"."invoice" where id = ?`, [invoiceId]);
  return row && row.status !== 'DRAFT' && row.status !== 'VOID' ? invoiceId : null;
}

/**
 * A refund of a payment already on an issued invoice: the invoice stays as issued, and a credit note
 * with its own gapless number takes back the refunded value and the tax on it, at the line's rate
 * and supply type. It reduces what the invoice still asks for; when nothing is left to reduce (the
 * invoice was paid), the org is owed the amount instead (REFUND_DUE). One per refund.
 */
export async function issueCreditNote(em: EntityManager, cause: EventCause, services: SubgraphServices, refund: { id: string; paymentId: string; amountMinor: number }, invoiceId: string) {
  const invoice = (await findInvoice(em, invoiceId, true))!;
  const line = (await linesOf(em, invoiceId)).find((l) => l.paymentId === refund.paymentId);
  // a line is never credited beyond its taxable value
  const taxableMinor = Math.min(refund.amountMinor, (line?.taxableMinor ?? 0) - (line?.creditedTaxableMinor ?? 0));
  if (!line || taxableMinor <= 0) return null;
  const taxed = taxLine({ taxableMinor, rateBps: line.rateBps }, invoice.supplyType);
  const charged = invoice.reverseCharge ? taxed.taxableMinor : taxed.totalMinor;
  const outstanding = invoice.amountDueMinor - invoice.paidMinor - invoice.creditedMinor;
  const reducesDue = outstanding >= charged;
  const id = randomUUID();
  const now = new Date();
  const { number, fiscalYear } = await nextDocumentNumber(em, services.invoicing.prefix, 'CREDIT_NOTE', now);
  await em.execute(
    `insert into "billing"."credit_note" (id, invoice_id, refund_id, number, fiscal_year, taxable_minor, cgst_minor, sgst_minor, igst_minor, total_minor, settlement, issued_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [id, invoiceId, refund.id, number, fiscalYear, taxed.taxableMinor, taxed.cgstMinor, taxed.sgstMinor, taxed.igstMinor, charged, reducesDue ? 'REDUCES_DUE' : 'REFUND_DUE', now],
  );
  await em.execute(`update "billing"."invoice_line" set credited_taxable_minor = credited_taxable_minor + ? where id = ?`, [taxableMinor, line.id]);
  if (reducesDue) {
    const credited = invoice.creditedMinor + charged;
    const status = settledStatus(invoice.amountDueMinor, invoice.paidMinor, credited, invoice.status === 'OVERDUE');
    await em.execute(`update "billing"."invoice" set credited_minor = ?, status = ?, paid_at = case when ? = 'PAID' then coalesce(paid_at, now()) else paid_at end, updated_at = now() where id = ?`, [credited, status, status, invoiceId]);
  }
  const entries = creditNoteEntries(invoice.organizationId, invoice.currency, taxed.taxableMinor, charged - taxed.taxableMinor, reducesDue);
  if (entries.length) await postTransaction(em, { kind: 'CREDIT_NOTE', idempotencyKey: `credit-note:${id}`, organizationId: invoice.organizationId, refundId: refund.id, memo: `Credit note ${number} on ${invoice.number}`, entries });
  const settlement = reducesDue ? 'REDUCES_DUE' : await refundToInvoicePayments(em, services, { id, number, invoiceId, organizationId: invoice.organizationId, currency: invoice.currency, amountMinor: charged });
  if (settlement === 'REFUNDED') await em.execute(`update "billing"."credit_note" set settlement = 'REFUNDED' where id = ?`, [id]);
  recordEvent(em, cause, {
    type: 'billing.credit-note.issued',
    organizationId: invoice.organizationId,
    aggregateId: id,
    payload: { organizationId: invoice.organizationId, invoiceId, amountDueMinor: invoice.amountDueMinor, currency: invoice.currency, creditNoteId: id, number, refundId: refund.id, totalMinor: charged, settlement },
  });
  return id;
}

/**
 * A credit note on an invoice already paid: the money goes back to the cards that paid the invoice,
 * newest payment first, through the provider (idempotent on each refund's id), with the ledger moving
 * what the org was owed (ORG_PAYABLE) out of CASH. Paid some other way, it stays owed (REFUND_DUE).
 */
async function refundToInvoicePayments(
  em: EntityManager,
  services: SubgraphServices,
  note: { id: string; number: string; invoiceId: string; organizationId: string; currency: string; amountMinor: number },
): Promise<'REFUNDED' | 'REFUND_DUE'> {
  const payments = (
    await selectRows<PaymentRow>(em, `select * from "billing"."payment" where pays_invoice_id = ? and settled_at is not null and provider is not null order by settled_at desc for update`, [note.invoiceId])
  ).map(toPaymentRow);
  const refundable = payments.reduce((sum, p) => sum + p.amountMinor - p.refundedMinor, 0);
  if (refundable < note.amountMinor) return 'REFUND_DUE';
  let left = note.amountMinor;
  for (const payment of payments) {
    const amountMinor = Math.min(left, payment.amountMinor - payment.refundedMinor);
    if (amountMinor <= 0) continue;
    const refundId = randomUUID();
    const made = await refundThroughProvider(services, payment, refundId, amountMinor);
    await em.execute(`update "billing"."payment" set refunded_minor = refunded_minor + ?, updated_at = now() where id = ?`, [amountMinor, payment.id]);
    await em.execute(
      `insert into "billing"."refund" (id, payment_id, amount_minor, currency, source, reason, status, provider_refund_id, adjustment) values (?, ?, ?, ?, 'CREDIT_NOTE', ?, ?, ?, false)`,
      [refundId, payment.id, amountMinor, payment.currency, `Credit note ${note.number}`, made.status, made.providerRefundId],
    );
    await postTransaction(em, { kind: 'REFUND', idempotencyKey: `refund:${refundId}`, organizationId: note.organizationId, paymentId: payment.id, refundId, memo: `Credit note ${note.number} refunded`, entries: transfer(orgPayable(note.organizationId, note.currency), cash(note.currency), amountMinor) });
    left -= amountMinor;
    if (left === 0) break;
  }
  return 'REFUNDED';
}
