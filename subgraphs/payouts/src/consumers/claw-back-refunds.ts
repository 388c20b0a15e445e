import { recordEvent, type Consumer, type DomainEvent } from '@guildhall/kernel';
import { clawbackShares } from '../domain/earnings.js';
import { addEntry, BOOKED } from '../usecases/payee-entries.js';
import { PAYOUTS_CAUSE } from '../usecases/payouts-cause.js';

interface Booked {
  amount_minor: string;
  refunded_minor: string;
  host_organization_id: string | null;
  expert_user_id: string | null;
  host_minor: string;
  expert_minor: string;
}

/**
 * A refund takes each payee's share of it back from their balance: a CLAWBACK entry, available at
 * once, so the next payout nets it (against earnings still unpaid, or paid long ago). The booked
 * payment's refunded total moves in the same transaction, under its row lock, so parts of a refund
 * never take back more than was earned.
 */
export const clawBackRefunds: Consumer = {
  name: 'payouts.claw-back-refunds',
  on: ['billing.payment.refunded'],
  async handle(em, raw) {
    const event = raw as DomainEvent<'billing.payment.refunded'>;
    const p = event.payload;
    if (p.purpose !== 'PURCHASE' || !p.booking) return;
    const [booked] = await em.execute<Booked[]>(`select * from ${BOOKED} where payment_id = ? for update`, [p.paymentId]);
    // the settled event comes first; if it has not been applied yet, fail so this one is retried after it
    if (!booked) throw new Error(`payment ${p.paymentId} refunded before payouts booked it; retrying`);
    const split = {
      amountMinor: Number(booked.amount_minor),
      hostOrganizationId: booked.host_organization_id,
      expertUserId: booked.expert_user_id,
      hostMinor: Number(booked.host_minor),
      expertMinor: Number(booked.expert_minor),
    };
    for (const share of clawbackShares(split, Number(booked.refunded_minor), p.refundMinor)) {
      const added = await addEntry(em, { payee: share.payee, kind: 'CLAWBACK', paymentId: p.paymentId, refundId: p.refundId, amountMinor: share.amountMinor, currency: p.currency, status: 'AVAILABLE', releaseAt: null });
      if (!added) continue;
      recordEvent(em, PAYOUTS_CAUSE, {
        type: 'payouts.clawback.recorded',
        organizationId: share.payee.kind === 'ORGANIZATION' ? share.payee.id : null,
        aggregateId: p.refundId,
        payload: { organizationId: share.payee.kind === 'ORGANIZATION' ? share.payee.id : null, payeeKind: share.payee.kind, payeeId: share.payee.id, paymentId: p.paymentId, refundId: p.refundId, amountMinor: share.amountMinor, currency: p.currency },
      });
    }
    await em.execute(`update ${BOOKED} set refunded_minor = refunded_minor + ? where payment_id = ?`, [p.refundMinor, p.paymentId]);
    await em.flush();
  },
};
