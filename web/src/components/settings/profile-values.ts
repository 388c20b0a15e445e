import type { SettingsProfileQuery, UpdateOrganizationInput } from '../../gql/graphql';

type Org = SettingsProfileQuery['organization'];

/** The profile as the form holds it: every field a string, exactly as typed. */
export interface ProfileValues {
  name: string;
  logoUrl: string;
  timezone: string;
  billingEmail: string;
  paymentTermsDays: string;
  legalName: string;
  gstin: string;
  /** Always starts empty: the PAN is stored sealed and only its last four characters are shown. */
  pan: string;
  msmeUdyam: string;
  country: string;
  line1: string;
  line2: string;
  city: string;
  stateCode: string;
  postalCode: string;
  addressCountry: string;
}

export type ProfileSection = 'identity' | 'billing' | 'tax';

export function initialValues(org: Org): ProfileValues {
  const address = org.registeredAddress;
  return {
    name: org.name,
    logoUrl: org.logoUrl ?? '',
    timezone: org.timezone,
    billingEmail: org.billingEmail ?? '',
    paymentTermsDays: org.paymentTermsDays === undefined ? '' : String(org.paymentTermsDays),
    legalName: org.legalName ?? '',
    gstin: org.gstin ?? '',
    pan: '',
    msmeUdyam: org.msmeUdyam ?? '',
    country: org.country,
    line1: address?.line1 ?? '',
    line2: address?.line2 ?? '',
    city: address?.city ?? '',
    stateCode: address?.stateCode ?? '',
    postalCode: address?.postalCode ?? '',
    addressCountry: address?.country ?? '',
  };
}

const ADDRESS_KEYS = ['line1', 'line2', 'city', 'stateCode', 'postalCode', 'addressCountry'] as const;

/**
 * Only the fields that changed and that the role may edit: the server refuses the whole request
 * (FIELD_RBAC_FORBIDDEN) when any other field is named, even unchanged. Empty optional text clears.
 */
export function changesOf(before: ProfileValues, after: ProfileValues, editable: Record<ProfileSection, boolean>): { input: Omit<UpdateOrganizationInput, 'organizationId'>; problems: Record<string, string> } {
  const input: Omit<UpdateOrganizationInput, 'organizationId'> = {};
  const problems: Record<string, string> = {};
  const changed = (key: keyof ProfileValues) => before[key].trim() !== after[key].trim();
  const optional = (key: keyof ProfileValues) => after[key].trim() || null;
  if (editable.identity) {
    if (changed('name')) input.name = after.name.trim();
    if (changed('logoUrl')) input.logoUrl = optional('logoUrl');
    if (changed('timezone')) input.timezone = after.timezone.trim();
  }
  if (editable.billing) {
    if (changed('billingEmail')) input.billingEmail = optional('billingEmail');
    if (changed('paymentTermsDays')) {
      const days = after.paymentTermsDays.trim();
      if (/^\d{1,3}$/.test(days)) input.paymentTermsDays = Number(days);
      else problems['paymentTermsDays'] = 'Enter a whole number of days, 0 to 180.';
    }
  }
  if (editable.tax) {
    if (changed('legalName')) input.legalName = optional('legalName');
    if (changed('gstin')) input.gstin = optional('gstin');
    if (after.pan.trim()) input.pan = after.pan.trim();
    if (changed('msmeUdyam')) input.msmeUdyam = optional('msmeUdyam');
    if (changed('country')) input.country = after.country.trim().toUpperCase();
    // the address is one value: any change sends all of it, and emptying every line removes it
    if (ADDRESS_KEYS.some(changed)) {
      const empty = ADDRESS_KEYS.every((key) => !after[key].trim());
      input.registeredAddress = empty
        ? null
        : {
            line1: after.line1.trim(),
            line2: optional('line2'),
            city: after.city.trim(),
            stateCode: optional('stateCode'),
            postalCode: optional('postalCode'),
            country: (after.addressCountry.trim() || after.country.trim()).toUpperCase(),
          };
    }
  }
  return { input, problems };
}
