import { dueForSlaWarning, erasureDueAt, validateRejectionReason } from './erasure-request.js';

describe('erasure requests', () => {
  const requestedAt = new Date('2026-12-01T10:00:00Z');
  const dueAt = erasureDueAt(requestedAt);

  it('are due 30 days after they are filed', () => {
    expect(dueAt.toISOString()).toBe('2026-12-31T10:00:00.000Z');
  });

  it('warn once, with 7 days or less left, while open', () => {
    const open = { status: 'PENDING' as const, dueAt, slaWarnedAt: null };
    expect(dueForSlaWarning(open, new Date('2026-12-24T09:59:59Z'))).toBe(false);
    expect(dueForSlaWarning(open, new Date('2026-12-24T10:00:00Z'))).toBe(true);
    expect(dueForSlaWarning({ ...open, status: 'IN_PROGRESS' }, new Date('2027-01-05T00:00:00Z'))).toBe(true);
    expect(dueForSlaWarning({ ...open, slaWarnedAt: new Date() }, new Date('2026-12-30T00:00:00Z'))).toBe(false);
    expect(dueForSlaWarning({ ...open, status: 'COMPLETED' }, new Date('2026-12-30T00:00:00Z'))).toBe(false);
    expect(dueForSlaWarning({ ...open, status: 'REJECTED' }, new Date('2026-12-30T00:00:00Z'))).toBe(false);
  });

  it('are rejected only with a reason', () => {
    expect(validateRejectionReason('  ', ['input', 'reason'])).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'reason'] })]);
    expect(validateRejectionReason(null, ['input', 'reason'])).toHaveLength(1);
    expect(validateRejectionReason('x'.repeat(1001), ['input', 'reason'])).toHaveLength(1);
    expect(validateRejectionReason('An open dispute needs the records (DPDP §8(7)).', ['input', 'reason'])).toEqual([]);
  });
});
