import type { EntityManager } from '@mikro-orm/postgresql';
import { selectRows } from '@guildhall/kernel';
import type { MembershipRecord } from '../entities/membership.entity.js';
import type { OrganizationRecord } from '../entities/organization.entity.js';

/** The organization subgraph's read queries (hot paths, plain SQL: see selectRows). */

export interface MemberFilter {
  role?: MembershipRecord['role'] | null;
  status?: MembershipRecord['status'] | null;
  /** Part of the member's email, case-insensitive. */
  search?: string | null;
}

export async function pageOfMembers(em: EntityManager, organizationId: string, filter: MemberFilter, limit: number, after: [string, string] | null) {
  const where = ['m.organization_id = ?'];
  const params: unknown[] = [organizationId];
  if (filter.role) where.push('m.role = ?') && params.push(filter.role);
  if (filter.status) where.push('m.status = ?') && params.push(filter.status);
  if (filter.search?.trim()) where.push(`d.email ilike ? escape '\\'`) && params.push(`%${filter.search.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  const from = `from "organization"."membership" m left join "organization"."user_directory" d on d.user_id = m.user_id where ${where.join(' and ')}`;
  const [rows, total] = await Promise.all([
    selectRows<MembershipRecord>(
      em,
      `select m.* ${from} ${after ? 'and (m.created_at, m.id) > (?::timestamptz, ?::uuid)' : ''} order by m.created_at, m.id limit ?`,
      [...params, ...(after ?? []), limit + 1],
    ),
    selectRows<{ count: string }>(em, `select count(*) ${from}`, params),
  ]);
  return { rows, totalCount: Number(total[0]?.count ?? 0) };
}

export async function membershipOf(em: EntityManager, organizationId: string, userId: string) {
  const [row] = await selectRows<MembershipRecord>(em, `select * from "organization"."membership" where organization_id = ? and user_id = ?`, [organizationId, userId]);
  return row ?? null;
}

/** Orgs where the user is an ACTIVE member; a deactivated org is gone for its members. */
export function activeOrganizationsOf(em: EntityManager, userId: string) {
  return selectRows<OrganizationRecord>(
    em,
    `select o.* from "organization"."organization" o join "organization"."membership" m on m.organization_id = o.id
      where m.user_id = ? and m.status = 'ACTIVE' and o.status <> 'DEACTIVATED' order by o.name, o.id`,
    [userId],
  );
}

