import type { ScheduledJob } from '@guildhall/kernel';
import { PAYOUTS_CAUSE } from '../usecases/payouts-cause.js';
import { sweepUnappliedPayoutEvents } from '../usecases/provider-events.js';

/**
 * Payout provider events stored but not applied (a crash, a deadlock, an account or payout whose id
 * was not stored yet, a bug fixed since) are applied again, up to 20 attempts each.
 */
export const sweepPayoutProviderEvents: ScheduledJob = {
  name: 'payouts.sweep-provider-events',
  every: '2 minutes',
  async run(em) {
    await sweepUnappliedPayoutEvents(em, PAYOUTS_CAUSE);
  },
};

export const providerEventJobs = [sweepPayoutProviderEvents];
