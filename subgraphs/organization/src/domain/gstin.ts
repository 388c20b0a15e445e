import { userError, type UserErrorValue, isGstStateCode, stateCodeProblem, type GstStateCode } from '@guildhall/kernel';
import { panProblem } from './pan.js';

/**
 * GST identification numbers, pure: state code (2 digits), the holder's PAN (10), entity number
 * (1–9 or A–Z), 'Z', and a base-36 check character. Validators check normaliseGstin(value):
 * callers store that. One error per field: the first rule that fails, most basic first.
 */
const GSTIN = /^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/;
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const GSTIN_LENGTH = 15;

/** Trimmed and uppercased; anything that is not a string becomes ''. */
export const normaliseGstin = (s: string | null | undefined): string => (typeof s === 'string' ? s.trim().toUpperCase() : '');

/**
 * The official check character for the first 14 characters of a GSTIN, or null if they are not 14
 * characters of 0–9/A–Z. Odd positions (0-based) count double; a product's base-36 digits are summed.
 */
export function gstinCheckCharacter(first14: string): string | null {
  if (first14.length !== GSTIN_LENGTH - 1) return null;
  let sum = 0;
  for (let i = 0; i < first14.length; i++) {
    const value = ALPHABET.indexOf(first14.charAt(i));
    if (value < 0) return null;
    const product = value * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / 36) + (product % 36);
  }
  return ALPHABET.charAt((36 - (sum % 36)) % 36);
}

export function validateGstin(value: string | null | undefined, field: string[]): UserErrorValue[] {
  const gstin = normaliseGstin(value);
  const problem = (message: string) => [userError('BAD_USER_INPUT', field, message)];
  if (!gstin) return problem('Enter the GSTIN.');
  if (gstin.length !== GSTIN_LENGTH) return problem(`A GSTIN has ${GSTIN_LENGTH} characters; this one has ${gstin.length}.`);
  if (!GSTIN.test(gstin)) {
    return problem('A GSTIN is a 2-digit state code, the 10-character PAN, an entity number (1–9 or A–Z), the letter Z and a check character, like 27AAPFU0939F1ZV.');
  }
  const state = stateCodeProblem(gstin.slice(0, 2));
  if (state) return problem(`The first two digits of a GSTIN are its state code. ${state}`);
  const pan = panProblem(gstin.slice(2, 12));
  if (pan) return problem(`Characters 3–12 of a GSTIN are the holder's PAN, and it is not valid. ${pan}`);
  if (gstinCheckCharacter(gstin.slice(0, 14)) !== gstin.charAt(14)) {
    return problem('This GSTIN fails its check character (the last one); look for a mistyped character.');
  }
  return [];
}

/** The state code of a GSTIN ('27' for a Maharashtra registration), or null if it is not valid. */
export function gstStateCodeOf(gstin: string | null | undefined): GstStateCode | null {
  const normalised = normaliseGstin(gstin);
  const code = normalised.slice(0, 2);
  return validateGstin(normalised, []).length === 0 && isGstStateCode(code) ? code : null;
}

/** The PAN inside a valid GSTIN, else null. */
export function panOfGstin(gstin: string | null | undefined): string | null {
  const normalised = normaliseGstin(gstin);
  return validateGstin(normalised, []).length === 0 ? normalised.slice(2, 12) : null;
}
