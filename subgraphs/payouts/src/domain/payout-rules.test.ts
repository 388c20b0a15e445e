import { isoWeek, OUTCOME_FROM, payoutIdempotencyKey } from './payout-rules.js';

describe('payout rules', () => {
  it('keys weekly batches by ISO week, across year ends', () => {
    expect(isoWeek(new Date('2026-11-30T12:00:00Z'))).toBe('2026-W49');
    expect(isoWeek(new Date('2026-12-06T23:59:00Z'))).toBe('2026-W49');
    expect(isoWeek(new Date('2027-01-01T00:00:00Z'))).toBe('2026-W53');
    expect(isoWeek(new Date('2025-12-29T00:00:00Z'))).toBe('2026-W01');
  });

  it('lets an outcome move a payout only forward', () => {
    expect(OUTCOME_FROM.PROCESSED).not.toContain('FAILED');
    expect(OUTCOME_FROM.REVERSED).toContain('PROCESSED');
    expect(OUTCOME_FROM.FAILED).not.toContain('PROCESSED');
  });

  it('gives one payee one key per batch', () => {
    expect(payoutIdempotencyKey('b1', 'USER', 'u1')).toBe(payoutIdempotencyKey('b1', 'USER', 'u1'));
    expect(payoutIdempotencyKey('b1', 'USER', 'u1')).not.toBe(payoutIdempotencyKey('b2', 'USER', 'u1'));
  });
});
