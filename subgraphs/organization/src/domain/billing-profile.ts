import type { EventPayloads } from '@guildhall/kernel';
import type { OrganizationRecord } from '../entities/organization.entity.js';
import { gstStateCodeOf } from './gstin.js';
import type { PostalAddress } from './postal-address.js';
import type { ProfileField } from './organization-profile.js';

/** The profile fields invoicing depends on: a change to any of them is announced to billing. */
export const BILLING_PROFILE_FIELDS: readonly ProfileField[] = ['name', 'legalName', 'gstin', 'registeredAddress', 'country', 'timezone', 'paymentTermsDays', 'billingEmail'];

/** The place of supply is the registered address's state, else the GSTIN's own state digits. */
export function billingProfileOf(org: OrganizationRecord): EventPayloads['organization.billing-profile-changed'] {
  const address = (typeof org.registeredAddress === 'string' ? JSON.parse(org.registeredAddress) : org.registeredAddress) as PostalAddress | null;
  return {
    organizationId: org.id,
    name: org.name,
    legalName: org.legalName,
    gstin: org.gstin,
    stateCode: address?.stateCode ?? (org.gstin ? gstStateCodeOf(org.gstin) : null),
    country: org.country,
    timezone: org.timezone,
    paymentTermsDays: org.paymentTermsDays,
    billingEmail: org.billingEmail,
    address,
  };
}
