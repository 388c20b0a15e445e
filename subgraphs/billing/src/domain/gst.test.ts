import { amountDue, bpsOf, supplyTypeOf, taxLine, totalsOf } from './gst.js';

const supplier = { country: 'IN', stateCode: '29' }; // Karnataka

describe('GST', () => {
  it('decides the supply from the place of supply', () => {
    expect(supplyTypeOf(supplier, { country: 'IN', stateCode: '29' })).toBe('INTRA_STATE');
    expect(supplyTypeOf(supplier, { country: 'IN', stateCode: '27' })).toBe('INTER_STATE');
    expect(supplyTypeOf(supplier, { country: 'SG', stateCode: null })).toBe('EXPORT');
    expect(supplyTypeOf(supplier, { country: 'IN', stateCode: null })).toBe('GST_STATE_REQUIRED');
  });

  it('splits intra-state tax into exactly equal CGST and SGST halves', () => {
    expect(taxLine({ taxableMinor: 100_000, rateBps: 1_800 }, 'INTRA_STATE')).toEqual({ taxableMinor: 100_000, rateBps: 1_800, cgstMinor: 9_000, sgstMinor: 9_000, igstMinor: 0, totalMinor: 118_000 });
    // an odd paisa amount: 9% of 333 is 29.97 → 30 each, never 30 and 29
    expect(taxLine({ taxableMinor: 333, rateBps: 1_800 }, 'INTRA_STATE')).toMatchObject({ cgstMinor: 30, sgstMinor: 30, totalMinor: 393 });
    for (let taxable = 1; taxable < 2_000; taxable += 7) {
      const line = taxLine({ taxableMinor: taxable, rateBps: 1_800 }, 'INTRA_STATE');
      expect(line.cgstMinor).toBe(line.sgstMinor);
      expect(line.totalMinor).toBe(taxable + line.cgstMinor + line.sgstMinor);
    }
  });

  it('charges IGST inter-state and nothing on exports', () => {
    expect(taxLine({ taxableMinor: 12_345, rateBps: 1_800 }, 'INTER_STATE')).toMatchObject({ igstMinor: 2_222, cgstMinor: 0, totalMinor: 14_567 });
    expect(taxLine({ taxableMinor: 12_345, rateBps: 1_800 }, 'EXPORT')).toMatchObject({ rateBps: 0, igstMinor: 0, totalMinor: 12_345 });
  });

  it('rounds half up per line, and totals are the sums of the lines', () => {
    expect(bpsOf(25, 1_800)).toBe(5); // 4.5 → 5
    expect(bpsOf(24, 1_800)).toBe(4); // 4.32 → 4
    const lines = [101, 202, 303].map((t) => taxLine({ taxableMinor: t, rateBps: 1_800 }, 'INTRA_STATE'));
    const totals = totalsOf(lines);
    expect(totals).toEqual({ taxableMinor: 606, cgstMinor: 9 + 18 + 27, sgstMinor: 9 + 18 + 27, igstMinor: 0, taxMinor: 108, totalMinor: 714 });
    expect(totals.cgstMinor).toBe(totals.sgstMinor);
    expect(amountDue(totals, true)).toBe(606);
  });
});
