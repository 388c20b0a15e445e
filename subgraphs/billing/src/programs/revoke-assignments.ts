import type { EntityManager } from '@mikro-orm/postgresql';
import type { RevokeReason } from '../domain/program.js';

export interface RevokedAssignment {
  id: string;
  programId: string;
  userId: string;
}

/** Ends a member's ACTIVE assignments in an org (compare-and-set on status); returns those it ended. */
export async function revokeAssignmentsOfMember(em: EntityManager, who: { organizationId: string; userId: string; reason: RevokeReason }): Promise<RevokedAssignment[]> {
  return em.execute<RevokedAssignment[]>(
    `update "billing"."program_assignment" set status = 'REVOKED', revoked_reason = ?, revoked_at = now()
     where organization_id = ? and user_id = ? and status = 'ACTIVE' returning id, program_id as "programId", user_id as "userId"`,
    [who.reason, who.organizationId, who.userId],
  );
}

/** Ends every ACTIVE assignment of a program (it was cancelled). */
export async function revokeAssignmentsOfProgram(em: EntityManager, programId: string): Promise<RevokedAssignment[]> {
  return em.execute<RevokedAssignment[]>(
    `update "billing"."program_assignment" set status = 'REVOKED', revoked_reason = 'PROGRAM_CANCELLED', revoked_at = now()
     where program_id = ? and status = 'ACTIVE' returning id, program_id as "programId", user_id as "userId"`,
    [programId],
  );
}
