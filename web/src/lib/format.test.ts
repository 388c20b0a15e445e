import { formatMoney, parseMoney } from './format';

describe('money on screen', () => {
  it('reads rupees typed by a person as paise, refusing what is not an amount', () => {
    expect(parseMoney('500')).toBe(50_000);
    expect(parseMoney('1,234.5')).toBe(123_450);
    expect(parseMoney('0.05')).toBe(5);
    for (const bad of ['', 'abc', '-5', '1.234', '1e3', '12.']) expect(parseMoney(bad)).toBeNull();
  });

  it('shows minor units in the currency’s own digits', () => {
    expect(formatMoney(50_000)).toBe('₹500.00');
    expect(formatMoney(1_234, 'USD')).toBe('$12.34');
  });
});
