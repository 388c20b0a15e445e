import { isUuid, type Consumer, type DomainEvent } from '@guildhall/kernel';
import { earningShares, releaseAt } from '../domain/earnings.js';
import { addEntry, BOOKED } from '../usecases/payee-entries.js';

/**
 * A settled purchase becomes earnings for its host org and its expert, each their share of the split
 * billing snapshotted at booking, held until the later of capture and service start plus the hold.
 * A payee that is not a Guildhall user (no user id) earns nothing here: there is no one to pay.
 */
export const recordEarnings: Consumer = {
  name: 'payouts.record-earnings',
  on: ['billing.payment.settled'],
  async handle(em, raw) {
    const event = raw as DomainEvent<'billing.payment.settled'>;
    const p = event.payload;
    if (p.purpose !== 'PURCHASE' || !p.booking) return;
    const settledAt = new Date(event.occurredAt);
    const startsAt = p.booking.startsAt ? new Date(p.booking.startsAt) : null;
    const split = {
      amountMinor: p.amountMinor,
      hostOrganizationId: p.booking.hostOrganizationId,
      expertUserId: p.payeeId && isUuid(p.payeeId) ? p.payeeId : null,
      hostMinor: p.booking.hostMinor,
      expertMinor: p.booking.expertMinor,
    };
    await em.execute(
      `insert into ${BOOKED} (payment_id, organization_id, kind, currency, amount_minor, host_organization_id, expert_user_id, host_minor, expert_minor, settled_at, starts_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (payment_id) do nothing`,
      [p.paymentId, p.organizationId, p.booking.kind, p.currency, p.amountMinor, split.hostOrganizationId, split.expertUserId, split.hostMinor, split.expertMinor, settledAt, startsAt],
    );
    const release = releaseAt(settledAt, startsAt, p.booking.kind);
    for (const share of earningShares(split)) {
      await addEntry(em, { payee: share.payee, kind: 'EARNING', paymentId: p.paymentId, refundId: null, amountMinor: share.amountMinor, currency: p.currency, status: 'HELD', releaseAt: release });
    }
  },
};
