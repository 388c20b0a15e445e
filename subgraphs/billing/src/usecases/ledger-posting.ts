import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { balanceDelta, NEVER_NEGATIVE, unbalancedReason, type AccountRef, type EntryDraft, type TransactionKind } from '../domain/ledger.js';

/** A guarded account (a wallet) would go below zero: nothing of the transaction is written. */
export class InsufficientFunds extends Error {
  constructor(readonly account: AccountRef) {
    super(`${account.kind} ${account.ownerId ?? ''} lacks the funds`);
  }
}

export interface TransactionDraft {
  kind: TransactionKind;
  /** Per flow (`booking:<paymentId>`, `refund:<refundId>`): posting the same flow twice posts once. */
  idempotencyKey: string;
  organizationId: string | null;
  paymentId?: string | null;
  refundId?: string | null;
  memo: string;
  entries: EntryDraft[];
}

/** An account's id follows from what it is, so postings never look one up first. */
export function accountIdOf(ref: AccountRef): string {
  const h = createHash('sha256').update(`${ref.kind}|${ref.ownerId ?? ''}|${ref.currency}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Posts one balanced transaction inside the caller's database transaction. Balances of owned accounts
 * (wallets, receivables, payables) move by atomic increments, in account-id order so concurrent
 * postings never deadlock; a wallet is debited only where it holds enough (compare-and-set). The
 * platform's own accounts (CASH, PLATFORM_PROMO) are derived from their entries instead of cached:
 * one row every payment touched would serialize all of them.
 */
export async function postTransaction(em: EntityManager, draft: TransactionDraft): Promise<'posted' | 'duplicate'> {
  const reason = unbalancedReason(draft.entries);
  if (reason) throw new Error(`refusing an unbalanced ledger transaction (${draft.idempotencyKey}): ${reason}`);
  const accounts = new Map<string, { ref: AccountRef; delta: number }>();
  for (const entry of draft.entries) {
    const id = accountIdOf(entry.account);
    const current = accounts.get(id) ?? { ref: entry.account, delta: 0 };
    current.delta += balanceDelta(entry);
    accounts.set(id, current);
  }
  const ids = [...accounts.keys()].sort();
  const transactionId = randomUUID();
  // one round trip: the accounts exist (created on first use) and the transaction is claimed by its key
  const inserted = await em.execute<{ id: string }[]>(
    `with accounts as (insert into "billing"."ledger_account" (id, kind, owner_id, currency) values ${ids.map(() => '(?, ?, ?, ?)').join(', ')} on conflict do nothing)
     insert into "billing"."ledger_transaction" (id, kind, idempotency_key, organization_id, payment_id, refund_id, memo)
     values (?, ?, ?, ?, ?, ?, ?) on conflict (idempotency_key) do nothing returning id`,
    [
      ...ids.flatMap((id) => {
        const { ref } = accounts.get(id)!;
        return [id, ref.kind, ref.ownerId, ref.currency];
      }),
      transactionId, draft.kind, draft.idempotencyKey, draft.organizationId, draft.paymentId ?? null, draft.refundId ?? null, draft.memo,
    ],
  );
  if (inserted.length === 0) return 'duplicate';
  for (const id of ids) {
    const { ref, delta } = accounts.get(id)!;
    if (ref.ownerId === null || delta === 0) continue;
    const guarded = NEVER_NEGATIVE.includes(ref.kind) && delta < 0;
    const moved: unknown = await em.execute(
      `update "billing"."ledger_account" set balance_minor = balance_minor + ? where id = ?${guarded ? ' and balance_minor + ? >= 0' : ''}`,
      guarded ? [delta, id, delta] : [delta, id],
      'run',
    );
    if (!(moved as { affectedRows: number }).affectedRows) throw new InsufficientFunds(ref);
  }
  await em.execute(
    `insert into "billing"."ledger_entry" (transaction_id, account_id, side, amount_minor) values ${draft.entries.map(() => '(?, ?, ?, ?)').join(', ')}`,
    draft.entries.flatMap((e) => [transactionId, accountIdOf(e.account), e.side, e.amountMinor]),
  );
  return 'posted';
}

/** The cached balance of an owned account (0 when it has never been posted to). */
export async function balanceOf(em: EntityManager, ref: AccountRef): Promise<number> {
  const rows = await em.execute<{ balance_minor: string }[]>(`select balance_minor from "billing"."ledger_account" where id = ?`, [accountIdOf(ref)]);
  return Number(rows[0]?.balance_minor ?? 0);
}
