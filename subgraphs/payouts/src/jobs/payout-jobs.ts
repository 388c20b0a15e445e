import type { EntityManager } from '@mikro-orm/postgresql';
import type { ScheduledJob, SubgraphServices } from '@guildhall/kernel';
import { DEFAULT_MINIMUM_PAYOUT_MINOR } from '../domain/payout-rules.js';
import { payoutProviders } from '../providers/providers.js';
import { runPayoutBatch, submitCreatedPayouts, type BatchDeps } from '../usecases/batches.js';
import { releaseDueEarnings } from '../usecases/payee-entries.js';

export const batchDeps = (em: EntityManager, services: SubgraphServices): BatchDeps => ({ em, providers: payoutProviders(services.payouts), minimumMinor: DEFAULT_MINIMUM_PAYOUT_MINOR });

/** Held earnings become available when their hold ends; payouts a crash left unsent are sent (same key). */
export const releaseEarnings: ScheduledJob = {
  name: 'payouts.release-earnings',
  every: '1 hour',
  async run(em, services) {
    if (!services.features.payouts) return;
    await em.transactional((tx) => releaseDueEarnings(tx, new Date()));
    await submitCreatedPayouts(batchDeps(em, services), { olderThanSeconds: 15 * 60 });
  },
};

/** The weekly batch (keyed by ISO week: the hourly runs after the first find it done). */
export const weeklyPayoutBatch: ScheduledJob = {
  name: 'payouts.weekly-batch',
  every: '1 hour',
  async run(em, services) {
    if (!services.features.payouts) return;
    const now = new Date();
    // Mondays (UTC), from 04:00 on: earnings released over the weekend go out at the start of the week
    if (now.getUTCDay() !== 1 || now.getUTCHours() < 4) return;
    await runPayoutBatch(batchDeps(em, services), { kind: 'WEEKLY', at: now });
  },
};

export const payoutJobs = [releaseEarnings, weeklyPayoutBatch];
