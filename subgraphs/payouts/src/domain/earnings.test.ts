import { clawbackShares, earningShares, releaseAt, type PaymentSplit } from './earnings.js';

const split: PaymentSplit = { amountMinor: 100_000, hostOrganizationId: 'host', expertUserId: 'expert', hostMinor: 20_000, expertMinor: 70_000 };

describe('earnings', () => {
  it('gives the host org and the expert their snapshotted shares, and nothing to a payee who is not a user', () => {
    expect(earningShares(split)).toEqual([
      { payee: { kind: 'ORGANIZATION', id: 'host' }, amountMinor: 20_000 },
      { payee: { kind: 'USER', id: 'expert' }, amountMinor: 70_000 },
    ]);
    expect(earningShares({ ...split, hostOrganizationId: null, hostMinor: 0, expertUserId: null })).toEqual([]);
  });

  it('holds from the later of capture and service start, by kind', () => {
    const settled = new Date('2026-12-01T10:00:00Z');
    expect(releaseAt(settled, null, 'CONSULTATION').toISOString()).toBe('2026-12-02T10:00:00.000Z');
    expect(releaseAt(settled, new Date('2026-12-05T10:00:00Z'), 'WEBINAR').toISOString()).toBe('2026-12-07T10:00:00.000Z');
    expect(releaseAt(settled, new Date('2026-11-01T10:00:00Z'), 'SUBSCRIPTION').toISOString()).toBe('2026-12-08T10:00:00.000Z');
  });

  it('claws back each share of a refund in proportion, floored, never more than was earned over many parts', () => {
    expect(clawbackShares(split, 0, 50_000)).toEqual([
      { payee: { kind: 'ORGANIZATION', id: 'host' }, amountMinor: 10_000 },
      { payee: { kind: 'USER', id: 'expert' }, amountMinor: 35_000 },
    ]);
    const odd = { ...split, amountMinor: 99_999, hostMinor: 33_333, expertMinor: 33_333 };
    let refunded = 0;
    const taken = { host: 0, expert: 0 };
    for (const part of [1, 7, 33_333, 10_000, 56_658]) {
      for (const s of clawbackShares(odd, refunded, part)) taken[s.payee.kind === 'USER' ? 'expert' : 'host'] += s.amountMinor;
      refunded += part;
    }
    expect(refunded).toBe(99_999);
    expect(taken).toEqual({ host: 33_333, expert: 33_333 });
  });
});
