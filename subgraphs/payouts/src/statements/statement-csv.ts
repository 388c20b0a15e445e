import { formatAmount } from '@guildhall/kernel';
import type { EntryRow, PayoutRow } from './statement-store.js';

/**
 * A statement as CSV (RFC 4180): one header line, then the entries and payouts of the range in the
 * order they happened, CRLF line ends. Amounts are plain decimals in major units (`-1500.00`, no
 * digit grouping), signed for entries (a clawback is negative), gross for payouts; timestamps are
 * ISO 8601 in UTC. Any text cell that a spreadsheet would run as a formula (= + - @, tab, CR) starts
 * with a `'`; amounts are written by this code as numbers and left as they are.
 */
export const STATEMENT_CSV_COLUMNS = [
  'record',
  'date',
  'id',
  'kind',
  'status',
  'currency',
  'amount',
  'payment_id',
  'refund_id',
  'release_at',
  'payout_id',
  'tds_section',
  'tds_rate_bps',
  'tds_amount',
  'net_amount',
  'provider',
  'submitted_at',
  'completed_at',
  'failure_reason',
] as const;
type Column = (typeof STATEMENT_CSV_COLUMNS)[number];

/** `123456` → `1234.56`: the kernel's exact formatting, without the digit grouping a CSV reader would trip on. */
export const decimalAmount = (amountMinor: number, currency: string) => formatAmount(amountMinor, currency).replace(/,/g, '');

const DECIMAL = /^-?[0-9]+\.[0-9]{2}$/;
const FORMULA = /^[=+\-@\t\r]/;

/** One cell: neutralized if a spreadsheet would read it as a formula, quoted if it holds a separator, quote or line break. */
export function csvCell(value: string | null | undefined, options: { amount?: boolean } = {}): string {
  if (value === null || value === undefined) return '';
  const safe = options.amount && DECIMAL.test(value) ? value : FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

type Cells = Partial<Record<Column, string | null>>;
const AMOUNT_COLUMNS: ReadonlySet<Column> = new Set(['amount', 'tds_amount', 'net_amount']);
const iso = (d: Date | null) => (d ? d.toISOString() : null);

const line = (cells: Cells) => STATEMENT_CSV_COLUMNS.map((column) => csvCell(cells[column], { amount: AMOUNT_COLUMNS.has(column) })).join(',');

const entryCells = (e: EntryRow): Cells => ({
  record: 'ENTRY',
  date: iso(e.createdAt),
  id: e.id,
  kind: e.kind,
  status: e.status,
  currency: e.currency,
  amount: decimalAmount(e.kind === 'CLAWBACK' ? -e.amountMinor : e.amountMinor, e.currency),
  payment_id: e.paymentId,
  refund_id: e.refundId,
  release_at: iso(e.releaseAt),
  payout_id: e.payoutId,
});

const payoutCells = (p: PayoutRow): Cells => ({
  record: 'PAYOUT',
  date: iso(p.createdAt),
  id: p.id,
  status: p.status,
  currency: p.currency,
  amount: decimalAmount(p.grossMinor, p.currency),
  tds_section: p.tdsSection,
  tds_rate_bps: String(p.tdsRateBps),
  tds_amount: decimalAmount(p.tdsMinor, p.currency),
  net_amount: decimalAmount(p.netMinor, p.currency),
  provider: p.provider,
  submitted_at: iso(p.submittedAt),
  completed_at: iso(p.completedAt),
  failure_reason: p.failureReason,
});

export function statementCsv(entries: readonly EntryRow[], payouts: readonly PayoutRow[]): string {
  const records = [
    ...entries.map((e) => ({ at: e.createdAt.getTime(), order: 0, id: e.id, cells: entryCells(e) })),
    ...payouts.map((p) => ({ at: p.createdAt.getTime(), order: 1, id: p.id, cells: payoutCells(p) })),
  ].sort((a, b) => a.at - b.at || a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return [STATEMENT_CSV_COLUMNS.join(','), ...records.map((r) => line(r.cells))].map((l) => `${l}\r\n`).join('');
}
