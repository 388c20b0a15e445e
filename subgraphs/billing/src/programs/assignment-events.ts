import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent, type EventCause } from '@guildhall/kernel';
import type { RevokeReason } from '../domain/program.js';

interface AssignmentRef {
  id: string;
  programId: string;
  userId: string;
}

// the audit log's target is the assignment (PROGRAM_ASSIGNMENT), so it is the aggregate
export function recordAssigned(em: EntityManager, cause: EventCause, organizationId: string, a: AssignmentRef) {
  recordEvent(em, cause, {
    type: 'billing.program.assigned',
    organizationId,
    aggregateId: a.id,
    payload: { organizationId, programId: a.programId, assignmentId: a.id, userId: a.userId },
  });
}

export function recordUnassigned(em: EntityManager, cause: EventCause, organizationId: string, a: AssignmentRef, reason: RevokeReason) {
  recordEvent(em, cause, {
    type: 'billing.program.unassigned',
    organizationId,
    aggregateId: a.id,
    payload: { organizationId, programId: a.programId, assignmentId: a.id, userId: a.userId, reason },
  });
}
