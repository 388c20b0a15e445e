import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { selectRows, userError, UserErrorsThrown, type SubgraphServices } from '@guildhall/kernel';
import { netMinorSql, unbilledOrgPaymentSql } from '../domain/billable-org-payment.js';
import type { BillingPeriod } from '../domain/billing-period.js';
import { supplyTypeOf, taxLine, totalsOf, type SupplyType, type TaxedLine } from '../domain/gst.js';
import { lockBillingAccount } from '../usecases/billing-account-store.js';
import { billingProfileOf, buyerParty } from './billing-profile.js';
import { findInvoice, type InvoiceRow } from './invoice-store.js';

interface Billable {
  id: string;
  kind: string;
  reference: string;
  netMinor: string;
}

/**
 * Rolls an org's unbilled invoice charges up to a DRAFT invoice for a period: every billable org
 * payment (the shared rule) created before the period's end and not yet invoiced, net of refunds.
 * The account row is locked and the payments are stamped with the invoice in the same transaction,
 * so two rollups for the same org and period cannot invoice anything twice; a second one finds the
 * first's invoice (one per org and period). Returns null when there is nothing to invoice.
 */
export async function rollUpInvoice(em: EntityManager, services: SubgraphServices, organizationId: string, period: BillingPeriod): Promise<{ invoice: InvoiceRow; created: boolean } | null> {
  const account = await lockBillingAccount(em, organizationId, 'update');
  if (!account) return null;
  const [existing] = await em.execute<{ id: string }[]>(`select id from "billing"."invoice" where organization_id = ? and period_start = ? and status <> 'VOID'`, [organizationId, period.startDate]);
  if (existing) return { invoice: (await findInvoice(em, existing.id))!, created: false };

  const profile = await billingProfileOf(em, organizationId);
  const supplier = services.invoicing.supplier;
  const supply = supplyTypeOf(supplier, profile);
  if (supply === 'GST_STATE_REQUIRED') {
    throw new UserErrorsThrown([userError('GST_STATE_REQUIRED', ['input', 'organizationId'], "Set the organization's registered address (its GST state) before invoicing: it decides the place of supply.")]);
  }
  const invoiceId = randomUUID();
  // one statement takes and stamps the payments (row locks included); the invoice row follows below
  const stamped = await selectRows<Billable & { createdAt: Date }>(
    em,
    `update "billing"."payment" p set invoice_id = ?, updated_at = now()
      where p.organization_id = ? and p.currency = ? and p.created_at < ? and ${unbilledOrgPaymentSql()}
      returning p.id, p.kind, p.reference, ${netMinorSql()} as net_minor, p.created_at`,
    [invoiceId, organizationId, account.currency, period.end],
  );
  if (!stamped.length) return null;
  const payments = stamped.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1));
  const lines = payments
    .filter((p) => Number(p.netMinor) > 0)
    .map((p) => ({ payment: p, taxed: taxLine({ taxableMinor: Number(p.netMinor), rateBps: services.invoicing.rateBps }, supply) }));
  const totals = totalsOf(lines.map((l) => l.taxed));
  await em.execute(
    `insert into "billing"."invoice" (id, organization_id, status, period_start, period_end, currency, supply_type, place_of_supply, reverse_charge,
       taxable_minor, cgst_minor, sgst_minor, igst_minor, total_minor, amount_due_minor, supplier, buyer)
     values (?, ?, 'DRAFT', ?, ?, ?, ?, ?, false, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [invoiceId, organizationId, period.startDate, period.endDate, account.currency, supply, supply === 'EXPORT' ? null : profile.stateCode,
      totals.taxableMinor, totals.cgstMinor, totals.sgstMinor, totals.igstMinor, totals.totalMinor, totals.totalMinor,
      JSON.stringify({ legalName: supplier.legalName, gstin: supplier.gstin, address: supplier.address, stateCode: supplier.stateCode, country: supplier.country }),
      JSON.stringify(buyerParty(profile))],
  );
  await insertLines(em, invoiceId, lines, services.invoicing.sac);
  return { invoice: (await findInvoice(em, invoiceId))!, created: true };
}

export async function insertLines(em: EntityManager, invoiceId: string, lines: { payment: Billable; taxed: TaxedLine }[], sac: string) {
  if (!lines.length) return;
  await em.execute(
    `insert into "billing"."invoice_line" (id, invoice_id, payment_id, description, sac_code, rate_bps, taxable_minor, cgst_minor, sgst_minor, igst_minor, total_minor)
     values ${lines.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
    lines.flatMap(({ payment, taxed }) => [randomUUID(), invoiceId, payment.id, `${payment.kind.charAt(0)}${payment.kind.slice(1).toLowerCase()} ${payment.reference}`, sac, taxed.rateBps,
      taxed.taxableMinor, taxed.cgstMinor, taxed.sgstMinor, taxed.igstMinor, taxed.totalMinor]),
  );
}

export type { Billable, SupplyType };
