import { classifyAttempt, DEFAULT_RETRY_DELAYS_MS, maxAttempts, nextAttemptAt, parseRetryAfter } from './webhook-retry.js';

const now = new Date('2026-12-01T10:00:00Z');
const mid = () => 0.5; // no jitter
const after = (at: Date | null) => (at ? at.getTime() - now.getTime() : null);

describe('webhook retries', () => {
  it('waits 1m, 5m, 30m, 2h and 8h, then gives up (6 attempts in all)', () => {
    expect([1, 2, 3, 4, 5, 6].map((attempts) => after(nextAttemptAt({ attempts, now, random: mid })))).toEqual([60_000, 300_000, 1_800_000, 7_200_000, 28_800_000, null]);
    expect(maxAttempts()).toBe(6);
    expect(DEFAULT_RETRY_DELAYS_MS).toHaveLength(5);
  });

  it('jitters each wait by at most 15%', () => {
    expect(after(nextAttemptAt({ attempts: 1, now, random: () => 0 }))).toBe(51_000);
    expect(after(nextAttemptAt({ attempts: 1, now, random: () => 0.999999 }))).toBe(69_000);
  });

  it('honours Retry-After as a floor under the schedule, capped at a day', () => {
    expect(after(nextAttemptAt({ attempts: 1, now, random: mid, retryAfterMs: 600_000 }))).toBe(600_000);
    expect(after(nextAttemptAt({ attempts: 3, now, random: mid, retryAfterMs: 5_000 }))).toBe(1_800_000);
    expect(after(nextAttemptAt({ attempts: 1, now, random: mid, retryAfterMs: 10 * 86_400_000 }))).toBe(86_400_000);
    expect(nextAttemptAt({ attempts: 6, now, random: mid, retryAfterMs: 1000 })).toBeNull();
  });

  it('follows a configured schedule', () => {
    expect(after(nextAttemptAt({ attempts: 2, now, random: mid, delaysMs: [100, 200] }))).toBe(200);
    expect(nextAttemptAt({ attempts: 3, now, random: mid, delaysMs: [100, 200] })).toBeNull();
  });

  it('reads Retry-After in seconds or as an HTTP date', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Tue, 01 Dec 2026 10:05:00 GMT', now)).toBe(300_000);
    expect(parseRetryAfter('Tue, 01 Dec 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter('-5', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });

  it('stops at once on a permanent 4xx, retries 408, 429, 3xx, 5xx and network failures', () => {
    expect([200, 201, 204, 299].map((s) => classifyAttempt({ httpStatus: s }))).toEqual(['SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED']);
    expect([400, 401, 403, 404, 410, 413, 422].map((s) => classifyAttempt({ httpStatus: s }))).toEqual(Array(7).fill('PERMANENT'));
    expect([408, 429, 301, 302, 500, 502, 503, 504].map((s) => classifyAttempt({ httpStatus: s }))).toEqual(Array(8).fill('RETRYABLE'));
    expect(classifyAttempt({ httpStatus: null })).toBe('RETRYABLE');
    expect(classifyAttempt({ httpStatus: null, blocked: true })).toBe('PERMANENT');
  });
});
