import type { EntityManager } from '@mikro-orm/postgresql';
import { selectRows } from '@guildhall/kernel';
import type { MembershipRecord } from '../entities/membership.entity.js';
import type { OrganizationRecord } from '../entities/organization.entity.js';

/**
 * Every change to an org's memberships starts by locking the org's row: changes to one org run one
 * after another, so "the last active OWNER" and the seat count are decided on settled facts.
 */
export async function lockOrganization(em: EntityManager, organizationId: string): Promise<OrganizationRecord | null> {
  const [row] = await selectRows<OrganizationRecord>(em, `select * from "organization"."organization" where id = ? for update`, [organizationId]);
  return row ?? null;
}

export async function activeOwnerCount(em: EntityManager, organizationId: string): Promise<number> {
  const [row] = await selectRows<{ count: string }>(em, `select count(*) from "organization"."membership" where organization_id = ? and role = 'OWNER' and status = 'ACTIVE'`, [organizationId]);
  return Number(row?.count ?? 0);
}

export async function activeMemberCount(em: EntityManager, organizationId: string): Promise<number> {
  const [row] = await selectRows<{ count: string }>(em, `select count(*) from "organization"."membership" where organization_id = ? and status = 'ACTIVE'`, [organizationId]);
  return Number(row?.count ?? 0);
}

export async function findMembership(em: EntityManager, where: { id: string } | { organizationId: string; userId: string }): Promise<MembershipRecord | null> {
  const [row] =
    'id' in where
      ? await selectRows<MembershipRecord>(em, `select * from "organization"."membership" where id = ?`, [where.id])
      : await selectRows<MembershipRecord>(em, `select * from "organization"."membership" where organization_id = ? and user_id = ?`, [where.organizationId, where.userId]);
  return row ?? null;
}
