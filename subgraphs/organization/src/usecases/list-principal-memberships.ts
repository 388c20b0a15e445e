import type { EntityManager } from '@mikro-orm/postgresql';
import { MembershipRecord } from '../entities/membership.entity.js';

/**
 * A user's memberships as the gateway puts them into context tokens. Memberships of deactivated orgs
 * are left out: such an org is gone for its members.
 */
export async function listPrincipalMemberships(em: EntityManager, userId: string) {
  const rows = await em.execute<{ organization_id: string; role: MembershipRecord['role']; status: MembershipRecord['status'] }[]>(
    `select m.organization_id, m.role, m.status
       from "organization"."membership" m join "organization"."organization" o on o.id = m.organization_id
      where m.user_id = ? and o.status <> 'DEACTIVATED' and m.status in ('ACTIVE', 'SUSPENDED', 'PENDING')`,
    [userId],
  );
  return rows.map((row) => ({ organizationId: row.organization_id, role: row.role, status: row.status }));
}
