import { z } from 'zod';

/** `250ms`, `15s`, `5m`, `2h`: a duration as the webhook settings write it. */
const DURATION = /^(\d+)(ms|s|m|h)$/;
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const;

export function parseDurationMs(text: string): number | null {
  const match = DURATION.exec(text.trim());
  return match ? Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS] : null;
}

/**
 * Outbound webhooks (compliance and worker). Endpoints must be public HTTPS hosts; the allow-list
 * is for development receivers on this machine (`127.0.0.1,localhost`), which may then use plain
 * http. Never set it in production.
 */
export const webhookFields = {
  /** Host names or IPs (comma-separated, exact) exempt from the HTTPS and public-address rules. */
  WEBHOOK_ALLOWED_HOSTS: z.string().optional(),
  /** How long one delivery attempt may take, connection to last byte, in ms. */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(15_000),
  /**
   * The waits between attempts, e.g. `1m,5m,30m,2h,8h` (the default when unset): after the last
   * one fails the delivery is dead-lettered (FAILED). Tests shorten it.
   */
  WEBHOOK_RETRY_SCHEDULE: z
    .string()
    .optional()
    .refine((v) => v === undefined || v.split(',').every((part) => parseDurationMs(part) !== null), 'must be durations like 1m,5m,30m,2h,8h'),
};

export interface WebhookSettings {
  /** Lower-case host names and IPs exempt from the address rules (development receivers). */
  allowedHosts: string[];
  timeoutMs: number;
  /** Null: the compliance default schedule. */
  retryDelaysMs: number[] | null;
}

const webhookConfigSchema = z.object(webhookFields);
type WebhookConfig = z.input<typeof webhookConfigSchema>;

/** Settings from parsed config; a partial one (tests, scripts) gets the defaults. */
export function webhookSettings(config: Partial<WebhookConfig>): WebhookSettings {
  const c = webhookConfigSchema.parse({ WEBHOOK_ALLOWED_HOSTS: config.WEBHOOK_ALLOWED_HOSTS, WEBHOOK_TIMEOUT_MS: config.WEBHOOK_TIMEOUT_MS, WEBHOOK_RETRY_SCHEDULE: config.WEBHOOK_RETRY_SCHEDULE });
  return {
    allowedHosts: (c.WEBHOOK_ALLOWED_HOSTS ?? '').split(',').map((h) => h.trim().toLowerCase().replace(/^\[|\]$/g, '')).filter(Boolean),
    timeoutMs: c.WEBHOOK_TIMEOUT_MS,
    retryDelaysMs: c.WEBHOOK_RETRY_SCHEDULE ? c.WEBHOOK_RETRY_SCHEDULE.split(',').map((part) => parseDurationMs(part)!) : null,
  };
}
