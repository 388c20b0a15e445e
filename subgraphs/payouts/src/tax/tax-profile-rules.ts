import { userError, type UserErrorValue } from '@guildhall/kernel';
import { MSME_STATUSES, type MsmeStatus } from '../domain/msme.js';
import { DEFAULT_TAX_PROFILE, TDS_SECTIONS, tdsRateOn, type TaxProfile, type TdsSection } from '../domain/tds.js';
import { isCountryCode } from './countries.js';

/**
 * A payee's tax profile: how TDS is withheld from their payouts (section, PAN, treaty rate), where
 * they are resident for tax, the RBI purpose code of a cross-border remittance, and whether the MSME
 * Act's payment deadlines protect them. Pure rules; the store and the use case are beside this file.
 */
export interface PayeeTaxProfileValues extends TaxProfile {
  /** ISO 3166-1 alpha-2. */
  residencyCountry: string;
  /** RBI purpose code of the remittance (e.g. S0802); set exactly when the payee is not resident in India. */
  purposeCode: string | null;
  msmeStatus: MsmeStatus;
  msmeWrittenAgreement: boolean;
}

export const HOME_COUNTRY = 'IN';

export const DEFAULT_PAYEE_TAX_PROFILE: PayeeTaxProfileValues = {
  ...DEFAULT_TAX_PROFILE,
  residencyCountry: HOME_COUNTRY,
  purposeCode: null,
  msmeStatus: 'NONE',
  msmeWrittenAgreement: false,
};

/** The profile's fields in a fixed order: the names events and audit entries carry (never the values). */
export const TAX_PROFILE_FIELDS = ['tdsSection', 'panOnFile', 'treatyRateBps', 'residencyCountry', 'purposeCode', 'msmeStatus', 'msmeWrittenAgreement'] as const;
export type TaxProfileField = (typeof TAX_PROFILE_FIELDS)[number];

const valueOf = (p: PayeeTaxProfileValues, field: TaxProfileField) => (field === 'tdsSection' ? p.section : p[field]);

/** Which fields differ between two profiles. */
export const changedFields = (before: PayeeTaxProfileValues, after: PayeeTaxProfileValues): TaxProfileField[] =>
  TAX_PROFILE_FIELDS.filter((field) => valueOf(before, field) !== valueOf(after, field));

export interface TaxProfileInput {
  tdsSection: TdsSection;
  panOnFile: boolean;
  treatyRateBps?: number | null | undefined;
  residencyCountry: string;
  purposeCode?: string | null | undefined;
  msmeStatus: MsmeStatus;
  msmeWrittenAgreement: boolean;
}

/** Case and surrounding spaces do not matter for codes; an empty purpose code is none. */
export function normalizeTaxProfile(input: TaxProfileInput): PayeeTaxProfileValues {
  const purposeCode = input.purposeCode?.trim().toUpperCase() || null;
  return {
    section: input.tdsSection,
    panOnFile: input.panOnFile,
    treatyRateBps: input.treatyRateBps ?? null,
    residencyCountry: input.residencyCountry.trim().toUpperCase(),
    purposeCode,
    msmeStatus: input.msmeStatus,
    msmeWrittenAgreement: input.msmeWrittenAgreement,
  };
}

/** RBI purpose codes: a letter (P for receipts, S for payments) and four digits, e.g. S0802. */
const PURPOSE_CODE = /^[PS][0-9]{4}$/;

const at = (...path: string[]) => ['input', ...path];

/**
 * Everything wrong with a normalized profile, all at once. `today` (YYYY-MM-DD) picks the section
 * 195 rate in force, above which a treaty rate would never apply.
 */
export function taxProfileErrors(p: PayeeTaxProfileValues, today: string): UserErrorValue[] {
  const errors: UserErrorValue[] = [];
  const bad = (field: string, message: string) => errors.push(userError('BAD_USER_INPUT', at(field), message));

  if (!(TDS_SECTIONS as readonly string[]).includes(p.section)) bad('tdsSection', `The TDS section must be one of ${TDS_SECTIONS.join(', ')}.`);
  if (!(MSME_STATUSES as readonly string[]).includes(p.msmeStatus)) bad('msmeStatus', `The MSME status must be one of ${MSME_STATUSES.join(', ')}.`);

  const countryKnown = /^[A-Z]{2}$/.test(p.residencyCountry) && isCountryCode(p.residencyCountry);
  if (!countryKnown) bad('residencyCountry', 'The country of tax residence must be an ISO 3166-1 alpha-2 code, like IN or SG.');
  const resident = p.residencyCountry === HOME_COUNTRY;

  if (countryKnown) {
    if (resident && p.section === '195') bad('tdsSection', 'Section 195 is for payees not resident in India; a resident is withheld under 194O or 194J.');
    if (!resident && p.section !== '195') bad('tdsSection', `A payee resident in ${p.residencyCountry} is withheld under section 195, not ${p.section}.`);
    if (resident && p.purposeCode !== null) bad('purposeCode', 'A purpose code is for remittances abroad; leave it empty for a payee resident in India.');
    if (!resident && p.purposeCode === null) bad('purposeCode', 'A payee outside India needs the RBI purpose code of the remittance, like S0802.');
    if (!resident && p.msmeStatus !== 'NONE') bad('msmeStatus', 'MSME (Udyam) registration is for enterprises in India; a payee abroad is NONE.');
  }
  if (p.purposeCode !== null && !PURPOSE_CODE.test(p.purposeCode)) bad('purposeCode', 'An RBI purpose code is a letter P or S and four digits, like S0802.');

  if (p.treatyRateBps !== null) {
    if (p.section !== '195') bad('treatyRateBps', 'A treaty (DTAA) rate applies only under section 195.');
    else {
      const statutory = tdsRateOn('195', today).rateBps;
      if (!Number.isInteger(p.treatyRateBps) || p.treatyRateBps < 0 || p.treatyRateBps > statutory) {
        bad('treatyRateBps', `A treaty rate is a whole number of basis points from 0 to ${statutory} (the section 195 rate in force); above that it would never apply.`);
      }
    }
  }
  if (p.msmeWrittenAgreement && p.msmeStatus !== 'MICRO' && p.msmeStatus !== 'SMALL') {
    bad('msmeWrittenAgreement', 'A written agreement matters only to MICRO and SMALL enterprises (it moves their deadline from 15 to 45 days).');
  }
  return errors;
}
