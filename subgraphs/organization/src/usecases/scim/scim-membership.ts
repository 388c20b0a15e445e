import type { EntityManager } from '@mikro-orm/postgresql';
import { forbidden, notFound, recordEvent, selectRows, userError, UserErrorsThrown } from '@guildhall/kernel';
import type { MemberStatus, Role } from '@guildhall/roles';
import { checkRoleAllowedInOrg } from '@guildhall/roles';
import { scimRoleFor } from '../../domain/scim-provisioning.js';
import type { OrganizationRecord } from '../../entities/organization.entity.js';
import type { OrganizationDeps } from '../deps.js';
import { activeOwnerCount, lockOrganization } from '../organization-lock.js';
import { passSeatGate } from '../seat-gate.js';

/** The org a SCIM call acts on: the one that issued the token, never one named in the request. */
export function scimOrganizationId(deps: OrganizationDeps): string {
  if (deps.principal.kind !== 'scim') throw forbidden();
  return deps.principal.organizationId;
}

/** Every SCIM write holds the org's lock, like every other membership change: seats and owners stay exact. */
export async function lockForProvisioning(em: EntityManager, organizationId: string): Promise<OrganizationRecord> {
  const org = await lockOrganization(em, organizationId);
  if (!org || org.status === 'DEACTIVATED') throw notFound('Organization');
  if (org.status === 'SUSPENDED') throw forbidden('This organization is suspended; it is read-only until the platform reactivates it.');
  return org;
}

interface MemberRow {
  id: string;
  userId: string;
  role: Role;
  status: MemberStatus;
}

/** The IdP's `active`: ACTIVE ↔ SUSPENDED through the seat gate, never leaving the org without an active OWNER. */
export async function setMemberActive(em: EntityManager, deps: OrganizationDeps, org: OrganizationRecord, member: MemberRow, active: boolean): Promise<void> {
  const next: MemberStatus | null = active && member.status === 'SUSPENDED' ? 'ACTIVE' : !active && member.status === 'ACTIVE' ? 'SUSPENDED' : null;
  if (!next) return;
  if (next === 'SUSPENDED' && member.role === 'OWNER' && (await activeOwnerCount(em, org.id)) <= 1) {
    throw new UserErrorsThrown([userError('LAST_OWNER', ['input', 'active'], 'The last active OWNER cannot be deactivated; make someone else an OWNER first.')]);
  }
  const seatErrors = await passSeatGate(em, org, member, { role: member.role, status: next });
  if (seatErrors.length) throw new UserErrorsThrown(seatErrors);
  await em.execute(`update "organization"."membership" set status = ?, updated_at = now() where id = ?`, [next, member.id], 'run');
  recordEvent(em, deps, {
    type: next === 'ACTIVE' ? 'organization.member.reactivated' : 'organization.member.suspended',
    organizationId: org.id,
    aggregateId: member.id,
    payload: { organizationId: org.id, membershipId: member.id, userId: member.userId, role: member.role, source: 'scim' },
  });
  member.status = next;
}

/** After group changes: each member's role becomes what their groups say (domain/scim-provisioning.ts). */
export async function recomputeScimRoles(em: EntityManager, deps: OrganizationDeps, org: OrganizationRecord, membershipIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(membershipIds)];
  if (!ids.length) return;
  const members = await selectRows<MemberRow & { mappedRoles: (Role | null)[] }>(
    em,
    `select m.id, m.user_id, m.role, m.status,
            coalesce(array_agg(g.role) filter (where g.id is not null), '{}') as mapped_roles
       from "organization"."membership" m
       left join "organization"."scim_group_member" gm on gm.membership_id = m.id
       left join "organization"."scim_group" g on g.id = gm.group_id
      where m.organization_id = ? and m.id = any(?::uuid[]) and m.status in ('ACTIVE', 'SUSPENDED', 'PENDING')
      group by m.id order by m.id`,
    [org.id, `{${ids.join(',')}}`],
  );
  for (const member of members) {
    const role = scimRoleFor(member.role, member.mappedRoles);
    if (role === member.role) continue;
    const errors = checkRoleAllowedInOrg(role, org, ['input', 'members']);
    if (errors.length) throw new UserErrorsThrown(errors);
    const seatErrors = await passSeatGate(em, org, member, { role, status: member.status });
    if (seatErrors.length) throw new UserErrorsThrown(seatErrors);
    await em.execute(`update "organization"."membership" set role = ?, updated_at = now() where id = ?`, [role, member.id], 'run');
    recordEvent(em, deps, {
      type: 'organization.member.role-changed',
      organizationId: org.id,
      aggregateId: member.id,
      payload: { organizationId: org.id, membershipId: member.id, userId: member.userId, role, previousRole: member.role, source: 'scim' },
    });
  }
}
