import { applyBps, formatAmount, formatMoney, isCurrency, isPositiveMinor } from './money.js';

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
  it('writes amounts exactly, with Indian grouping for rupees', () => {
    expect(formatAmount(0, 'INR')).toBe('0.00');
    expect(formatAmount(5, 'INR')).toBe('0.05');
    expect(formatAmount(100_000, 'INR')).toBe('1,000.00');
    expect(formatAmount(123_456_789_01, 'INR')).toBe('12,34,56,789.01');
    expect(formatAmount(123_456_789_01, 'USD')).toBe('123,456,789.01');
    expect(formatAmount(-59_000, 'INR')).toBe('-590.00');
    expect(formatMoney(1_999, 'INR')).toBe('INR 19.99');
    expect(formatAmount(Number.MAX_SAFE_INTEGER, 'INR')).toBe('9,00,71,99,25,47,409.91');
    expect(() => formatAmount(0.1 + 0.2, 'INR')).toThrow();
  });
});
