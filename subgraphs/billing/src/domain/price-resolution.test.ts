import { mostSpecific, PRICE_SOURCES, type PriceSource } from './price-resolution.js';

describe('price resolution', () => {
  it('lets the most specific source win, whatever the order found', () => {
    const all = PRICE_SOURCES.map((source) => ({ source }));
    for (let i = 0; i < all.length; i++) {
      const rotated = [...all.slice(i), ...all.slice(0, i)];
      expect(mostSpecific(rotated)?.source).toBe('CONTRACT_EXPERT_RATE');
    }
    const without = (...drop: PriceSource[]) => mostSpecific(all.filter((c) => !drop.includes(c.source)))?.source;
    expect(without('CONTRACT_EXPERT_RATE')).toBe('MEMBERSHIP_OVERRIDE');
    expect(without('CONTRACT_EXPERT_RATE', 'MEMBERSHIP_OVERRIDE')).toBe('CONTRACT_RATE');
    expect(without('CONTRACT_EXPERT_RATE', 'MEMBERSHIP_OVERRIDE', 'CONTRACT_RATE', 'CONTRACT_RATE_CARD')).toBe('HOST_RATE_CARD');
    expect(mostSpecific([])).toBeNull();
  });
});
