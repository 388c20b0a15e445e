import { changedFields, DEFAULT_PAYEE_TAX_PROFILE, normalizeTaxProfile, taxProfileErrors, type TaxProfileInput } from './tax-profile-rules.js';

const today = '2026-12-01';
const resident: TaxProfileInput = { tdsSection: '194O', panOnFile: true, residencyCountry: 'IN', msmeStatus: 'MICRO', msmeWrittenAgreement: true };
const abroad: TaxProfileInput = { tdsSection: '195', panOnFile: true, treatyRateBps: 1_500, residencyCountry: 'US', purposeCode: 'S0802', msmeStatus: 'NONE', msmeWrittenAgreement: false };
const fieldsOf = (input: TaxProfileInput) => taxProfileErrors(normalizeTaxProfile(input), today).map((e) => e.field?.join('.'));

describe('tax profile rules', () => {
  it('accepts a resident under 194O or 194J and a non-resident under 195', () => {
    expect(fieldsOf(resident)).toEqual([]);
    expect(fieldsOf({ ...resident, tdsSection: '194J', msmeStatus: 'NONE', msmeWrittenAgreement: false })).toEqual([]);
    expect(fieldsOf(abroad)).toEqual([]);
    expect(fieldsOf({ ...abroad, treatyRateBps: null })).toEqual([]);
    expect(fieldsOf({ ...abroad, treatyRateBps: 0 })).toEqual([]);
    expect(fieldsOf({ ...abroad, treatyRateBps: 2_000 })).toEqual([]); // the statutory rate itself
  });

  it('normalizes codes: case and spaces do not matter, a blank purpose code is none', () => {
    expect(normalizeTaxProfile({ ...abroad, residencyCountry: ' us ', purposeCode: ' s0802 ' })).toMatchObject({ residencyCountry: 'US', purposeCode: 'S0802' });
    expect(normalizeTaxProfile({ ...resident, purposeCode: '   ' }).purposeCode).toBeNull();
    expect(normalizeTaxProfile({ ...resident, treatyRateBps: undefined }).treatyRateBps).toBeNull();
  });

  it('ties the section to residency', () => {
    expect(fieldsOf({ ...resident, tdsSection: '195' })).toEqual(['input.tdsSection']);
    expect(fieldsOf({ ...abroad, tdsSection: '194J', treatyRateBps: null })).toEqual(['input.tdsSection']);
  });

  it('allows a treaty rate only under 195, within the statutory rate', () => {
    expect(fieldsOf({ ...resident, treatyRateBps: 100 })).toEqual(['input.treatyRateBps']);
    expect(fieldsOf({ ...abroad, treatyRateBps: 2_001 })).toEqual(['input.treatyRateBps']);
    expect(fieldsOf({ ...abroad, treatyRateBps: -1 })).toEqual(['input.treatyRateBps']);
    expect(fieldsOf({ ...abroad, treatyRateBps: 10.5 })).toEqual(['input.treatyRateBps']);
  });

  it('requires a well-formed purpose code abroad and none at home', () => {
    expect(fieldsOf({ ...abroad, purposeCode: null })).toEqual(['input.purposeCode']);
    expect(fieldsOf({ ...abroad, purposeCode: 'P0802' })).toEqual([]);
    for (const code of ['0802', 'S802', 'S08021', 'X0802', 'S-802']) expect(fieldsOf({ ...abroad, purposeCode: code })).toEqual(['input.purposeCode']);
    expect(fieldsOf({ ...resident, purposeCode: 'S0802' })).toEqual(['input.purposeCode']);
  });

  it('knows the ISO 3166 countries and nothing else', () => {
    for (const country of ['SG', 'GB', 'AE', 'de']) expect(fieldsOf({ ...abroad, residencyCountry: country })).toEqual([]);
    for (const country of ['ZZ', 'UK', 'EU', 'XK', 'IND', '', 'I']) expect(fieldsOf({ ...abroad, residencyCountry: country })).toEqual(['input.residencyCountry']);
  });

  it('keeps MSME to Indian enterprises, and the written agreement to MICRO and SMALL', () => {
    expect(fieldsOf({ ...abroad, msmeStatus: 'SMALL' })).toEqual(['input.msmeStatus']);
    expect(fieldsOf({ ...resident, msmeStatus: 'MEDIUM' })).toEqual(['input.msmeWrittenAgreement']);
    expect(fieldsOf({ ...resident, msmeStatus: 'NONE' })).toEqual(['input.msmeWrittenAgreement']);
    expect(fieldsOf({ ...resident, msmeStatus: 'SMALL' })).toEqual([]);
  });

  it('names the changed fields in a fixed order', () => {
    const before = normalizeTaxProfile(resident);
    expect(changedFields(before, before)).toEqual([]);
    expect(changedFields(DEFAULT_PAYEE_TAX_PROFILE, before)).toEqual(['panOnFile', 'msmeStatus', 'msmeWrittenAgreement']);
    expect(changedFields(before, normalizeTaxProfile(abroad))).toEqual(['tdsSection', 'treatyRateBps', 'residencyCountry', 'purposeCode', 'msmeStatus', 'msmeWrittenAgreement']);
  });
});
