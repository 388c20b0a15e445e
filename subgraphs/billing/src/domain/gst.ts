/**
 * GST on a supply of services, pure. Place of supply is the buyer's GST state code: the same state as
 * the supplier → CGST + SGST, each half computed and rounded per line so the two are always exactly
 * equal; another state → IGST; a buyer abroad → an export, zero-rated under LUT. Rounding is per line
 * to the paisa, half up, and totals are sums of lines, so they always add up.
 */
export const SUPPLY_TYPES = ['INTRA_STATE', 'INTER_STATE', 'EXPORT'] as const;
export type SupplyType = (typeof SUPPLY_TYPES)[number];

export const DEFAULT_SAC = '999293'; // commercial training and coaching
export const CONSULTING_SAC = '998311'; // management consulting
export const DEFAULT_GST_RATE_BPS = 1_800;

export interface TaxParty {
  country: string;
  /** Two-digit GST state code; required for an Indian buyer. */
  stateCode: string | null;
}

export interface TaxableLine {
  taxableMinor: number;
  rateBps: number;
}

export interface TaxedLine extends TaxableLine {
  cgstMinor: number;
  sgstMinor: number;
  igstMinor: number;
  totalMinor: number;
}

export interface TaxTotals {
  taxableMinor: number;
  cgstMinor: number;
  sgstMinor: number;
  igstMinor: number;
  taxMinor: number;
  totalMinor: number;
}

/** Why no place of supply can be decided, or the supply type. */
export function supplyTypeOf(supplier: TaxParty, buyer: TaxParty): SupplyType | 'GST_STATE_REQUIRED' {
  if (buyer.country !== 'IN') return 'EXPORT';
  if (!buyer.stateCode) return 'GST_STATE_REQUIRED';
  return buyer.stateCode === supplier.stateCode ? 'INTRA_STATE' : 'INTER_STATE';
}

/** amount × bps / 10,000, rounded half up, in integers only. */
export function bpsOf(amountMinor: number, bps: number): number {
  const n = amountMinor * bps;
  const q = Math.floor(n / 10_000);
  return (n - q * 10_000) * 2 >= 10_000 ? q + 1 : q;
}

export function taxLine(line: TaxableLine, supply: SupplyType): TaxedLine {
  if (supply === 'EXPORT') return { ...line, rateBps: 0, cgstMinor: 0, sgstMinor: 0, igstMinor: 0, totalMinor: line.taxableMinor };
  if (supply === 'INTER_STATE') {
    const igstMinor = bpsOf(line.taxableMinor, line.rateBps);
    return { ...line, cgstMinor: 0, sgstMinor: 0, igstMinor, totalMinor: line.taxableMinor + igstMinor };
  }
  const half = bpsOf(line.taxableMinor, line.rateBps / 2);
  return { ...line, cgstMinor: half, sgstMinor: half, igstMinor: 0, totalMinor: line.taxableMinor + 2 * half };
}

export function totalsOf(lines: readonly TaxedLine[]): TaxTotals {
  const sum = (pick: (l: TaxedLine) => number) => lines.reduce((acc, l) => acc + pick(l), 0);
  const cgstMinor = sum((l) => l.cgstMinor);
  const sgstMinor = sum((l) => l.sgstMinor);
  const igstMinor = sum((l) => l.igstMinor);
  const taxableMinor = sum((l) => l.taxableMinor);
  return { taxableMinor, cgstMinor, sgstMinor, igstMinor, taxMinor: cgstMinor + sgstMinor + igstMinor, totalMinor: taxableMinor + cgstMinor + sgstMinor + igstMinor };
}

/** Under reverse charge the buyer pays the tax to the government: it is shown, not charged. */
export const amountDue = (totals: TaxTotals, reverseCharge: boolean) => (reverseCharge ? totals.taxableMinor : totals.totalMinor);
