import { isEmailAddress, userError, type UserErrorValue } from '@guildhall/kernel';
import { can, type Capability, type Membership } from '@guildhall/roles';
import { validateCountry } from './country.js';
import { gstStateCodeOf, normaliseGstin, panOfGstin, validateGstin } from './gstin.js';
import { validateOrganizationName } from './organization-name.js';
import { normalisePan, validatePan } from './pan.js';
import { validateAddress, type PostalAddress } from './postal-address.js';
import { validateTimezone } from './timezone.js';
import { normaliseUdyam, validateUdyam } from './udyam.js';

/** The editable profile of an org. `undefined` leaves a field as it is; `null` clears it. */
export interface ProfileChanges {
  name?: string;
  logoUrl?: string | null;
  timezone?: string;
  legalName?: string | null;
  gstin?: string | null;
  pan?: string | null;
  msmeUdyam?: string | null;
  registeredAddress?: PostalAddress | null;
  country?: string;
  billingEmail?: string | null;
  paymentTermsDays?: number;
}
export type ProfileField = keyof ProfileChanges;

/**
 * Which capability edits which field (the field allow-list per role): identity and branding for
 * governance, billing contacts and terms for finance, tax identity for OWNERs only.
 */
export const FIELD_CAPABILITY: Readonly<Record<ProfileField, Capability>> = {
  name: 'organization.update',
  logoUrl: 'organization.update',
  timezone: 'organization.update',
  billingEmail: 'billing.manage',
  paymentTermsDays: 'billing.manage',
  legalName: 'organization.tax.manage',
  gstin: 'organization.tax.manage',
  pan: 'organization.tax.manage',
  msmeUdyam: 'organization.tax.manage',
  registeredAddress: 'organization.tax.manage',
  country: 'organization.tax.manage',
};

export const changedFields = (changes: ProfileChanges) => (Object.keys(changes) as ProfileField[]).filter((field) => changes[field] !== undefined);

export function forbiddenFields(membership: Membership | undefined, changes: ProfileChanges): UserErrorValue[] {
  return changedFields(changes)
    .filter((field) => !can(membership, FIELD_CAPABILITY[field]))
    .map((field) => userError('FIELD_RBAC_FORBIDDEN', ['input', field], `Your role cannot change ${field}.`));
}

/** Normalises and validates the changes; every problem is reported with its field. */
export function validateProfile(changes: ProfileChanges, current: { country: string }): { value: ProfileChanges; errors: UserErrorValue[] } {
  const value: ProfileChanges = { ...changes };
  const errors: UserErrorValue[] = [];
  const f = (name: string) => ['input', name];
  if (value.name !== undefined) errors.push(...validateOrganizationName(value.name, f('name')));
  if (value.name) value.name = value.name.trim();
  if (value.logoUrl) {
    let ok = false;
    try {
      ok = new URL(value.logoUrl).protocol === 'https:' && value.logoUrl.length <= 2048;
    } catch {
      ok = false;
    }
    if (!ok) errors.push(userError('BAD_USER_INPUT', f('logoUrl'), 'Use an https:// address of at most 2048 characters.'));
  }
  if (value.timezone !== undefined) errors.push(...validateTimezone(value.timezone, f('timezone')));
  if (value.country !== undefined) errors.push(...validateCountry(value.country, f('country')));
  if (value.legalName !== undefined && value.legalName !== null) {
    value.legalName = value.legalName.trim();
    if (!value.legalName || value.legalName.length > 200) errors.push(userError('BAD_USER_INPUT', f('legalName'), 'Enter the legal name, at most 200 characters.'));
  }
  if (value.gstin) {
    value.gstin = normaliseGstin(value.gstin);
    errors.push(...validateGstin(value.gstin, f('gstin')));
  }
  if (value.pan) {
    value.pan = normalisePan(value.pan);
    errors.push(...validatePan(value.pan, f('pan')));
  }
  if (value.msmeUdyam) {
    value.msmeUdyam = normaliseUdyam(value.msmeUdyam);
    errors.push(...validateUdyam(value.msmeUdyam, f('msmeUdyam')));
  }
  if (value.registeredAddress) {
    value.registeredAddress = { ...value.registeredAddress, country: value.registeredAddress.country ?? value.country ?? current.country };
    errors.push(...validateAddress(value.registeredAddress, f('registeredAddress')));
  }
  if (value.billingEmail) {
    value.billingEmail = value.billingEmail.trim().toLowerCase();
    if (!isEmailAddress(value.billingEmail)) errors.push(userError('BAD_USER_INPUT', f('billingEmail'), 'Enter a valid email address.'));
  }
  if (value.paymentTermsDays !== undefined && (!Number.isInteger(value.paymentTermsDays) || value.paymentTermsDays < 0 || value.paymentTermsDays > 180)) {
    errors.push(userError('BAD_USER_INPUT', f('paymentTermsDays'), 'Payment terms are 0 to 180 days.'));
  }
  // a GSTIN embeds the PAN and the state of registration: both must agree with what is given beside it
  if (!errors.length && value.gstin && value.pan && panOfGstin(value.gstin) !== value.pan) {
    errors.push(userError('BAD_USER_INPUT', f('pan'), 'The PAN does not match the one inside the GSTIN.'));
  }
  if (!errors.length && value.gstin && value.registeredAddress?.stateCode && gstStateCodeOf(value.gstin) !== value.registeredAddress.stateCode) {
    errors.push(userError('BAD_USER_INPUT', [...f('registeredAddress'), 'stateCode'], 'The state does not match the GSTIN’s state code.'));
  }
  return { value, errors };
}
