import { createHash } from 'node:crypto';

/** Sign-in throttling policy: fixed windows of failures per email and per client IP. */
export interface ThrottlePolicy {
  windowSeconds: number;
  maxFailuresPerEmail: number;
  maxFailuresPerIp: number;
}

export const DEFAULT_THROTTLE: ThrottlePolicy = { windowSeconds: 15 * 60, maxFailuresPerEmail: 5, maxFailuresPerIp: 50 };

/** Keyed by the address's SHA-256: the table never holds an email (a failed attempt is no reason to keep one). */
export const emailBucket = (email: string) => `email:${createHash('sha256').update(email).digest('hex')}`;
export const ipBucket = (ip: string) => `ip:${ip}`;

/** Seconds until the window that blocks ends, or 0 when the bucket may try again. */
export function retryAfterSeconds(bucket: { windowStartedAt: Date; failures: number } | undefined, limit: number, policy: ThrottlePolicy, now: Date): number {
  if (!bucket || bucket.failures < limit) return 0;
  const endsAt = bucket.windowStartedAt.getTime() + policy.windowSeconds * 1000;
  return Math.max(0, Math.ceil((endsAt - now.getTime()) / 1000));
}
