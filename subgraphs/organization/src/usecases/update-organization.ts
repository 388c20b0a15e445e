import { fail, forbidden, notFound, recordEvent, selectRows, succeed, type Outcome } from '@guildhall/kernel';
import { BILLING_PROFILE_FIELDS, billingProfileOf } from '../domain/billing-profile.js';
import type { SecretBox } from '@guildhall/kernel';
import { changedFields, forbiddenFields, validateProfile, type ProfileChanges } from '../domain/organization-profile.js';
import type { OrganizationRecord } from '../entities/organization.entity.js';
import type { OrganizationDeps } from './deps.js';
import { findMembership, lockOrganization } from './organization-lock.js';

const COLUMN: Record<keyof ProfileChanges, string> = {
  name: 'name',
  logoUrl: 'logo_url',
  timezone: 'timezone',
  legalName: 'legal_name',
  gstin: 'gstin',
  pan: 'pan_sealed',
  msmeUdyam: 'msme_udyam',
  registeredAddress: 'registered_address',
  country: 'country',
  billingEmail: 'billing_email',
  paymentTermsDays: 'payment_terms_days',
};

/**
 * Updates the profile fields the caller's role may edit (any other field named → FIELD_RBAC_FORBIDDEN,
 * nothing written). The PAN is sealed; the event names the fields, never their values.
 */
export async function updateOrganization(deps: OrganizationDeps & { secrets: SecretBox }, input: { organizationId: string } & ProfileChanges): Promise<Outcome<OrganizationRecord>> {
  const principal = deps.principal;
  if (principal.kind !== 'user') throw forbidden();
  const { organizationId, ...changes } = input;
  return deps.em.transactional(async (em) => {
    const org = await lockOrganization(em, organizationId);
    const membership = await findMembership(em, { organizationId, userId: principal.userId });
    if (!org || org.status === 'DEACTIVATED' || !membership) throw notFound('Organization');
    if (org.status === 'SUSPENDED') throw forbidden('This organization is suspended; it is read-only until the platform reactivates it.');
    const refused = forbiddenFields(membership, changes);
    if (refused.length) return fail(...refused);
    const { value, errors } = validateProfile(changes, org);
    if (errors.length) return fail(...errors);
    const fields = changedFields(value);
    if (!fields.length) return succeed(org);
    const sets: string[] = [];
    const params: unknown[] = [];
    for (const field of fields) {
      const raw = value[field];
      sets.push(`"${COLUMN[field]}" = ?`);
      if (field === 'pan') params.push(raw ? deps.secrets.seal(raw as string) : null);
      else params.push(field === 'registeredAddress' && raw ? JSON.stringify(raw) : raw);
      if (field === 'pan') sets.push('"pan_last4" = ?') && params.push(raw ? (raw as string).slice(-4) : null);
    }
    const [row] = await selectRows<OrganizationRecord>(em, `update "organization"."organization" set ${sets.join(', ')}, updated_at = now() where id = ? returning *`, [...params, org.id]);
    recordEvent(em, deps, { type: 'organization.updated', organizationId: org.id, aggregateId: org.id, payload: { organizationId: org.id, fields } });
    if (fields.some((f) => BILLING_PROFILE_FIELDS.includes(f))) {
      recordEvent(em, deps, { type: 'organization.billing-profile-changed', organizationId: org.id, aggregateId: org.id, payload: billingProfileOf(row!) });
    }
    await em.flush();
    return succeed(row!);
  });
}
