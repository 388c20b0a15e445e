import { applyBps } from '@guildhall/kernel';

/**
 * Indian TDS withheld from payouts. The marketplace deducts as an e-commerce operator under 194O by
 * default; a payee may be set to 194J (professional fees) or, abroad, 195 at the treaty (DTAA) rate.
 * Without a PAN the rate is 5% under 194O and 20% otherwise. Rates are effective-dated: a change of
 * law adds a row, it never edits one. TDS is floored to the paisa.
 */
export const TDS_SECTIONS = ['194O', '194J', '195'] as const;
export type TdsSection = (typeof TDS_SECTIONS)[number];

export interface TdsRate {
  section: TdsSection;
  /** YYYY-MM-DD, inclusive. */
  effectiveFrom: string;
  rateBps: number;
  withoutPanBps: number;
}

export const TDS_RATES: readonly TdsRate[] = [
  { section: '194O', effectiveFrom: '2020-10-01', rateBps: 100, withoutPanBps: 500 },
  { section: '194O', effectiveFrom: '2024-10-01', rateBps: 10, withoutPanBps: 500 },
  { section: '194J', effectiveFrom: '2020-04-01', rateBps: 1_000, withoutPanBps: 2_000 },
  { section: '195', effectiveFrom: '2020-04-01', rateBps: 2_000, withoutPanBps: 2_000 },
];

export interface TaxProfile {
  section: TdsSection;
  panOnFile: boolean;
  /** Cross-border payees (195): the DTAA rate, when a tax residency certificate is on file. */
  treatyRateBps: number | null;
}

export interface Withholding {
  section: TdsSection;
  rateBps: number;
  tdsMinor: number;
  netMinor: number;
}

/** The rate in force on a date for a section. */
export function tdsRateOn(section: TdsSection, date: string, rates: readonly TdsRate[] = TDS_RATES): TdsRate {
  const inForce = rates.filter((r) => r.section === section && r.effectiveFrom <= date).sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  if (!inForce[0]) throw new Error(`no TDS rate for section ${section} on ${date}`);
  return inForce[0];
}

export function withholding(grossMinor: number, profile: TaxProfile, date: string): Withholding {
  const rate = tdsRateOn(profile.section, date);
  const rateBps = !profile.panOnFile ? rate.withoutPanBps : profile.section === '195' && profile.treatyRateBps !== null ? Math.min(profile.treatyRateBps, rate.rateBps) : rate.rateBps;
  const tdsMinor = applyBps(grossMinor, rateBps);
  return { section: profile.section, rateBps, tdsMinor, netMinor: grossMinor - tdsMinor };
}

export const DEFAULT_TAX_PROFILE: TaxProfile = { section: '194O', panOnFile: false, treatyRateBps: null };
