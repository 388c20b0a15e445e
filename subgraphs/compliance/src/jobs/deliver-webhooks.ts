import type { ScheduledJob } from '@guildhall/kernel';
import { deliverDueWebhooks } from '../usecases/deliver-webhooks.js';
import { DELIVERY } from '../usecases/webhook-store.js';

/**
 * Sends due webhook deliveries. The delivery rows are the queue: every second the job claims the
 * due ones (SKIP LOCKED, leased), so retries at their times, deliveries of a resumed endpoint and
 * redeliveries all go out the same way, from any number of workers, without a job per attempt.
 */
export const deliverWebhooks: ScheduledJob = {
  name: 'compliance.deliver-webhooks',
  every: '1 second',
  async run(em, services) {
    await deliverDueWebhooks(em, services);
  },
};

/** How long the delivery log keeps finished deliveries (and their attempts). */
export const DELIVERY_LOG_DAYS = 30;

/** Daily: finished deliveries older than the log's window go, with their attempts. */
export const pruneWebhookDeliveries: ScheduledJob = {
  name: 'compliance.prune-webhook-deliveries',
  every: '1 day',
  async run(em) {
    await em.execute(`delete from ${DELIVERY} where status <> 'PENDING' and created_at < now() - make_interval(days => ?)`, [DELIVERY_LOG_DAYS], 'run');
  },
};

export const webhookJobs: ScheduledJob[] = [deliverWebhooks, pruneWebhookDeliveries];
