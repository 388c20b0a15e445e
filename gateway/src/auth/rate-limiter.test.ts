import { createRateLimiter } from './rate-limiter.js';

describe('the per-key rate limiter', () => {
  it('lets a key make its quota per minute, then says how long to wait, then lets it go again', () => {
    let now = 1_000_000;
    const limiter = createRateLimiter(3, () => now);
    expect([limiter.take('k'), limiter.take('k'), limiter.take('k')]).toEqual([0, 0, 0]);
    now += 15_000;
    expect(limiter.take('k')).toBe(45);
    expect(limiter.take('other')).toBe(0);
    now += 45_000;
    expect(limiter.take('k')).toBe(0);
  });
});
