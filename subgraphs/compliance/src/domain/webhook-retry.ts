/**
 * When a webhook delivery is tried again, and when it gives up. Pure: the clock and the random
 * source are arguments.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The waits after the 1st … 5th failed attempt; the 6th failure dead-letters the delivery. */
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [1 * MINUTE, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 8 * HOUR];
export const RETRY_JITTER = 0.15;
/** A receiver's Retry-After is honoured up to a day; beyond that it is a day. */
export const MAX_RETRY_AFTER_MS = 24 * HOUR;

/**
 * What an HTTP answer means for the delivery: 2xx delivered; 408 and 429 are "later"; any other 4xx
 * is permanent (the receiver refuses this request and would refuse it again); 3xx (redirects are not
 * followed), 5xx, timeouts and network errors are worth another try.
 */
export type AttemptClass = 'SUCCEEDED' | 'RETRYABLE' | 'PERMANENT';

export function classifyAttempt(result: { httpStatus: number | null; blocked?: boolean }): AttemptClass {
  // an address we will not send to (private, loopback...) does not fix itself by waiting
  if (result.blocked) return 'PERMANENT';
  const status = result.httpStatus;
  if (status === null) return 'RETRYABLE';
  if (status >= 200 && status < 300) return 'SUCCEEDED';
  if (status === 408 || status === 429) return 'RETRYABLE';
  if (status >= 400 && status < 500) return 'PERMANENT';
  return 'RETRYABLE';
}

/** `Retry-After` as delta-seconds or an HTTP date, in ms from `now`; null when absent or unreadable. */
export function parseRetryAfter(header: string | null | undefined, now: Date): number | null {
  if (!header) return null;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  if (Number.isNaN(at) || !/[a-z]/i.test(text)) return null;
  return Math.max(0, at - now.getTime());
}

export interface RetryInput {
  /** Attempts made so far, this one included (1 after the first attempt). */
  attempts: number;
  now: Date;
  /** The receiver's Retry-After, in ms; a floor under the schedule's wait, capped at a day. */
  retryAfterMs?: number | null;
  delaysMs?: readonly number[];
  /** [0, 1): the jitter's draw (Math.random by default). */
  random?: () => number;
}

/** When to try a retryable failure again, or null: the schedule is spent, dead-letter it. */
export function nextAttemptAt(input: RetryInput): Date | null {
  const delays = input.delaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  const base = delays[input.attempts - 1];
  if (base === undefined) return null;
  const jitter = 1 + RETRY_JITTER * (2 * (input.random ?? Math.random)() - 1);
  const scheduled = Math.round(base * jitter);
  const floor = input.retryAfterMs == null ? 0 : Math.min(input.retryAfterMs, MAX_RETRY_AFTER_MS);
  return new Date(input.now.getTime() + Math.max(scheduled, floor));
}

/** The total attempts a delivery gets: the first and one per wait. */
export const maxAttempts = (delaysMs: readonly number[] = DEFAULT_RETRY_DELAYS_MS) => delaysMs.length + 1;
