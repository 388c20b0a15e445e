import { userError, type UserErrorValue } from '@guildhall/kernel';

/**
 * Indian Permanent Account Numbers, pure. Shape: five letters, four digits, a letter; the fourth
 * letter says what kind of holder it is. Validators check normalisePan(value): callers store that.
 */
const PAN = /^[A-Z]{5}[0-9]{4}[A-Z]$/;

export const PAN_HOLDER_TYPES = {
  P: 'Individual',
  C: 'Company',
  H: 'Hindu Undivided Family',
  F: 'Firm or LLP',
  A: 'Association of Persons',
  T: 'Trust',
  B: 'Body of Individuals',
  L: 'Local Authority',
  J: 'Artificial Juridical Person',
  G: 'Government',
} as const;
export type PanHolderType = keyof typeof PAN_HOLDER_TYPES;

export const isPanHolderType = (c: unknown): c is PanHolderType => typeof c === 'string' && Object.hasOwn(PAN_HOLDER_TYPES, c);

/** Trimmed and uppercased; anything that is not a string becomes ''. */
export const normalisePan = (s: string | null | undefined): string => (typeof s === 'string' ? s.trim().toUpperCase() : '');

/** Why a normalised PAN is not valid, or null when it is. Shared with the GSTIN check of its chars 3–12. */
export function panProblem(pan: string): string | null {
  if (!PAN.test(pan)) return 'A PAN is 10 characters: five letters, four digits and a letter, like ABCPE1234F.';
  return isPanHolderType(pan[3])
    ? null
    : `The 4th character of a PAN is the holder type (one of ${Object.keys(PAN_HOLDER_TYPES).join(' ')}); "${pan[3]}" is not one.`;
}

export function validatePan(value: string | null | undefined, field: string[]): UserErrorValue[] {
  const pan = normalisePan(value);
  if (!pan) return [userError('BAD_USER_INPUT', field, 'Enter the PAN.')];
  const problem = panProblem(pan);
  return problem ? [userError('BAD_USER_INPUT', field, problem)] : [];
}

/** The holder type of a valid PAN ('C' for a company), else null. */
export function panHolderTypeOf(value: string | null | undefined): PanHolderType | null {
  const pan = normalisePan(value);
  return panProblem(pan) === null ? (pan[3] as PanHolderType) : null;
}

/**
 * For display: ASCII 'X' for the first six characters and the last four shown, so ABCPE1234F →
 * XXXXXX234F. Anything that is not a valid PAN is masked whole (XXXXXXXXXX), so nothing leaks.
 */
export function maskPan(value: string | null | undefined): string {
  const pan = normalisePan(value);
  return panProblem(pan) === null ? `XXXXXX${pan.slice(6)}` : 'XXXXXXXXXX';
}
