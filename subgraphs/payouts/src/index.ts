import type { SubgraphModule } from '@guildhall/kernel';
import { exportPayoutsSection } from './consumers/export-payouts-section.js';
import { PayoutAccountRecord } from './entities/payout-account.entity.js';
import { createLoaders, type PayoutsLoaders } from './graphql/loaders.js';
import { buildPayoutsSchema } from './graphql/schema.js';
import { providerEventJobs } from './jobs/provider-event-jobs.js';
import { payoutJobs } from './jobs/payout-jobs.js';
import { msmeJobs } from './jobs/msme-alerts.js';
import { clawBackRefunds } from './consumers/claw-back-refunds.js';
import { holdOnDisputes } from './consumers/hold-on-disputes.js';
import { recordEarnings } from './consumers/record-earnings.js';
import { migrations } from './migrations/index.js';

/** Payouts: payout accounts, earnings with holds and clawbacks, weekly batches, TDS, statements. */
export const payouts: SubgraphModule<PayoutsLoaders> = {
  name: 'payouts',
  entities: [PayoutAccountRecord],
  migrations,
  buildSchema: buildPayoutsSchema,
  createLoaders,
  consumers: [exportPayoutsSection, recordEarnings, clawBackRefunds, holdOnDisputes],
  jobs: [...payoutJobs, ...msmeJobs, ...providerEventJobs],
};
export { sweepUnappliedPayoutEvents, applyWaitingEvents } from './usecases/provider-events.js';
export { payoutProviders } from './providers/providers.js';
export { runPayoutBatch, submitCreatedPayouts, type BatchDeps } from './usecases/batches.js';
export { releaseDueEarnings } from './usecases/payee-entries.js';
