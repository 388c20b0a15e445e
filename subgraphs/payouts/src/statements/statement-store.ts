import type { EntityManager } from '@mikro-orm/postgresql';
import { selectRows } from '@guildhall/kernel';
import type { EntryKind, EntryStatus } from '../domain/earnings.js';
import type { Payee } from '../domain/payee.js';
import type { PayoutProvider } from '../domain/payout-account.js';
import type { PayoutStatus } from '../domain/payout-rules.js';
import type { TdsSection } from '../domain/tds.js';

/** Reads for statements and payout lists. Amounts come back as numbers (the driver hands bigints over as text). */
const ENTRY = '"payouts"."payee_entry"';
const PAYOUT = '"payouts"."payout"';
/** Statement dates are calendar days in India, where the marketplace and its payees keep their books. */
export const STATEMENT_TIME_ZONE = 'Asia/Kolkata';

export interface EntryRow {
  id: string;
  payeeKind: Payee['kind'];
  payeeId: string;
  kind: EntryKind;
  paymentId: string;
  refundId: string | null;
  amountMinor: number;
  currency: string;
  status: EntryStatus;
  releaseAt: Date | null;
  payoutId: string | null;
  createdAt: Date;
}

export interface PayoutRow {
  id: string;
  batchId: string;
  payeeKind: Payee['kind'];
  payeeId: string;
  provider: PayoutProvider;
  currency: string;
  grossMinor: number;
  tdsSection: TdsSection;
  tdsRateBps: number;
  tdsMinor: number;
  netMinor: number;
  purposeCode: string | null;
  status: PayoutStatus;
  failureReason: string | null;
  createdAt: Date;
  submittedAt: Date | null;
  completedAt: Date | null;
}

/** A payee's balance in one currency, by status; clawbacks count against it, so a part may be negative. */
export interface BalanceRow {
  currency: string;
  heldMinor: number;
  availableMinor: number;
  inPayoutMinor: number;
  paidMinor: number;
}

const ENTRY_COLUMNS = 'id, payee_kind, payee_id, kind, payment_id, refund_id, amount_minor, currency, status, release_at, payout_id, created_at';
const PAYOUT_COLUMNS = `id, batch_id, payee_kind, payee_id, provider, currency, gross_minor, tds_section, tds_rate_bps, tds_minor, net_minor, purpose_code, status,
  failure_reason, created_at, submitted_at, completed_at`;

const toEntry = (r: EntryRow): EntryRow => ({ ...r, amountMinor: Number(r.amountMinor), currency: r.currency.trim() });
const toPayout = (r: PayoutRow): PayoutRow => ({
  ...r,
  currency: r.currency.trim(),
  grossMinor: Number(r.grossMinor),
  tdsMinor: Number(r.tdsMinor),
  netMinor: Number(r.netMinor),
  tdsRateBps: Number(r.tdsRateBps),
});

/** `[from 00:00, to+1 00:00)` in India, as SQL bounds on a timestamptz column. */
const IN_RANGE = `created_at >= (?::date)::timestamp at time zone '${STATEMENT_TIME_ZONE}' and created_at < (?::date + 1)::timestamp at time zone '${STATEMENT_TIME_ZONE}'`;

/** The balance now, one row per currency the payee has entries in, by currency. */
export async function balancesOf(em: EntityManager, payee: Payee): Promise<BalanceRow[]> {
  const rows = await em.execute<{ currency: string; status: EntryStatus; total: string }[]>(
    `select currency, status, sum(case when kind = 'EARNING' then amount_minor else -amount_minor end) as total
       from ${ENTRY} where payee_kind = ? and payee_id = ? group by currency, status order by currency`,
    [payee.kind, payee.id],
  );
  const byCurrency = new Map<string, BalanceRow>();
  for (const r of rows) {
    const currency = r.currency.trim();
    const balance = byCurrency.get(currency) ?? { currency, heldMinor: 0, availableMinor: 0, inPayoutMinor: 0, paidMinor: 0 };
    const total = Number(r.total);
    if (r.status === 'HELD') balance.heldMinor += total;
    else if (r.status === 'AVAILABLE') balance.availableMinor += total;
    else if (r.status === 'IN_PAYOUT') balance.inPayoutMinor += total;
    else balance.paidMinor += total;
    byCurrency.set(currency, balance);
  }
  return [...byCurrency.values()];
}

/** The payee's entries recorded in the range (India dates, inclusive), oldest first; at most `limit`. */
export async function entriesInRange(em: EntityManager, payee: Payee, from: string, to: string, limit: number): Promise<EntryRow[]> {
  const rows = await selectRows<EntryRow>(
    em,
    `select ${ENTRY_COLUMNS} from ${ENTRY} where payee_kind = ? and payee_id = ? and ${IN_RANGE} order by created_at, id limit ?`,
    [payee.kind, payee.id, from, to, limit],
  );
  return rows.map(toEntry);
}

/** The payee's payouts created in the range (India dates, inclusive), oldest first; at most `limit`. */
export async function payoutsInRange(em: EntityManager, payee: Payee, from: string, to: string, limit: number): Promise<PayoutRow[]> {
  const rows = await selectRows<PayoutRow>(
    em,
    `select ${PAYOUT_COLUMNS} from ${PAYOUT} where payee_kind = ? and payee_id = ? and ${IN_RANGE} order by created_at, id limit ?`,
    [payee.kind, payee.id, from, to, limit],
  );
  return rows.map(toPayout);
}

/** A page of the payee's payouts, newest first, keyed by (created_at, id); one row beyond the page says more follow. */
export async function pageOfPayouts(em: EntityManager, payee: Payee, status: PayoutStatus | null, limit: number, after: [string, string] | null): Promise<PayoutRow[]> {
  const params: unknown[] = [payee.kind, payee.id];
  let where = 'payee_kind = ? and payee_id = ?';
  if (status) {
    where += ' and status = ?';
    params.push(status);
  }
  if (after) {
    where += ' and (created_at, id) < (?, ?)';
    params.push(after[0], after[1]);
  }
  const rows = await selectRows<PayoutRow>(em, `select ${PAYOUT_COLUMNS} from ${PAYOUT} where ${where} order by created_at desc, id desc limit ?`, [...params, limit + 1]);
  return rows.map(toPayout);
}
