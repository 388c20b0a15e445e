import { DEFAULT_TAX_PROFILE, TDS_RATES, tdsRateOn, withholding, type TdsRate } from './tds.js';

describe('TDS rates', () => {
  it('picks the rate in force on a date: effective dates are inclusive, later rows win', () => {
    expect(tdsRateOn('194O', '2024-09-30').rateBps).toBe(100);
    expect(tdsRateOn('194O', '2024-10-01').rateBps).toBe(10);
    expect(tdsRateOn('194O', '2026-12-01').rateBps).toBe(10);
    expect(tdsRateOn('194J', '2026-12-01')).toMatchObject({ rateBps: 1_000, withoutPanBps: 2_000 });
    expect(tdsRateOn('195', '2026-12-01')).toMatchObject({ rateBps: 2_000, withoutPanBps: 2_000 });
  });

  it('does not depend on the order of the rate table', () => {
    const shuffled = [...TDS_RATES].reverse();
    for (const date of ['2020-10-01', '2023-01-01', '2024-10-01', '2030-01-01']) expect(tdsRateOn('194O', date, shuffled)).toEqual(tdsRateOn('194O', date));
  });

  it('refuses a date before any rate of the section', () => {
    expect(() => tdsRateOn('194O', '2020-09-30')).toThrow(/no TDS rate for section 194O on 2020-09-30/);
    expect(() => tdsRateOn('194J', '2019-12-31')).toThrow();
  });

  it('adds a change of law as a row: the old rate still answers for old dates', () => {
    const amended: TdsRate[] = [...TDS_RATES, { section: '194J', effectiveFrom: '2027-04-01', rateBps: 500, withoutPanBps: 2_000 }];
    expect(tdsRateOn('194J', '2027-03-31', amended).rateBps).toBe(1_000);
    expect(tdsRateOn('194J', '2027-04-01', amended).rateBps).toBe(500);
  });
});

describe('withholding', () => {
  const on = '2026-12-01';

  it('withholds the default profile (194O without a PAN) at 5%', () => {
    expect(DEFAULT_TAX_PROFILE).toEqual({ section: '194O', panOnFile: false, treatyRateBps: null });
    expect(withholding(100_000, DEFAULT_TAX_PROFILE, on)).toEqual({ section: '194O', rateBps: 500, tdsMinor: 5_000, netMinor: 95_000 });
  });

  it('withholds 194O with a PAN at the rate in force on the payout date', () => {
    expect(withholding(100_000, { section: '194O', panOnFile: true, treatyRateBps: null }, on)).toMatchObject({ rateBps: 10, tdsMinor: 100, netMinor: 99_900 });
    expect(withholding(100_000, { section: '194O', panOnFile: true, treatyRateBps: null }, '2024-09-30')).toMatchObject({ rateBps: 100, tdsMinor: 1_000 });
  });

  it('withholds 194J at 10% with a PAN and 20% without', () => {
    expect(withholding(250_000, { section: '194J', panOnFile: true, treatyRateBps: null }, on)).toMatchObject({ rateBps: 1_000, tdsMinor: 25_000, netMinor: 225_000 });
    expect(withholding(250_000, { section: '194J', panOnFile: false, treatyRateBps: null }, on)).toMatchObject({ rateBps: 2_000, tdsMinor: 50_000 });
  });

  it('applies a DTAA rate under 195 only when it is lower, and only with a PAN on file', () => {
    expect(withholding(100_000, { section: '195', panOnFile: true, treatyRateBps: 1_000 }, on)).toMatchObject({ section: '195', rateBps: 1_000, tdsMinor: 10_000 });
    // a treaty rate above the statutory one never raises the withholding
    expect(withholding(100_000, { section: '195', panOnFile: true, treatyRateBps: 3_000 }, on)).toMatchObject({ rateBps: 2_000 });
    // without a PAN the no-PAN rate applies whatever the treaty says
    expect(withholding(100_000, { section: '195', panOnFile: false, treatyRateBps: 1_000 }, on)).toMatchObject({ rateBps: 2_000 });
    expect(withholding(100_000, { section: '195', panOnFile: true, treatyRateBps: null }, on)).toMatchObject({ rateBps: 2_000 });
    expect(withholding(100_000, { section: '195', panOnFile: true, treatyRateBps: 0 }, on)).toMatchObject({ rateBps: 0, tdsMinor: 0, netMinor: 100_000 });
  });

  it('ignores a treaty rate outside 195', () => {
    expect(withholding(100_000, { section: '194J', panOnFile: true, treatyRateBps: 500 }, on)).toMatchObject({ rateBps: 1_000 });
  });

  it('floors TDS to the paisa, and gross is always TDS plus net', () => {
    expect(withholding(999, { section: '194O', panOnFile: true, treatyRateBps: null }, on)).toMatchObject({ tdsMinor: 0, netMinor: 999 }); // 0.999 paise
    expect(withholding(1_999, { section: '194O', panOnFile: false, treatyRateBps: null }, on)).toMatchObject({ tdsMinor: 99, netMinor: 1_900 }); // 99.95
    const profiles = [DEFAULT_TAX_PROFILE, { section: '194J' as const, panOnFile: true, treatyRateBps: null }, { section: '195' as const, panOnFile: true, treatyRateBps: 1_250 }];
    for (const profile of profiles) {
      for (let gross = 1; gross < 50_000; gross += 997) {
        const w = withholding(gross, profile, on);
        expect(w.tdsMinor + w.netMinor).toBe(gross);
        expect(w.tdsMinor).toBe(Math.floor((gross * w.rateBps) / 10_000));
      }
    }
  });
});
