import type { EntityManager } from '@mikro-orm/postgresql';
import { selectRows } from '@guildhall/kernel';
import type { AssignmentStatus, RevokeReason } from '../domain/program.js';

export interface AssignmentRow {
  id: string;
  programId: string;
  organizationId: string;
  userId: string;
  status: AssignmentStatus;
  /** YYYY-MM-DD, inclusive. */
  startsOn: string;
  /** null: until the program ends. */
  endsOn: string | null;
  assignedBy: string;
  revokedReason: RevokeReason | null;
  revokedAt: Date | null;
  createdAt: Date;
}

export const ASSIGNMENT = '"billing"."program_assignment"';
export const ASSIGNMENT_COLUMNS = `id, program_id, organization_id, user_id, status, to_char(starts_on, 'YYYY-MM-DD') as starts_on,
  to_char(ends_on, 'YYYY-MM-DD') as ends_on, assigned_by, revoked_reason, revoked_at, created_at`;

export function selectAssignments(em: EntityManager, where: string, params: unknown[]): Promise<AssignmentRow[]> {
  return selectRows<AssignmentRow>(em, `select ${ASSIGNMENT_COLUMNS} from ${ASSIGNMENT} where ${where}`, params);
}

/** A program's assignments, oldest first; `status` narrows them. */
export function assignmentsOfProgram(em: EntityManager, programId: string, status: AssignmentStatus | null): Promise<AssignmentRow[]> {
  return status
    ? selectAssignments(em, 'program_id = ? and status = ? order by created_at, id', [programId, status])
    : selectAssignments(em, 'program_id = ? order by created_at, id', [programId]);
}
