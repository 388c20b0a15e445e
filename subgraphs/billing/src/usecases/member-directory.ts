import type { EntityManager } from '@mikro-orm/postgresql';
import type { MemberStatus, Role } from '@guildhall/roles';

export interface KnownMember {
  organizationId: string;
  userId: string;
  role: Role;
  status: MemberStatus;
}

/**
 * A member as billing last heard of them (from organization's events). The caller's own membership
 * comes from the signed context instead; this is for other people: assignees and payees.
 */
export async function knownMember(em: EntityManager, organizationId: string, userId: string): Promise<KnownMember | null> {
  const [row] = await em.execute<KnownMember[]>(
    `select organization_id as "organizationId", user_id as "userId", role, status from "billing"."member" where organization_id = ? and user_id = ?`,
    [organizationId, userId],
  );
  return row ?? null;
}
