import { fail, forbidden, notFound, recordEvent, succeed, userError, UserErrorsThrown, type Outcome } from '@guildhall/kernel';
import type { MembershipRecord } from '../entities/membership.entity.js';
import type { OrganizationDeps } from './deps.js';
import { activeOwnerCount, findMembership, lockOrganization } from './organization-lock.js';
import { passSeatGate } from './seat-gate.js';

/**
 * A platform administrator makes an ACTIVE member the OWNER of an org that has no ACTIVE OWNER left
 * (its only OWNER was erased under DPDP §12, which the last-OWNER rule does not hold up). Only then:
 * an org with an OWNER manages its own roles. Same path as every membership change: the org's lock,
 * fresh facts, a compare-and-set, the seat gate (a LEARNER made OWNER frees a seat), the event.
 */
export async function appointOwner(deps: OrganizationDeps, input: { organizationId: string; membershipId: string }): Promise<Outcome<MembershipRecord>> {
  const principal = deps.principal;
  if (principal.kind !== 'user' || !principal.platformAdmin) throw forbidden('Only a platform administrator can appoint an OWNER.');
  try {
    return await deps.em.transactional(async (em) => {
      const org = await lockOrganization(em, input.organizationId);
      if (!org || org.status === 'DEACTIVATED') throw notFound('Organization');
      if ((await activeOwnerCount(em, org.id)) > 0) {
        throw new UserErrorsThrown([userError('CONFLICT', ['input', 'organizationId'], 'This organization has an ACTIVE OWNER; its OWNERs manage its roles.')]);
      }
      const target = await findMembership(em, { id: input.membershipId });
      if (!target || target.organizationId !== org.id) throw notFound('Member');
      if (target.status !== 'ACTIVE') throw new UserErrorsThrown([userError('CONFLICT', ['input', 'membershipId'], `This member is ${target.status.toLowerCase()}; only an ACTIVE member can be made OWNER.`)]);
      const moved: unknown = await em.execute(`update "organization"."membership" set role = 'OWNER', updated_at = now() where id = ? and status = 'ACTIVE'`, [target.id], 'run');
      if (!(moved as { affectedRows: number }).affectedRows) throw new UserErrorsThrown([userError('CONFLICT', ['input', 'membershipId'], 'This member changed meanwhile; try again.')]);
      const seatErrors = await passSeatGate(em, org, target, { role: 'OWNER', status: 'ACTIVE' });
      if (seatErrors.length) throw new UserErrorsThrown(seatErrors);
      recordEvent(em, deps, {
        type: 'organization.member.role-changed',
        organizationId: org.id,
        aggregateId: target.id,
        payload: { organizationId: org.id, membershipId: target.id, userId: target.userId, role: 'OWNER', previousRole: target.role },
      });
      await em.flush();
      return succeed({ ...target, role: 'OWNER' as const, updatedAt: new Date() });
    });
  } catch (error) {
    if (error instanceof UserErrorsThrown) return fail(...error.errors);
    throw error;
  }
}
