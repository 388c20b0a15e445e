import type { EntityManager } from '@mikro-orm/postgresql';
import { selectRows } from '@guildhall/kernel';
import type { SupplyType } from '../domain/gst.js';
import type { InvoiceStatus } from '../domain/invoice-status.js';
import type { DocumentParty } from './invoice-document.js';

export interface InvoiceRow {
  id: string;
  organizationId: string;
  number: string | null;
  fiscalYear: string | null;
  status: InvoiceStatus;
  periodStart: string;
  periodEnd: string;
  currency: string;
  supplyType: SupplyType;
  placeOfSupply: string | null;
  reverseCharge: boolean;
  taxableMinor: number;
  cgstMinor: number;
  sgstMinor: number;
  igstMinor: number;
  totalMinor: number;
  /** What the buyer pays us: the total, or under reverse charge the taxable value. */
  amountDueMinor: number;
  paidMinor: number;
  creditedMinor: number;
  supplier: DocumentParty;
  buyer: DocumentParty;
  dueDate: string | null;
  issuedAt: Date | null;
  paidAt: Date | null;
  remindersSent: number;
  lastReminderAt: Date | null;
  createdAt: Date;
}

export interface InvoiceLineRow {
  id: string;
  invoiceId: string;
  paymentId: string;
  description: string;
  sacCode: string;
  rateBps: number;
  taxableMinor: number;
  cgstMinor: number;
  sgstMinor: number;
  igstMinor: number;
  totalMinor: number;
  creditedTaxableMinor: number;
}

/** Every column but the cached PDF, which only the download reads. */
const INVOICE_COLUMNS = `id, organization_id, number, fiscal_year, status, period_start, period_end, currency, supply_type, place_of_supply,
  reverse_charge, taxable_minor, cgst_minor, sgst_minor, igst_minor, total_minor, amount_due_minor, paid_minor, credited_minor,
  supplier, buyer, due_date, issued_at, paid_at, reminders_sent, last_reminder_at, created_at`;

const MONEY = ['taxableMinor', 'cgstMinor', 'sgstMinor', 'igstMinor', 'totalMinor', 'amountDueMinor', 'paidMinor', 'creditedMinor', 'creditedTaxableMinor'] as const;
const dateText = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'string' ? v.slice(0, 10) : null);

/** bigint as text → numbers; dates as YYYY-MM-DD; chars trimmed. */
function normalize<T extends object>(row: T): T {
  const r = { ...row } as Record<string, unknown>;
  for (const key of MONEY) if (key in r) r[key] = Number(r[key]);
  for (const key of ['periodStart', 'periodEnd', 'dueDate']) if (key in r) r[key] = dateText(r[key]);
  if (typeof r['currency'] === 'string') r['currency'] = (r['currency'] as string).trim();
  if (typeof r['placeOfSupply'] === 'string') r['placeOfSupply'] = (r['placeOfSupply'] as string).trim();
  return r as T;
}

export async function findInvoice(em: EntityManager, id: string, lock = false): Promise<InvoiceRow | null> {
  const rows = await selectRows<InvoiceRow>(em, `select ${INVOICE_COLUMNS} from "billing"."invoice" where id = ?${lock ? ' for update' : ''}`, [id]);
  return rows[0] ? normalize(rows[0]) : null;
}

export async function linesOf(em: EntityManager, invoiceId: string): Promise<InvoiceLineRow[]> {
  const rows = await selectRows<InvoiceLineRow>(em, `select * from "billing"."invoice_line" where invoice_id = ? order by description, id`, [invoiceId]);
  return rows.map(normalize);
}

export async function invoicesOf(em: EntityManager, organizationId: string, status: InvoiceStatus | null, limit: number, after: [string, string] | null): Promise<InvoiceRow[]> {
  const params: unknown[] = [organizationId];
  let where = 'organization_id = ?';
  if (status) {
    where += ' and status = ?';
    params.push(status);
  }
  if (after) {
    where += ' and (created_at, id) < (?, ?)';
    params.push(after[0], after[1]);
  }
  const rows = await selectRows<InvoiceRow>(em, `select ${INVOICE_COLUMNS} from "billing"."invoice" where ${where} order by created_at desc, id desc limit ?`, [...params, limit + 1]);
  return rows.map(normalize);
}

export const normalizeInvoiceRow = normalize;
