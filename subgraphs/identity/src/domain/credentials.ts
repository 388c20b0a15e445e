import { userError, type UserErrorValue } from '@guildhall/kernel';

/** Sign-up rules, pure. Email is normalised to lowercase; passwords are length-checked, not composed. */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 256; // bounds the cost of hashing an attacker's input
// the email rule itself lives in the kernel, shared with invitations, billing contacts and SCIM
export { normaliseEmail, validateEmail } from '@guildhall/kernel';

export function validatePassword(password: string, field: string[]): UserErrorValue[] {
  if (password.length < PASSWORD_MIN) return [userError('BAD_USER_INPUT', field, `Use at least ${PASSWORD_MIN} characters.`)];
  if (password.length > PASSWORD_MAX) return [userError('BAD_USER_INPUT', field, `Use at most ${PASSWORD_MAX} characters.`)];
  return [];
}

export function validateName(name: string, field: string[]): UserErrorValue[] {
  const value = name.trim();
  return value.length >= 1 && value.length <= 120 ? [] : [userError('BAD_USER_INPUT', field, 'Enter a name of 1 to 120 characters.')];
}
