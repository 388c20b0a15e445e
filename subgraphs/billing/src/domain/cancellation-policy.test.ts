import { DEFAULT_CANCELLATION_POLICY as policy, refundBpsFor } from './cancellation-policy.js';

const start = new Date('2026-12-10T10:00:00Z');
const hoursBefore = (h: number) => new Date(start.getTime() - h * 3_600_000);

describe('cancellation refund tiers', () => {
  it('refunds in full 24 h or more before the start', () => {
    expect(refundBpsFor(policy, 'BUYER', start, hoursBefore(24))).toBe(10_000);
    expect(refundBpsFor(policy, 'BUYER', start, hoursBefore(72))).toBe(10_000);
  });
  it('refunds half between 2 and 24 hours', () => {
    expect(refundBpsFor(policy, 'BUYER', start, hoursBefore(23.99))).toBe(5_000);
    expect(refundBpsFor(policy, 'BUYER', start, hoursBefore(2))).toBe(5_000);
  });
  it('refunds nothing under 2 hours or after the start', () => {
    expect(refundBpsFor(policy, 'BUYER', start, hoursBefore(1.99))).toBe(0);
    expect(refundBpsFor(policy, 'BUYER', start, hoursBefore(-1))).toBe(0);
  });
  it('refunds in full when the expert cancels, whenever', () => {
    expect(refundBpsFor(policy, 'EXPERT', start, hoursBefore(-1))).toBe(10_000);
  });
});

describe('an org\'s own policy', () => {
  it('accepts the default and refuses malformed tiers', async () => {
    const { policyProblems } = await import('./cancellation-policy.js');
    expect(policyProblems(policy.tiers, 10_000)).toEqual([]);
    expect(policyProblems([{ minHoursBefore: 48, refundBps: 10_000 }, { minHoursBefore: 0, refundBps: 2_500 }], 10_000)).toEqual([]);
    expect(policyProblems([], 10_000)).toHaveLength(1);
    expect(policyProblems([{ minHoursBefore: 2, refundBps: 5_000 }], 10_000)).toEqual(['The last tier starts at 0 hours.']);
    expect(policyProblems([{ minHoursBefore: 2, refundBps: 5_000 }, { minHoursBefore: 24, refundBps: 10_000 }, { minHoursBefore: 0, refundBps: 0 }], 10_000).length).toBeGreaterThanOrEqual(2);
    expect(policyProblems([{ minHoursBefore: 0, refundBps: 10_001 }], -1)).toHaveLength(2);
  });
});
