import { applyBps, isCurrency, isPositiveMinor } from './money.js';

describe('money', () => {
  it('accepts only positive safe integers as amounts', () => {
    expect(isPositiveMinor(1)).toBe(true);
    expect(isPositiveMinor(0)).toBe(false);
    expect(isPositiveMinor(-5)).toBe(false);
    expect(isPositiveMinor(1.5)).toBe(false);
    expect(isPositiveMinor(2 ** 53)).toBe(false);
    expect(isPositiveMinor('100')).toBe(false);
  });
  it('knows its currencies', () => {
    expect(isCurrency('INR')).toBe(true);
    expect(isCurrency('inr')).toBe(false);
    expect(isCurrency('XYZ')).toBe(false);
  });
  it('floors basis-point parts', () => {
    expect(applyBps(999, 5_000)).toBe(499);
    expect(applyBps(10_000, 10_000)).toBe(10_000);
    expect(applyBps(1, 1)).toBe(0);
  });
});
