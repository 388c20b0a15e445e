import { hasOrgAccess, notFound } from '@guildhall/kernel';
import { toOrganization } from './mappers.js';
import type { OrganizationContext } from './loaders.js';

/** `_entities` for Organization: the same rule as `organization(id)` — its members and its API keys only. */
export async function resolveOrganizationReference(reference: { id: string }, ctx: OrganizationContext) {
  // platform administrators read any org, deactivated ones too (their console); members their own
  const platformAdmin = ctx.principal.kind === 'user' && ctx.principal.platformAdmin;
  if (!platformAdmin && !hasOrgAccess(ctx.principal, reference.id)) throw notFound('Organization');
  const record = await ctx.loaders.organizationById.load(reference.id);
  if (!record || (record.status === 'DEACTIVATED' && !platformAdmin)) throw notFound('Organization');
  return toOrganization(record);
}

export const resolveUserReference = (reference: { id: string }) => ({ id: reference.id });
