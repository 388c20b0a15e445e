import { IsolationLevel } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { topLevelError, type Principal } from '@guildhall/kernel';
import type { Payee } from '../domain/payee.js';
import { requirePayeeReader } from './payee-access.js';
import { balancesOf, entriesInRange, payoutsInRange, type BalanceRow, type EntryRow, type PayoutRow } from './statement-store.js';

/** A statement covers at most a year (a leap year's days), and at most this many entries and payouts each. */
export const MAX_STATEMENT_DAYS = 366;
export const MAX_STATEMENT_ROWS = 5_000;
/** The platform's currency: the zero balance of a payee who has earned nothing yet. */
const HOME_CURRENCY = 'INR';

/** What happened in the range, in one currency. Paid totals count PROCESSED payouts only. */
export interface StatementTotals {
  currency: string;
  earnedMinor: number;
  clawedBackMinor: number;
  paidGrossMinor: number;
  tdsWithheldMinor: number;
  paidNetMinor: number;
}

export interface Statement {
  payee: Payee;
  from: string;
  to: string;
  generatedAt: Date;
  balances: BalanceRow[];
  totals: StatementTotals[];
  entries: EntryRow[];
  payouts: PayoutRow[];
}

const badRange = (argument: string, message: string) => topLevelError('BAD_REQUEST', message, { argument });

const isCalendarDate = (value: string) => {
  if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
};

/** The range is two calendar dates (YYYY-MM-DD), inclusive, in order, at most MAX_STATEMENT_DAYS apart. */
export function checkStatementRange(from: string, to: string): void {
  if (!isCalendarDate(from)) throw badRange('from', '"from" must be a date written YYYY-MM-DD.');
  if (!isCalendarDate(to)) throw badRange('to', '"to" must be a date written YYYY-MM-DD.');
  if (from > to) throw badRange('to', '"to" must not be before "from".');
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
  if (days > MAX_STATEMENT_DAYS) throw badRange('to', `A statement covers at most ${MAX_STATEMENT_DAYS} days; ask for a shorter range.`);
}

export function totalsOf(entries: readonly EntryRow[], payouts: readonly PayoutRow[]): StatementTotals[] {
  const byCurrency = new Map<string, StatementTotals>();
  const totals = (currency: string) => {
    let t = byCurrency.get(currency);
    if (!t) byCurrency.set(currency, (t = { currency, earnedMinor: 0, clawedBackMinor: 0, paidGrossMinor: 0, tdsWithheldMinor: 0, paidNetMinor: 0 }));
    return t;
  };
  for (const e of entries) {
    if (e.kind === 'EARNING') totals(e.currency).earnedMinor += e.amountMinor;
    else totals(e.currency).clawedBackMinor += e.amountMinor;
  }
  for (const p of payouts) {
    const t = totals(p.currency);
    if (p.status !== 'PROCESSED') continue;
    t.paidGrossMinor += p.grossMinor;
    t.tdsWithheldMinor += p.tdsMinor;
    t.paidNetMinor += p.netMinor;
  }
  return [...byCurrency.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}

/**
 * A payee's statement: the balance now and what happened in the range (India dates). Who may read it:
 * statements/payee-access.ts. Everything is read in one repeatable-read snapshot, so the balance and
 * the rows agree even while a batch runs.
 */
export async function payeeStatement(deps: { em: EntityManager; principal: Principal }, payee: Payee, from: string, to: string, now = new Date()): Promise<Statement> {
  requirePayeeReader(deps.principal, payee);
  checkStatementRange(from, to);
  return deps.em.transactional(
    async (em) => {
      const entries = await entriesInRange(em, payee, from, to, MAX_STATEMENT_ROWS + 1);
      const payouts = await payoutsInRange(em, payee, from, to, MAX_STATEMENT_ROWS + 1);
      if (entries.length > MAX_STATEMENT_ROWS || payouts.length > MAX_STATEMENT_ROWS) {
        throw badRange('to', `More than ${MAX_STATEMENT_ROWS} entries or payouts fall in this range; ask for a shorter one.`);
      }
      const balances = await balancesOf(em, payee);
      return {
        payee,
        from,
        to,
        generatedAt: now,
        balances: balances.length ? balances : [{ currency: HOME_CURRENCY, heldMinor: 0, availableMinor: 0, inPayoutMinor: 0, paidMinor: 0 }],
        totals: totalsOf(entries, payouts),
        entries,
        payouts,
      };
    },
    { isolationLevel: IsolationLevel.REPEATABLE_READ, readOnly: true },
  );
}
