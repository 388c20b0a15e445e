import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent, type ScheduledJob } from '@guildhall/kernel';
import type { ProviderName } from '../domain/purchase.js';
import { checkLedger } from '../usecases/check-ledger.js';
import { paymentChange } from '../usecases/payment-events.js';
import { findPayment } from '../usecases/payment-store.js';
import { applyProviderEvent } from '../usecases/provider-events.js';

const system = { principal: { kind: 'service' as const, service: 'billing' }, origin: null };

/** Checkouts nobody paid in time expire; a capture arriving later is refunded, not settled. */
export const expirePendingPayments: ScheduledJob = {
  name: 'billing.expire-pending-payments',
  every: '5 minutes',
  async run(em) {
    await expireDuePayments(em);
  },
};

export async function expireDuePayments(em: EntityManager): Promise<number> {
  return em.transactional(async (tx) => {
    const expired = await tx.execute<{ id: string }[]>(
      `update "billing"."payment" set status = 'EXPIRED', updated_at = now()
        where status in ('PENDING', 'FAILED') and settled_at is null and expires_at < now() returning id`,
    );
    for (const { id } of expired) {
      const payment = (await findPayment(tx, { id }))!;
      recordEvent(tx, system, { type: 'billing.payment.failed', organizationId: payment.organizationId, aggregateId: id, payload: { ...paymentChange(payment), status: 'EXPIRED' } });
    }
    await tx.flush();
    return expired.length;
  });
}

/** Provider events stored but not applied (a crash, a deadlock, a bug fixed since) are applied again. */
export const sweepProviderEvents: ScheduledJob = {
  name: 'billing.sweep-provider-events',
  every: '2 minutes',
  async run(em, services) {
    await sweepUnappliedEvents(em, services);
  },
};

export async function sweepUnappliedEvents(em: EntityManager, services: Parameters<ScheduledJob['run']>[1], olderThanSeconds = 60): Promise<number> {
  const due = await em.execute<{ provider: ProviderName; event_id: string }[]>(
    `select provider, event_id from "billing"."provider_event"
      where processed_at is null and attempts < 20 and received_at < now() - make_interval(secs => ?) order by received_at limit 500`,
    [olderThanSeconds],
  );
  for (const event of due) await applyProviderEvent(em, system, services, event.provider, event.event_id);
  return due.length;
}

export const checkLedgerJob: ScheduledJob = {
  name: 'billing.check-ledger',
  every: '1 hour',
  async run(em) {
    await checkLedger(em);
  },
};

/** A key means "this request" for 24 hours; after that the same key starts a new one. */
export const purgeIdempotencyKeys: ScheduledJob = {
  name: 'billing.purge-idempotency-keys',
  every: '1 hour',
  async run(em) {
    await em.execute(`delete from "billing"."idempotency_key" where created_at < now() - interval '24 hours'`);
  },
};

export const billingJobs = [expirePendingPayments, sweepProviderEvents, checkLedgerJob, purgeIdempotencyKeys];
