import { userError, type UserErrorValue } from '../errors/user-error.js';

/**
 * The one email rule, shared by sign-up, invitations, billing contacts and SCIM: a local part, one `@`,
 * a domain with at least one dot, no spaces or characters that split address lists; at most 254 characters.
 */
const EMAIL = /^[^\s@,;<>"]+@[^\s@,;<>".]+(\.[^\s@,;<>".]+)+$/;

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

export const isEmailAddress = (value: string): boolean => value.length <= 254 && EMAIL.test(value);

/** Validates the normalised form; the error names `field`. */
export function validateEmail(email: string | null | undefined, field: string[]): UserErrorValue[] {
  return isEmailAddress(normaliseEmail(email ?? '')) ? [] : [userError('BAD_USER_INPUT', field, 'Enter a valid email address.')];
}
