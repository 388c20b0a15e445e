import { userError, type UserErrorValue } from '../errors/user-error.js';

/**
 * GST state and union-territory codes, pure. The code is the first two digits of a GSTIN and the
 * place-of-supply code on an invoice. Only codes in use today are here: 25 (Daman and Diu, merged
 * into 26 on 2020-01-26) and 28 (Andhra Pradesh before the 2014 division, now 37) are legacy and
 * listed apart in LEGACY_GST_STATE_CODES so validators can say why they are refused.
 */
const STATES = [
  ['01', 'Jammu and Kashmir'],
  ['02', 'Himachal Pradesh'],
  ['03', 'Punjab'],
  ['04', 'Chandigarh'],
  ['05', 'Uttarakhand'],
  ['06', 'Haryana'],
  ['07', 'Delhi'],
  ['08', 'Rajasthan'],
  ['09', 'Uttar Pradesh'],
  ['10', 'Bihar'],
  ['11', 'Sikkim'],
  ['12', 'Arunachal Pradesh'],
  ['13', 'Nagaland'],
  ['14', 'Manipur'],
  ['15', 'Mizoram'],
  ['16', 'Tripura'],
  ['17', 'Meghalaya'],
  ['18', 'Assam'],
  ['19', 'West Bengal'],
  ['20', 'Jharkhand'],
  ['21', 'Odisha'],
  ['22', 'Chhattisgarh'],
  ['23', 'Madhya Pradesh'],
  ['24', 'Gujarat'],
  ['26', 'Dadra and Nagar Haveli and Daman and Diu'],
  ['27', 'Maharashtra'],
  ['29', 'Karnataka'],
  ['30', 'Goa'],
  ['31', 'Lakshadweep'],
  ['32', 'Kerala'],
  ['33', 'Tamil Nadu'],
  ['34', 'Puducherry'],
  ['35', 'Andaman and Nicobar Islands'],
  ['36', 'Telangana'],
  ['37', 'Andhra Pradesh'],
  ['38', 'Ladakh'],
  ['97', 'Other Territory'],
  ['99', 'Centre Jurisdiction'],
] as const;

export type GstStateCode = (typeof STATES)[number][0];

/** Code → name, in code order. */
export const GST_STATE_CODES: ReadonlyMap<GstStateCode, string> = new Map<GstStateCode, string>(STATES);

/** Codes no longer issued, with what replaced them; refused by every validator here. */
export const LEGACY_GST_STATE_CODES: ReadonlyMap<string, string> = new Map([
  ['25', 'Daman and Diu, merged into 26 (Dadra and Nagar Haveli and Daman and Diu) in 2020'],
  ['28', 'Andhra Pradesh before the 2014 division, now 37'],
]);

export const isGstStateCode = (code: unknown): code is GstStateCode =>
  typeof code === 'string' && GST_STATE_CODES.has(code as GstStateCode);

export const gstStateName = (code: unknown): string | null => (isGstStateCode(code) ? GST_STATE_CODES.get(code) ?? null : null);

/** Why a two-digit code is not a current GST state code, or null when it is one. */
export function stateCodeProblem(code: string): string | null {
  if (isGstStateCode(code)) return null;
  const legacy = LEGACY_GST_STATE_CODES.get(code);
  return legacy ? `State code ${code} is no longer in use (${legacy}).` : `${code} is not a GST state code.`;
}

/** A state code exactly as stored: two digits, no trimming or padding ("7" is refused; send "07"). */
export function validateStateCode(code: string | null | undefined, field: string[]): UserErrorValue[] {
  if (typeof code !== 'string' || code === '') return [userError('BAD_USER_INPUT', field, 'Choose a state.')];
  if (!/^[0-9]{2}$/.test(code)) return [userError('BAD_USER_INPUT', field, 'Use the two-digit GST state code, like 27 for Maharashtra.')];
  const problem = stateCodeProblem(code);
  return problem ? [userError('BAD_USER_INPUT', field, problem)] : [];
}
