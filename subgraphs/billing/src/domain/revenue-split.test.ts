import { INDEPENDENT_EXPERT_SPLIT, PLATFORM_DEFAULT_SPLIT, splitAmount, splitErrors } from './revenue-split.js';

describe('revenue split', () => {
  it('floors the platform and expert shares and gives the host the remainder', () => {
    expect(splitAmount(100_001, PLATFORM_DEFAULT_SPLIT)).toEqual({ platformMinor: 10_000, hostMinor: 10_001, expertMinor: 80_000 });
    expect(splitAmount(999, { platformBps: 3_333, hostBps: 3_334, expertBps: 3_333 })).toEqual({ platformMinor: 332, hostMinor: 335, expertMinor: 332 });
  });

  it('always sums to the price, surcharge going to the platform', () => {
    for (const price of [1, 7, 99, 12_345, 9_999_999]) {
      const s = splitAmount(price, { platformBps: 1_234, hostBps: 4_321, expertBps: 4_445 }, 17);
      expect(s.platformMinor + s.hostMinor + s.expertMinor).toBe(price + 17);
      expect(Math.min(s.platformMinor, s.hostMinor, s.expertMinor)).toBeGreaterThanOrEqual(0);
    }
  });

  it('gives a sale without a host org nothing for a host', () => {
    expect(splitAmount(10_000, INDEPENDENT_EXPERT_SPLIT)).toEqual({ platformMinor: 2_000, hostMinor: 0, expertMinor: 8_000 });
  });

  it('refuses shares that do not sum to 10,000 or are not whole basis points', () => {
    expect(splitErrors({ platformBps: 1_000, hostBps: 1_000, expertBps: 7_999 }, ['input', 'split'])).toHaveLength(1);
    expect(splitErrors({ platformBps: 1_000.5, hostBps: 999.5, expertBps: 8_000 }, ['input', 'split'])).toHaveLength(1);
    expect(splitErrors({ platformBps: -1, hostBps: 2_001, expertBps: 8_000 }, ['input', 'split'])).toHaveLength(1);
    expect(splitErrors(PLATFORM_DEFAULT_SPLIT, ['input', 'split'])).toEqual([]);
  });
});
