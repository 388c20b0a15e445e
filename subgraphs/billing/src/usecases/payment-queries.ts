import type { EntityManager } from '@mikro-orm/postgresql';
import { selectRows } from '@guildhall/kernel';
import { toPaymentRow, type PaymentRow } from './payment-store.js';
import { toRefundRow, type RefundRow } from './refunds.js';

type Cursor = [string, string] | null;

/** Newest first, keyset-paginated on (created_at, id); fetches one extra row to tell if more follow. */
export async function pageOfPayments(em: EntityManager, where: { organizationId: string } | { payerUserId: string }, limit: number, after: Cursor): Promise<PaymentRow[]> {
  const [column, value] = 'organizationId' in where ? ['organization_id', where.organizationId] : ['payer_user_id', where.payerUserId];
  const rows = await selectRows<PaymentRow>(
    em,
    `select * from "billing"."payment" where ${column} = ?${after ? ' and (created_at, id) < (?, ?)' : ''} order by created_at desc, id desc limit ?`,
    after ? [value, after[0], after[1], limit + 1] : [value, limit + 1],
  );
  return rows.map(toPaymentRow);
}

export async function refundsOf(em: EntityManager, paymentId: string): Promise<RefundRow[]> {
  const rows = await selectRows<RefundRow>(em, `select * from "billing"."refund" where payment_id = ? order by created_at, id`, [paymentId]);
  return rows.map(toRefundRow);
}

export interface LedgerRow {
  id: string;
  kind: string;
  memo: string;
  paymentId: string | null;
  createdAt: Date;
  entries: { accountKind: string; side: 'DEBIT' | 'CREDIT'; amountMinor: number; currency: string }[];
}

export async function pageOfLedger(em: EntityManager, organizationId: string, limit: number, after: Cursor): Promise<LedgerRow[]> {
  const transactions = await selectRows<Omit<LedgerRow, 'entries'>>(
    em,
    `select id, kind, memo, payment_id, created_at from "billing"."ledger_transaction" where organization_id = ?${after ? ' and (created_at, id) < (?, ?)' : ''} order by created_at desc, id desc limit ?`,
    after ? [organizationId, after[0], after[1], limit + 1] : [organizationId, limit + 1],
  );
  if (!transactions.length) return [];
  const entries = await em.execute<{ transaction_id: string; kind: string; side: 'DEBIT' | 'CREDIT'; amount_minor: string; currency: string }[]>(
    `select e.transaction_id, a.kind, e.side, e.amount_minor, a.currency from "billing"."ledger_entry" e join "billing"."ledger_account" a on a.id = e.account_id
      where e.transaction_id in (${transactions.map(() => '?').join(', ')}) order by e.id`,
    transactions.map((t) => t.id),
  );
  return transactions.map((t) => ({
    ...t,
    entries: entries.filter((e) => e.transaction_id === t.id).map((e) => ({ accountKind: e.kind, side: e.side, amountMinor: Number(e.amount_minor), currency: e.currency.trim() })),
  }));
}

export interface DisputeRow {
  id: string;
  paymentId: string;
  status: string;
  amountMinor: string;
  currency: string;
  reason: string;
  evidenceDueBy: Date | null;
  createdAt: Date;
}

export const disputesOf = (em: EntityManager, organizationId: string) =>
  selectRows<DisputeRow>(
    em,
    `select d.id, d.payment_id, d.status, d.amount_minor, d.currency, d.reason, d.evidence_due_by, d.created_at
       from "billing"."dispute" d join "billing"."payment" p on p.id = d.payment_id where p.organization_id = ? order by d.created_at desc limit 200`,
    [organizationId],
  );
