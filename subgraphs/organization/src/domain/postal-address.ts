import { userError, type UserErrorValue, validateStateCode } from '@guildhall/kernel';
import { validateCountry } from './country.js';

/**
 * Postal addresses, pure. Indian addresses (country IN) need a GST state code and a 6-digit PIN
 * whose first digit is 1–9. Elsewhere the postal code is optional (some countries have none) and
 * the state code must be absent: it is a GST place-of-supply code and means nothing abroad.
 * Free text is judged trimmed; codes exactly as given. Every problem is returned, each naming its field.
 */
export interface PostalAddress {
  line1: string;
  line2?: string | null;
  city: string;
  /** GST state code ('27'); required when country is IN, absent otherwise. */
  stateCode?: string | null;
  /** 6-digit PIN when country is IN; optional elsewhere. */
  postalCode?: string | null;
  /** ISO 3166-1 alpha-2 ('IN'). */
  country: string;
}

export const ADDRESS_LINE_MAX = 200;
export const CITY_MAX = 100;
export const POSTAL_CODE_MAX = 16;
const PIN = /^[1-9][0-9]{5}$/;
const FOREIGN_POSTAL_CODE = /^[A-Za-z0-9](?:[A-Za-z0-9 -]*[A-Za-z0-9])?$/;

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

export function validateAddress(address: PostalAddress | null | undefined, fieldPrefix: string[]): UserErrorValue[] {
  if (typeof address !== 'object' || address === null) return [userError('BAD_USER_INPUT', fieldPrefix, 'Enter the address.')];
  const at = (name: keyof PostalAddress) => [...fieldPrefix, name];
  const errors: UserErrorValue[] = [];

  const line1 = text(address.line1);
  if (!line1) errors.push(userError('BAD_USER_INPUT', at('line1'), 'Enter the first line of the address.'));
  else if (line1.length > ADDRESS_LINE_MAX) errors.push(userError('BAD_USER_INPUT', at('line1'), `Use at most ${ADDRESS_LINE_MAX} characters.`));
  if (text(address.line2).length > ADDRESS_LINE_MAX) errors.push(userError('BAD_USER_INPUT', at('line2'), `Use at most ${ADDRESS_LINE_MAX} characters.`));

  const city = text(address.city);
  if (!city) errors.push(userError('BAD_USER_INPUT', at('city'), 'Enter the city.'));
  else if (city.length > CITY_MAX) errors.push(userError('BAD_USER_INPUT', at('city'), `Use at most ${CITY_MAX} characters.`));

  const country = typeof address.country === 'string' ? address.country : null;
  const countryErrors = validateCountry(country, at('country'));
  errors.push(...countryErrors);

  const stateCode = typeof address.stateCode === 'string' ? address.stateCode : null;
  const postalCode = typeof address.postalCode === 'string' ? address.postalCode : '';
  if (country === 'IN') {
    errors.push(...validateStateCode(stateCode, at('stateCode')));
    if (!postalCode) errors.push(userError('BAD_USER_INPUT', at('postalCode'), 'Enter the PIN code.'));
    else if (!PIN.test(postalCode)) errors.push(userError('BAD_USER_INPUT', at('postalCode'), 'A PIN code is 6 digits and does not start with 0, like 400001.'));
  } else if (countryErrors.length === 0) {
    if (stateCode) errors.push(userError('BAD_USER_INPUT', at('stateCode'), 'A GST state code applies only to addresses in India; leave it empty.'));
    if (postalCode && (postalCode.length > POSTAL_CODE_MAX || !FOREIGN_POSTAL_CODE.test(postalCode))) {
      errors.push(userError('BAD_USER_INPUT', at('postalCode'), `Use at most ${POSTAL_CODE_MAX} letters, digits, spaces and hyphens.`));
    }
  }
  return errors;
}
