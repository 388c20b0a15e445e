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
