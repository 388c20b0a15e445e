import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { fail, notFound, selectRows, succeed, userError, UserErrorsThrown, type Outcome } from '@guildhall/kernel';
import { checkScimGroupFields, type ScimGroupFields } from '../../domain/scim-provisioning.js';
import type { OrganizationDeps } from '../deps.js';
import { findScimGroup, type ScimGroupRow } from './scim-directory.js';
import { lockForProvisioning, recomputeScimRoles, scimOrganizationId } from './scim-membership.js';

/**
 * SCIM Groups written by an IdP. Membership changes recompute the roles of the people added or
 * removed, in the same transaction; PATCH arrives here as the whole new member list.
 */
export function createScimGroup(deps: OrganizationDeps, fields: ScimGroupFields): Promise<Outcome<ScimGroupRow>> {
  return groupWrite(deps, fields, async (em, organizationId) => {
    const id = randomUUID();
    await checkUnique(em, organizationId, fields, null);
    await checkMembers(em, organizationId, fields.memberIds);
    await em.execute(`insert into "organization"."scim_group" (id, organization_id, display_name, external_id) values (?, ?, ?, ?)`, [id, organizationId, fields.displayName.trim(), fields.externalId ?? null], 'run');
    await setMembers(em, id, fields.memberIds);
    return { id, touched: fields.memberIds };
  });
}

export function replaceScimGroup(deps: OrganizationDeps, id: string, fields: ScimGroupFields): Promise<Outcome<ScimGroupRow>> {
  return groupWrite(deps, fields, async (em, organizationId) => {
    const current = await findScimGroup(em, organizationId, id, true);
    if (!current) throw notFound('Group');
    await checkUnique(em, organizationId, fields, id);
    await checkMembers(em, organizationId, fields.memberIds);
    await em.execute(`update "organization"."scim_group" set display_name = ?, external_id = ?, updated_at = now() where id = ?`, [fields.displayName.trim(), fields.externalId ?? null, id], 'run');
    await em.execute(`delete from "organization"."scim_group_member" where group_id = ?`, [id], 'run');
    await setMembers(em, id, fields.memberIds);
    const before = new Set(current.members.map((m) => m.id));
    const after = new Set(fields.memberIds);
    return { id, touched: [...[...before].filter((m) => !after.has(m)), ...[...after].filter((m) => !before.has(m))] };
  });
}

export async function deleteScimGroup(deps: OrganizationDeps, id: string): Promise<Outcome<{ id: string }>> {
  const organizationId = scimOrganizationId(deps);
  try {
    return await deps.em.transactional(async (em) => {
      const org = await lockForProvisioning(em, organizationId);
      const current = await findScimGroup(em, organizationId, id, true);
      if (!current) throw notFound('Group');
      await em.execute(`delete from "organization"."scim_group" where id = ?`, [id], 'run');
      await recomputeScimRoles(em, deps, org, current.members.map((m) => m.id));
      await em.flush();
      return succeed({ id });
    });
  } catch (error) {
    if (error instanceof UserErrorsThrown) return fail(...error.errors);
    throw error;
  }
}

async function groupWrite(
  deps: OrganizationDeps,
  fields: ScimGroupFields,
  write: (em: EntityManager, organizationId: string) => Promise<{ id: string; touched: string[] }>,
): Promise<Outcome<ScimGroupRow>> {
  const organizationId = scimOrganizationId(deps);
  const input = { ...fields, memberIds: [...new Set(fields.memberIds.map((m) => m.toLowerCase()))] };
  const errors = checkScimGroupFields(input);
  if (errors.length) return fail(...errors);
  try {
    return await deps.em.transactional(async (em) => {
      const org = await lockForProvisioning(em, organizationId);
      const { id, touched } = await write(em, organizationId);
      await recomputeScimRoles(em, deps, org, touched);
      await em.flush();
      return succeed((await findScimGroup(em, organizationId, id))!);
    });
  } catch (error) {
    if (error instanceof UserErrorsThrown) return fail(...error.errors);
    throw error;
  }
}

async function checkUnique(em: EntityManager, organizationId: string, fields: ScimGroupFields, self: string | null): Promise<void> {
  const taken = await selectRows<{ sameName: boolean }>(
    em,
    `select lower(display_name) = lower(?) as same_name from "organization"."scim_group"
      where organization_id = ? and id is distinct from ?::uuid and (lower(display_name) = lower(?) or external_id = ?)`,
    [fields.displayName.trim(), organizationId, self, fields.displayName.trim(), fields.externalId ?? null],
  );
  if (taken.some((t) => t.sameName)) throw new UserErrorsThrown([userError('CONFLICT', ['input', 'displayName'], `A group named ${fields.displayName.trim()} already exists.`)]);
  if (taken.length) throw new UserErrorsThrown([userError('CONFLICT', ['input', 'externalId'], `externalId ${fields.externalId} is already taken by another group.`)]);
}

/** Members must be this org's SCIM-visible users: an id from another org is refused, not ignored. */
async function checkMembers(em: EntityManager, organizationId: string, memberIds: string[]): Promise<void> {
  if (!memberIds.length) return;
  const found = await selectRows<{ id: string }>(
    em,
    `select m.id from "organization"."membership" m left join "organization"."scim_user" s on s.membership_id = m.id
      where m.organization_id = ? and m.id = any(?::uuid[]) and m.status in ('ACTIVE', 'SUSPENDED', 'PENDING') and s.deleted_at is null`,
    [organizationId, `{${memberIds.join(',')}}`],
  );
  const known = new Set(found.map((f) => f.id));
  const unknown = memberIds.find((id) => !known.has(id));
  if (unknown) throw new UserErrorsThrown([userError('BAD_USER_INPUT', ['input', 'members'], `${unknown} is not a user of this organization.`)]);
}

async function setMembers(em: EntityManager, groupId: string, memberIds: string[]): Promise<void> {
  if (!memberIds.length) return;
  await em.execute(
    `insert into "organization"."scim_group_member" (group_id, membership_id) select ?, unnest(?::uuid[]) on conflict do nothing`,
    [groupId, `{${memberIds.join(',')}}`],
    'run',
  );
}
