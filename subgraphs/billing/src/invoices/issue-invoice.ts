import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent, selectRows, userError, UserErrorsThrown, type EventCause, type SubgraphServices } from '@guildhall/kernel';
import { localDatePlusDays } from '../domain/billing-period.js';
import { netMinorSql } from '../domain/billable-org-payment.js';
import { amountDue, taxLine, totalsOf } from '../domain/gst.js';
import { invoiceTaxEntries } from '../domain/ledger-recipes.js';
import { postTransaction } from '../usecases/ledger-posting.js';
import { billingProfileOf } from './billing-profile.js';
import { nextDocumentNumber } from './document-counter.js';
import { findInvoice, type InvoiceRow } from './invoice-store.js';
import { insertLines, type Billable } from './rollup.js';

/**
 * Issues a DRAFT: its lines are taken again from the payments' current net (a refund may have come
 * since drafting), then it gets the next gapless number of its fiscal year and a due date by the
 * org's terms, and its GST becomes owed. From here on it is never edited, only corrected by credit notes.
 */
/** Lines from the payments' current net; returns the new totals. */
async function redraw(em: EntityManager, services: SubgraphServices, draft: InvoiceRow) {
  const payments = await selectRows<Billable>(
    em,
    `select p.id, p.kind, p.reference, ${netMinorSql()} as net_minor from "billing"."payment" p where p.invoice_id = ? order by p.created_at, p.id`,
    [draft.id],
  );
  const lines = payments.filter((p) => Number(p.netMinor) > 0).map((p) => ({ payment: p, taxed: taxLine({ taxableMinor: Number(p.netMinor), rateBps: services.invoicing.rateBps }, draft.supplyType) }));
  if (!lines.length) throw new UserErrorsThrown([userError('CONFLICT', ['input', 'invoiceId'], 'Everything on this draft was refunded; void it instead.')]);
  await em.execute(`delete from "billing"."invoice_line" where invoice_id = ?`, [draft.id]);
  await insertLines(em, draft.id, lines, services.invoicing.sac);
  return totalsOf(lines.map((l) => l.taxed));
}

export async function issueInvoice(em: EntityManager, cause: EventCause, services: SubgraphServices, invoiceId: string, options: { linesAreCurrent?: boolean } = {}): Promise<InvoiceRow> {
  const draft = await findInvoice(em, invoiceId, true);
  if (!draft) throw new UserErrorsThrown([userError('BAD_USER_INPUT', ['input', 'invoiceId'], 'No such invoice.')]);
  if (draft.status !== 'DRAFT') throw new UserErrorsThrown([userError('CONFLICT', ['input', 'invoiceId'], `This invoice is already ${draft.status.toLowerCase()}.`)]);

  const totals = options.linesAreCurrent ? { ...draft, taxMinor: draft.cgstMinor + draft.sgstMinor + draft.igstMinor } : await redraw(em, services, draft);

  const now = new Date();
  const profile = await billingProfileOf(em, draft.organizationId);
  const { number, fiscalYear } = await nextDocumentNumber(em, services.invoicing.prefix, 'INVOICE', now);
  const due = amountDue(totals, draft.reverseCharge);
  await em.execute(
    `update "billing"."invoice" set status = 'ISSUED', number = ?, fiscal_year = ?, issued_at = ?, due_date = ?,
       taxable_minor = ?, cgst_minor = ?, sgst_minor = ?, igst_minor = ?, total_minor = ?, amount_due_minor = ?, updated_at = now() where id = ?`,
    [number, fiscalYear, now, localDatePlusDays(now, profile.timezone, profile.paymentTermsDays), totals.taxableMinor, totals.cgstMinor, totals.sgstMinor, totals.igstMinor, totals.totalMinor, due, invoiceId],
  );
  const taxCharged = due - totals.taxableMinor;
  if (taxCharged > 0) {
    await postTransaction(em, { kind: 'INVOICE_ISSUED', idempotencyKey: `invoice-issued:${invoiceId}`, organizationId: draft.organizationId, memo: `Invoice ${number}: GST`, entries: invoiceTaxEntries(draft.organizationId, draft.currency, taxCharged) });
  }
  const issued = (await findInvoice(em, invoiceId))!;
  recordEvent(em, cause, {
    type: 'billing.invoice.issued',
    organizationId: issued.organizationId,
    aggregateId: issued.id,
    payload: { organizationId: issued.organizationId, invoiceId: issued.id, number, totalMinor: issued.totalMinor, amountDueMinor: issued.amountDueMinor, currency: issued.currency, dueDate: issued.dueDate! },
  });
  return issued;
}
