import { z } from 'zod';
import { exportFields, payoutOpsFields } from '@guildhall/kernel';
import { commonFields, dnsServersField, flag, invoicingFields, mailFields, paymentFields, payoutFields, url } from '@guildhall/kernel';
import { webhookFields } from '@guildhall/kernel';

export const workerConfigSchema = z.object({
  ...commonFields,
  ...mailFields,
  WEB_URL: z.url().default('http://localhost:3000'),
  FEATURE_HOST_ORGS: flag(false),
  FEATURE_PAYOUTS: flag(true),
  DATA_ENCRYPTION_KEY: z.string().refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes, base64-encoded'),
  /** DNS servers for the domain re-verification job (see the subgraphs' DNS_SERVERS). */
  DNS_SERVERS: dnsServersField,
  ...paymentFields,
  ...payoutFields,
  ...invoicingFields,
  /** Where payout alerts go (MSME deadlines); defaults to MAIL_FROM. */
  ...payoutOpsFields,
  /** Outbound webhooks: the delivery job's timeout and retry schedule, the development allow-list. */
  ...webhookFields,
  ...exportFields,
  REDIS_URL: url().optional(),
  MONGODB_URL: url().optional(),
  /** How often Agenda looks for due jobs when no notification woke it, in ms. */
  JOB_POLL_MS: z.coerce.number().int().min(50).default(1000),
  /** First retry delay of a failed consumer, in ms; later retries back off exponentially. */
  CONSUMER_RETRY_DELAY_MS: z.coerce.number().int().min(10).default(2000),
  /** A job whose worker died is picked up again after this long, in ms. */
  JOB_LOCK_LIFETIME_MS: z.coerce.number().int().min(500).default(60_000),
  CONSUMER_MAX_RETRIES: z.coerce.number().int().min(0).default(8),
});
export type WorkerConfig = z.infer<typeof workerConfigSchema>;
