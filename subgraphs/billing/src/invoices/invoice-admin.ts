import { notFound, principalCan, userError, UserErrorsThrown, type Outcome } from '@guildhall/kernel';
import { periodContaining } from '../domain/billing-period.js';
import type { BillingDeps } from '../usecases/deps.js';
import { requireFinanceManager } from '../usecases/finance-access.js';
import { inTransaction } from '../usecases/transaction.js';
import { billingProfileOf } from './billing-profile.js';
import { findInvoice, type InvoiceRow } from './invoice-store.js';
import { issueInvoice } from './issue-invoice.js';
import { rollUpInvoice } from './rollup.js';

/**
 * On demand (OWNER or BILLING_ADMIN): a DRAFT of everything unbilled up to now, for the current month
 * in the org's timezone. The monthly job closes the month the same way and issues at once.
 */
export async function generateInvoice(deps: BillingDeps, input: { organizationId: string }): Promise<Outcome<InvoiceRow>> {
  requireFinanceManager(deps.principal, input.organizationId);
  return inTransaction(deps.em, async (em) => {
    const profile = await billingProfileOf(em, input.organizationId);
    const now = new Date();
    const period = { ...periodContaining(now, profile.timezone), end: now };
    const invoice = (await rollUpInvoice(em, deps.services, input.organizationId, period))?.invoice;
    if (!invoice) throw new UserErrorsThrown([userError('CONFLICT', ['input', 'organizationId'], 'There are no unbilled charges to invoice.')]);
    return invoice;
  });
}

async function lockedDraftOf(deps: BillingDeps, em: Parameters<typeof findInvoice>[0], invoiceId: string): Promise<InvoiceRow> {
  const invoice = await findInvoice(em, invoiceId, true);
  if (!invoice || !principalCan(deps.principal, invoice.organizationId, 'billing.read')) throw notFound('Invoice');
  requireFinanceManager(deps.principal, invoice.organizationId);
  return invoice;
}

export async function issueDraftInvoice(deps: BillingDeps, input: { invoiceId: string }): Promise<Outcome<InvoiceRow>> {
  return inTransaction(deps.em, async (em) => {
    await lockedDraftOf(deps, em, input.invoiceId);
    return issueInvoice(em, deps, deps.services, input.invoiceId);
  });
}

/** A draft thrown away: its payments are unbilled again and go on the next invoice. */
export async function voidDraftInvoice(deps: BillingDeps, input: { invoiceId: string }): Promise<Outcome<InvoiceRow>> {
  return inTransaction(deps.em, async (em) => {
    const invoice = await lockedDraftOf(deps, em, input.invoiceId);
    if (invoice.status !== 'DRAFT') throw new UserErrorsThrown([userError('CONFLICT', ['input', 'invoiceId'], 'An issued invoice is never voided or edited; a credit note corrects it.')]);
    await em.execute(`update "billing"."payment" set invoice_id = null, updated_at = now() where invoice_id = ?`, [invoice.id]);
    await em.execute(`delete from "billing"."invoice_line" where invoice_id = ?`, [invoice.id]);
    await em.execute(`update "billing"."invoice" set status = 'VOID', updated_at = now() where id = ?`, [invoice.id]);
    return (await findInvoice(em, invoice.id))!;
  });
}
