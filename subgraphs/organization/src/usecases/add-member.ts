import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { fail, forbidden, recordEvent, selectRows, succeed, userError, UserErrorsThrown, type MemberSource, type Outcome } from '@guildhall/kernel';
import type { Role } from '@guildhall/roles';
import { checkGrant } from '@guildhall/roles';
import { MembershipRecord } from '../entities/membership.entity.js';
import type { OrganizationRecord } from '../entities/organization.entity.js';
import type { OrganizationDeps } from './deps.js';
import { activeOwnerCount, findMembership, lockForAdministration } from './member-transition.js';
import { passSeatGate } from './seat-gate.js';

export interface AddMemberInput {
  organizationId: string;
  email: string;
  role: Role;
}

/** An administrator adds someone who already has a Guildhall account, by their email. */
export async function addMember(deps: OrganizationDeps, input: AddMemberInput): Promise<Outcome<MembershipRecord>> {
  const principal = deps.principal;
  if (principal.kind !== 'user') throw forbidden();
  try {
    return await deps.em.transactional(async (em) => {
      const { org, actor } = await lockForAdministration(em, input.organizationId, principal.userId);
      const [user] = await selectRows<{ userId: string }>(em, `select user_id from "organization"."user_directory" where email = ?`, [input.email.trim().toLowerCase()]);
      if (!user) throw new UserErrorsThrown([userError('BAD_USER_INPUT', ['input', 'email'], 'No Guildhall account uses this email; send an invitation instead.')]);
      const errors = checkGrant(actor, input.role, { canHost: org.canHost, canSponsor: org.canSponsor, activeOwners: await activeOwnerCount(em, org.id) });
      if (errors.length) throw new UserErrorsThrown(errors);
      return succeed(await admitMember(em, deps, org, { userId: user.userId, role: input.role, source: 'direct' }));
    });
  } catch (error) {
    if (error instanceof UserErrorsThrown) return fail(...error.errors);
    throw error;
  }
}

/**
 * Makes `userId` an ACTIVE member with `role`, inside the caller's transaction that holds the org
 * lock: seat-gated, with its event. Every path that admits members ends here (adding, invitations,
 * and later SSO auto-join and SCIM). A removed member comes back on their old row.
 */
export async function admitMember(em: EntityManager, deps: Pick<OrganizationDeps, 'principal' | 'origin'>, org: OrganizationRecord, input: { userId: string; role: Role; source: MemberSource }): Promise<MembershipRecord> {
  const existing = await findMembership(em, { organizationId: org.id, userId: input.userId });
  if (existing && existing.status !== 'REMOVED') {
    throw new UserErrorsThrown([userError('CONFLICT', ['input', 'email'], existing.status === 'ERASED' ? 'This account was erased.' : 'This person is already a member.')]);
  }
  const seatErrors = await passSeatGate(em, org, existing, { role: input.role, status: 'ACTIVE' });
  if (seatErrors.length) throw new UserErrorsThrown(seatErrors);
  const membership = existing
    ? Object.assign(existing, { role: input.role, status: 'ACTIVE' as const, updatedAt: new Date() })
    : em.create(MembershipRecord, { id: randomUUID(), organizationId: org.id, userId: input.userId, role: input.role, status: 'ACTIVE' });
  if (existing) {
    await em.execute(`update "organization"."membership" set role = ?, status = 'ACTIVE', updated_at = now() where id = ? and status = 'REMOVED'`, [input.role, existing.id], 'run');
  } else {
    em.persist(membership);
  }
  recordEvent(em, deps, {
    type: 'organization.member.added',
    organizationId: org.id,
    aggregateId: membership.id,
    payload: { organizationId: org.id, membershipId: membership.id, userId: input.userId, role: input.role, source: input.source },
  });
  await em.flush();
  return membership;
}
