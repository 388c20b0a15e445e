import { userError, type UserErrorValue } from '@guildhall/kernel';

/**
 * MSME Udyam registration numbers, pure: UDYAM-MH-26-0012345 — two state letters, a 2-digit
 * district, a 7-digit serial. The state letters are checked for shape only: Udyam uses its own
 * abbreviations (KR for Karnataka, not GST or vehicle codes), with no published table to check
 * against. Validators check normaliseUdyam(value): callers store that.
 */
const UDYAM = /^UDYAM-[A-Z]{2}-[0-9]{2}-[0-9]{7}$/;

/** Trimmed and uppercased; anything that is not a string becomes ''. */
export const normaliseUdyam = (s: string | null | undefined): string => (typeof s === 'string' ? s.trim().toUpperCase() : '');

export function validateUdyam(value: string | null | undefined, field: string[]): UserErrorValue[] {
  const udyam = normaliseUdyam(value);
  if (!udyam) return [userError('BAD_USER_INPUT', field, 'Enter the Udyam registration number.')];
  return UDYAM.test(udyam)
    ? []
    : [userError('BAD_USER_INPUT', field, 'A Udyam registration number looks like UDYAM-MH-26-0012345: UDYAM, two state letters, two digits and seven digits, joined by hyphens.')];
}
