import type { EntityManager } from '@mikro-orm/postgresql';
import { selectRows } from '@guildhall/kernel';
import type { MembershipRecord } from '../entities/membership.entity.js';
import type { OrganizationRecord } from '../entities/organization.entity.js';

/** The organization subgraph's read queries (hot paths, plain SQL: see selectRows). */

export async function pageOfMembers(em: EntityManager, organizationId: string, limit: number, after: [string, string] | null) {
  const [rows, total] = await Promise.all([
    selectRows<MembershipRecord>(
      em,
      `select * from "organization"."membership" where organization_id = ?
        ${after ? 'and (created_at, id) > (?::timestamptz, ?::uuid)' : ''}
        order by created_at, id limit ?`,
      [organizationId, ...(after ?? []), limit + 1],
    ),
    selectRows<{ count: string }>(em, `select count(*) from "organization"."membership" where organization_id = ?`, [organizationId]),
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

