import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { fail, recordEvent, succeed, userError, type MemberSource, type Outcome } from '@guildhall/kernel';
import type { Role } from '@guildhall/roles';
import { MembershipRecord } from '../entities/membership.entity.js';
import { OrganizationRecord } from '../entities/organization.entity.js';
import type { OrganizationDeps } from './deps.js';

export interface AddMemberInput {
  organizationId: string;
  userId: string;
  role: Role;
  source: MemberSource;
}

const alreadyMember = () => userError('CONFLICT', ['input', 'userId'], 'This user is already a member.');

/**
 * Adds an existing user as an ACTIVE member, with its event, in one transaction.
 * Authorization and role rules belong to the callers (the graph applies them; the seed is trusted).
 */
export async function addMember(deps: OrganizationDeps, input: AddMemberInput): Promise<Outcome<MembershipRecord>> {
  try {
    return await deps.em.transactional(async (em) => {
      if (!(await em.count(OrganizationRecord, { id: input.organizationId }))) return fail(userError('BAD_USER_INPUT', ['input', 'organizationId'], 'No such organization.'));
      if (await em.count(MembershipRecord, { organizationId: input.organizationId, userId: input.userId })) return fail(alreadyMember());
      const membership = em.create(MembershipRecord, { id: randomUUID(), organizationId: input.organizationId, userId: input.userId, role: input.role, status: 'ACTIVE' });
      em.persist(membership);
      recordEvent(em, deps, {
        type: 'organization.member.added',
        organizationId: input.organizationId,
        aggregateId: membership.id,
        payload: { organizationId: input.organizationId, membershipId: membership.id, userId: input.userId, role: input.role, source: input.source },
      });
      await em.flush();
      return succeed(membership);
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) return fail(alreadyMember());
    throw error;
  }
}
