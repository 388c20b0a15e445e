import type { Consumer, DomainEvent } from '@guildhall/kernel';
import { DISPUTES, ENTRY } from '../usecases/payee-entries.js';

const OPEN = ['OPEN', 'UNDER_REVIEW'];

/**
 * A dispute keeps its payment's earnings held: an opened one takes back to HELD what was released and
 * not yet in a payout; the release job skips payments with an open dispute. A lost dispute comes back
 * as a refund (a clawback). Events may come out of order: the newest word per dispute wins.
 */
export const holdOnDisputes: Consumer = {
  name: 'payouts.hold-on-disputes',
  on: ['billing.dispute.changed'],
  async handle(em, raw) {
    const event = raw as DomainEvent<'billing.dispute.changed'>;
    const { disputeId, paymentId, status } = event.payload;
    await em.execute(
      `insert into ${DISPUTES} (dispute_id, payment_id, open, changed_at) values (?, ?, ?, ?)
       on conflict (dispute_id) do update set open = excluded.open, changed_at = excluded.changed_at where "dispute_state".changed_at <= excluded.changed_at`,
      [disputeId, paymentId, OPEN.includes(status), event.occurredAt],
    );
    await em.execute(
      `update ${ENTRY} set status = 'HELD', updated_at = now()
        where payment_id = ? and kind = 'EARNING' and status = 'AVAILABLE' and exists (select 1 from ${DISPUTES} where payment_id = ? and open)`,
      [paymentId, paymentId],
    );
  },
};
