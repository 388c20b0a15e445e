import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntryKind, EntryStatus } from '../domain/earnings.js';
import type { Payee } from '../domain/payee.js';

export const ENTRY = '"payouts"."payee_entry"';
export const BOOKED = '"payouts"."booked_payment"';
/** The newest word on each dispute: whether a payment has one open is derived from it, never counted. */
export const DISPUTES = '"payouts"."dispute_state"';

export interface NewEntry {
  payee: Payee;
  kind: EntryKind;
  paymentId: string;
  refundId: string | null;
  amountMinor: number;
  currency: string;
  status: EntryStatus;
  releaseAt: Date | null;
}

/** Adds an entry once: a redelivered event finds the unique key taken and adds nothing. Returns whether it was new. */
export async function addEntry(em: EntityManager, e: NewEntry): Promise<boolean> {
  const added: unknown = await em.execute(
    `insert into ${ENTRY} (id, payee_kind, payee_id, kind, payment_id, refund_id, amount_minor, currency, status, release_at)
     values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing`,
    [e.payee.kind, e.payee.id, e.kind, e.paymentId, e.refundId, e.amountMinor, e.currency, e.status, e.releaseAt],
    'run',
  );
  return (added as { affectedRows: number }).affectedRows > 0;
}

/**
 * Held earnings whose hold has ended become AVAILABLE, unless a dispute on their payment is open:
 * then they wait, however long the dispute takes.
 */
export async function releaseDueEarnings(em: EntityManager, now: Date): Promise<number> {
  const released: unknown = await em.execute(
    `update ${ENTRY} e set status = 'AVAILABLE', updated_at = now()
      where e.status = 'HELD' and e.release_at <= ?
        and not exists (select 1 from ${DISPUTES} d where d.payment_id = e.payment_id and d.open)`,
    [now],
    'run',
  );
  return (released as { affectedRows: number }).affectedRows;
}
