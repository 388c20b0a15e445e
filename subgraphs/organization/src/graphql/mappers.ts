import type { MembershipRecord } from '../entities/membership.entity.js';
import type { OrganizationRecord } from '../entities/organization.entity.js';
import type { Membership } from './membership.type.js';
import type { Organization } from './organization.type.js';

export const toOrganization = (r: OrganizationRecord): Organization => ({
  id: r.id,
  name: r.name,
  slug: r.slug,
  status: r.status,
  seatsTotal: r.seatsTotal,
  seatsUsed: r.seatsUsed,
  canSponsor: r.canSponsor,
  canHost: r.canHost,
  logoUrl: r.logoUrl,
  timezone: r.timezone,
  country: r.country.trim(),
  legalName: r.legalName,
  gstin: r.gstin,
  panLast4: r.panLast4,
  msmeUdyam: r.msmeUdyam,
  registeredAddress: r.registeredAddress,
  billingEmail: r.billingEmail,
  paymentTermsDays: r.paymentTermsDays,
  depth: r.depth,
  parentId: r.parentId,
  rootId: r.rootId,
  createdAt: r.createdAt,
});

export const toMembership = (r: MembershipRecord): Membership => ({
  id: r.id,
  organizationId: r.organizationId,
  userId: r.userId,
  role: r.role,
  status: r.status,
  createdAt: r.createdAt,
});
