import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid, selectRows } from '@guildhall/kernel';
import type { MemberStatus, Role } from '@guildhall/roles';

/**
 * What the SCIM edge reads: members as SCIM Users and the org's SCIM groups. A member nobody
 * provisioned shows with their account email as userName, so an IdP can find and link them;
 * a user the IdP deleted is hidden (their membership stays, suspended).
 */
export interface ScimUserRow {
  id: string;
  userId: string;
  role: Role;
  status: MemberStatus;
  userName: string;
  email: string;
  externalId: string | null;
  givenName: string | null;
  familyName: string | null;
  displayName: string | null;
  title: string | null;
  createdAt: Date;
  updatedAt: Date;
  groups: { id: string; displayName: string }[];
}

export interface ScimGroupRow {
  id: string;
  displayName: string;
  externalId: string | null;
  role: Role | null;
  createdAt: Date;
  updatedAt: Date;
  members: { id: string; userName: string }[];
}

const USERS = `
  select m.id, m.user_id, m.role, m.status, m.created_at,
         greatest(m.updated_at, coalesce(s.updated_at, m.updated_at)) as updated_at,
         coalesce(s.user_name, d.email) as user_name, coalesce(s.email, d.email) as email,
         s.external_id, s.given_name, s.family_name, s.title,
         case when s.membership_id is null then d.name else s.display_name end as display_name
    from "organization"."membership" m
    left join "organization"."scim_user" s on s.membership_id = m.id
    left join "organization"."user_directory" d on d.user_id = m.user_id
   where m.organization_id = ? and s.deleted_at is null and coalesce(s.user_name, d.email) is not null`;
const LISTED = `m.status in ('ACTIVE', 'SUSPENDED', 'PENDING')`;

/** The org's SCIM Users; an exact userName or externalId narrows the query (the filters IdPs send most). */
export async function listScimUsers(em: EntityManager, organizationId: string, exact: { userName?: string | null; externalId?: string | null } = {}): Promise<ScimUserRow[]> {
  const params: unknown[] = [organizationId];
  let sql = `${USERS} and ${LISTED}`;
  if (exact.userName) (sql += ` and coalesce(s.user_name, d.email) = ?`), params.push(exact.userName.toLowerCase());
  if (exact.externalId) (sql += ` and s.external_id = ?`), params.push(exact.externalId);
  const rows = await selectRows<Omit<ScimUserRow, 'groups'>>(em, `${sql} order by m.created_at, m.id`, params);
  return withGroups(em, organizationId, rows);
}

/** A SCIM User by id: 'GONE' when the person was erased (SCIM answers 410), null when there is none. */
export async function findScimUser(em: EntityManager, organizationId: string, id: string): Promise<ScimUserRow | 'GONE' | null> {
  if (!isUuid(id)) return null;
  const [status] = await selectRows<{ status: MemberStatus }>(em, `select status from "organization"."membership" where id = ? and organization_id = ?`, [id, organizationId]);
  if (status?.status === 'ERASED') return 'GONE';
  const rows = await selectRows<Omit<ScimUserRow, 'groups'>>(em, `${USERS} and ${LISTED} and m.id = ?`, [organizationId, id]);
  return (await withGroups(em, organizationId, rows))[0] ?? null;
}

async function withGroups(em: EntityManager, organizationId: string, rows: Omit<ScimUserRow, 'groups'>[]): Promise<ScimUserRow[]> {
  if (!rows.length) return [];
  const links = await selectRows<{ membershipId: string; id: string; displayName: string }>(
    em,
    `select gm.membership_id, g.id, g.display_name from "organization"."scim_group_member" gm
       join "organization"."scim_group" g on g.id = gm.group_id
      where g.organization_id = ? and gm.membership_id = any(?::uuid[]) order by g.display_name`,
    [organizationId, `{${rows.map((r) => r.id).join(',')}}`],
  );
  return rows.map((row) => ({ ...row, groups: links.filter((l) => l.membershipId === row.id).map(({ id, displayName }) => ({ id, displayName })) }));
}

const GROUPS = `select id, display_name, external_id, role, created_at, updated_at from "organization"."scim_group" where organization_id = ?`;

export async function listScimGroups(em: EntityManager, organizationId: string, exact: { displayName?: string | null; externalId?: string | null } = {}): Promise<ScimGroupRow[]> {
  const params: unknown[] = [organizationId];
  let sql = GROUPS;
  if (exact.displayName) (sql += ` and lower(display_name) = lower(?)`), params.push(exact.displayName);
  if (exact.externalId) (sql += ` and external_id = ?`), params.push(exact.externalId);
  return withMembers(em, await selectRows<Omit<ScimGroupRow, 'members'>>(em, `${sql} order by created_at, id`, params));
}

export async function findScimGroup(em: EntityManager, organizationId: string, id: string, lock = false): Promise<ScimGroupRow | null> {
  if (!isUuid(id)) return null;
  const rows = await selectRows<Omit<ScimGroupRow, 'members'>>(em, `${GROUPS} and id = ?${lock ? ' for update' : ''}`, [organizationId, id]);
  return (await withMembers(em, rows))[0] ?? null;
}

async function withMembers(em: EntityManager, groups: Omit<ScimGroupRow, 'members'>[]): Promise<ScimGroupRow[]> {
  if (!groups.length) return [];
  const members = await selectRows<{ groupId: string; id: string; userName: string }>(
    em,
    `select gm.group_id, gm.membership_id as id, coalesce(s.user_name, d.email, '') as user_name
       from "organization"."scim_group_member" gm
       join "organization"."membership" m on m.id = gm.membership_id
       left join "organization"."scim_user" s on s.membership_id = m.id
       left join "organization"."user_directory" d on d.user_id = m.user_id
      where gm.group_id = any(?::uuid[]) order by user_name`,
    [`{${groups.map((g) => g.id).join(',')}}`],
  );
  return groups.map((group) => ({ ...group, members: members.filter((m) => m.groupId === group.id).map(({ id, userName }) => ({ id, userName })) }));
}
