import { fail, forbidden, notFound, recordEvent, succeed, userError, UserErrorsThrown, type EventPayloads, type Outcome, type UserErrorValue } from '@guildhall/kernel';
import type { EntityManager } from '@mikro-orm/postgresql';
import { can, type MemberStatus, type Role } from '@guildhall/roles';
import type { MemberFacts, OrgFacts } from '@guildhall/roles';
import type { MembershipRecord } from '../entities/membership.entity.js';
import type { OrganizationRecord } from '../entities/organization.entity.js';
import type { OrganizationDeps } from './deps.js';
import { activeOwnerCount, findMembership, lockOrganization } from './organization-lock.js';

export { activeOwnerCount, findMembership };
import { passSeatGate } from './seat-gate.js';

type MemberEvent = 'organization.member.role-changed' | 'organization.member.suspended' | 'organization.member.reactivated' | 'organization.member.removed';

export interface Transition {
  role: Role;
  status: MemberStatus;
  /** The statuses the member may be in for this transition (compare-and-set). */
  from: readonly MemberStatus[];
  event: MemberEvent;
  extra?: Partial<EventPayloads[MemberEvent]>;
}

export interface TransitionFacts {
  em: EntityManager;
  org: OrganizationRecord;
  orgFacts: OrgFacts;
  actor: MemberFacts;
  target: MembershipRecord;
}

/**
 * The common path of every change to an existing membership: lock the org, load fresh facts (never
 * the token's), let the rule decide, compare-and-set the row, move seats, record the event. Any
 * refusal rolls the whole transaction back, so bad input writes nothing.
 */
export async function transitionMember(
  deps: OrganizationDeps,
  input: { organizationId: string; membershipId: string },
  decide: (facts: TransitionFacts) => UserErrorValue[] | Transition | Promise<UserErrorValue[] | Transition>,
): Promise<Outcome<MembershipRecord>> {
  const principal = deps.principal;
  if (principal.kind !== 'user') throw forbidden();
  try {
    return await deps.em.transactional(async (em) => {
      const { org, actor } = await lockForAdministration(em, input.organizationId, principal.userId);
      const target = await findMembership(em, { id: input.membershipId });
      if (!target || target.organizationId !== org.id) throw notFound('Member');
      const orgFacts = { canHost: org.canHost, canSponsor: org.canSponsor, activeOwners: await activeOwnerCount(em, org.id) };
      const decision = await decide({ em, org, orgFacts, actor, target });
      if (Array.isArray(decision)) throw new UserErrorsThrown(decision);
      const moved: unknown = await em.execute(
        `update "organization"."membership" set role = ?, status = ?, updated_at = now() where id = ? and status in (${decision.from.map(() => '?').join(', ')})`,
        [decision.role, decision.status, target.id, ...decision.from],
        'run',
      );
      if (!(moved as { affectedRows: number }).affectedRows) {
        throw new UserErrorsThrown([userError('CONFLICT', ['input', 'membershipId'], `This member is ${target.status.toLowerCase()}; the change does not apply.`)]);
      }
      const seatErrors = await passSeatGate(em, org, target, { role: decision.role, status: decision.status });
      if (seatErrors.length) throw new UserErrorsThrown(seatErrors);
      recordEvent(em, deps, {
        type: decision.event,
        organizationId: org.id,
        aggregateId: target.id,
        payload: { organizationId: org.id, membershipId: target.id, userId: target.userId, role: decision.role, ...decision.extra } as EventPayloads[MemberEvent],
      });
      await em.flush();
      return succeed({ ...target, role: decision.role, status: decision.status, updatedAt: new Date() });
    });
  } catch (error) {
    if (error instanceof UserErrorsThrown) return fail(...error.errors);
    throw error;
  }
}

/** Locks the org and checks, on fresh rows, that the caller may administer its members. */
export async function lockForAdministration(em: EntityManager, organizationId: string, userId: string) {
  const org = await lockOrganization(em, organizationId);
  if (!org || org.status === 'DEACTIVATED') throw notFound('Organization');
  const actor = await findMembership(em, { organizationId, userId });
  if (!can(actor ?? undefined, 'members.manage')) throw forbidden();
  if (org.status === 'SUSPENDED') throw forbidden('This organization is suspended; it is read-only until the platform reactivates it.');
  return { org, actor: actor! };
}
