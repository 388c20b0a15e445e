import type { EntityManager } from '@mikro-orm/postgresql';
import { fail, notFound, selectRows, succeed, userError, UserErrorsThrown, type Outcome } from '@guildhall/kernel';
import type { MemberStatus, Role } from '@guildhall/roles';
import { checkRoleAllowedInOrg } from '@guildhall/roles';
import { checkScimUserFields, SCIM_DEFAULT_ROLE, type ScimUserFields } from '../../domain/scim-provisioning.js';
import { admitMember } from '../add-member.js';
import type { OrganizationDeps } from '../deps.js';
import { findMembership } from '../organization-lock.js';
import { findScimUser, type ScimUserRow } from './scim-directory.js';
import { lockForProvisioning, scimOrganizationId, setMemberActive } from './scim-membership.js';

/**
 * SCIM Users written by an IdP. Each runs in one transaction under the org lock: a refusal at any
 * step (uniqueness, seats, the last OWNER) rolls back everything, so bad input writes nothing.
 */

/** Provisions `userId` (identity found or created the account by email): admitted through the seat gate, or linked when already a member. */
export function createScimUser(deps: OrganizationDeps, userId: string, fields: ScimUserFields): Promise<Outcome<ScimUserRow>> {
  return provisioning(deps, fields, async (em, organizationId) => {
    const org = await lockForProvisioning(em, organizationId);
    await checkUnique(em, organizationId, fields, null);
    let member = await findMembership(em, { organizationId, userId });
    if (member?.status === 'ERASED') throw conflict(['input', 'userName'], 'This account was erased under data protection; it cannot be provisioned again.');
    if (!member || member.status === 'REMOVED') {
      const errors = checkRoleAllowedInOrg(SCIM_DEFAULT_ROLE, org, ['input', 'userName']);
      if (errors.length) throw new UserErrorsThrown(errors);
      member = await admitMember(em, deps, org, { userId, role: SCIM_DEFAULT_ROLE, source: 'scim' });
    } else {
      // already a member (added in Guildhall, or deleted by the IdP before): the IdP takes them over
      const [live] = await selectRows(em, `select 1 from "organization"."scim_user" where membership_id = ? and deleted_at is null`, [member.id]);
      if (live) throw conflict(['input', 'userName'], 'This person is already provisioned in this organization.');
    }
    await writeProfile(em, organizationId, member.id, fields);
    await setMemberActive(em, deps, org, { ...member }, fields.active);
    return member.id;
  });
}

/** PUT, and PATCH once the edge has applied it: the whole profile replaced, `active` applied. */
export function replaceScimUser(deps: OrganizationDeps, id: string, fields: ScimUserFields): Promise<Outcome<ScimUserRow>> {
  return provisioning(deps, fields, async (em, organizationId) => {
    const org = await lockForProvisioning(em, organizationId);
    const member = await liveMember(em, organizationId, id);
    await checkUnique(em, organizationId, fields, id);
    await writeProfile(em, organizationId, id, fields);
    await setMemberActive(em, deps, org, member, fields.active);
    return id;
  });
}

/** DELETE: the membership is suspended and kept (never erased); the IdP no longer sees the user. */
export async function deleteScimUser(deps: OrganizationDeps, id: string): Promise<Outcome<{ id: string }>> {
  const organizationId = scimOrganizationId(deps);
  try {
    return await deps.em.transactional(async (em) => {
      const org = await lockForProvisioning(em, organizationId);
      const member = await liveMember(em, organizationId, id);
      await setMemberActive(em, deps, org, member, false);
      await em.execute(
        `insert into "organization"."scim_user" (membership_id, organization_id, user_name, email, deleted_at)
           select m.id, m.organization_id, coalesce(d.email, m.id::text), coalesce(d.email, ''), now()
             from "organization"."membership" m left join "organization"."user_directory" d on d.user_id = m.user_id where m.id = ?
         on conflict (membership_id) do update set deleted_at = now(), updated_at = now()`,
        [id],
        'run',
      );
      await em.execute(`delete from "organization"."scim_group_member" where membership_id = ?`, [id], 'run');
      await em.flush();
      return succeed({ id });
    });
  } catch (error) {
    if (error instanceof UserErrorsThrown) return fail(...error.errors);
    throw error;
  }
}

async function provisioning(deps: OrganizationDeps, fields: ScimUserFields, write: (em: EntityManager, organizationId: string) => Promise<string>): Promise<Outcome<ScimUserRow>> {
  const organizationId = scimOrganizationId(deps);
  const errors = checkScimUserFields(fields);
  if (errors.length) return fail(...errors);
  try {
    return await deps.em.transactional(async (em) => {
      const id = await write(em, organizationId);
      await em.flush();
      const row = await findScimUser(em, organizationId, id);
      if (!row || row === 'GONE') throw notFound('User');
      return succeed(row);
    });
  } catch (error) {
    if (error instanceof UserErrorsThrown) return fail(...error.errors);
    throw error;
  }
}

const conflict = (field: string[], message: string) => new UserErrorsThrown([userError('CONFLICT', field, message)]);

/** A member the IdP may change: listed (not removed or erased) and not deleted by it. */
async function liveMember(em: EntityManager, organizationId: string, id: string): Promise<{ id: string; userId: string; role: Role; status: MemberStatus }> {
  const found = await findScimUser(em, organizationId, id);
  if (!found || found === 'GONE') throw notFound('User');
  return { id: found.id, userId: found.userId, role: found.role, status: found.status };
}

/** userName and externalId are unique among the org's provisioned users. */
async function checkUnique(em: EntityManager, organizationId: string, fields: ScimUserFields, self: string | null): Promise<void> {
  const taken = await selectRows<{ userName: string; externalId: string | null }>(
    em,
    `select user_name, external_id from "organization"."scim_user"
      where organization_id = ? and deleted_at is null and membership_id is distinct from ?::uuid and (user_name = ? or external_id = ?)`,
    [organizationId, self, fields.userName.toLowerCase(), fields.externalId ?? null],
  );
  if (taken.some((t) => t.userName === fields.userName.toLowerCase())) throw conflict(['input', 'userName'], `userName ${fields.userName} is already taken in this organization.`);
  if (taken.length) throw conflict(['input', 'externalId'], `externalId ${fields.externalId} is already taken in this organization.`);
}

async function writeProfile(em: EntityManager, organizationId: string, membershipId: string, fields: ScimUserFields): Promise<void> {
  const values = [fields.userName.toLowerCase(), fields.email.toLowerCase(), fields.externalId ?? null, fields.givenName ?? null, fields.familyName ?? null, fields.displayName ?? null, fields.title ?? null];
  await em.execute(
    `insert into "organization"."scim_user" (membership_id, organization_id, user_name, email, external_id, given_name, family_name, display_name, title)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (membership_id) do update set user_name = excluded.user_name, email = excluded.email, external_id = excluded.external_id,
       given_name = excluded.given_name, family_name = excluded.family_name, display_name = excluded.display_name, title = excluded.title,
       deleted_at = null, updated_at = now()`,
    [membershipId, organizationId, ...values],
    'run',
  );
}
