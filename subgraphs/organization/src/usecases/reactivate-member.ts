import { userError } from '@guildhall/kernel';
import { FROM_STATUS, checkRoleAllowedInOrg } from '@guildhall/roles';
import type { OrganizationDeps } from './deps.js';
import { transitionMember } from './member-transition.js';

/** Back to ACTIVE; a LEARNER takes a seat again, so it is seat-gated. */
export function reactivateMember(deps: OrganizationDeps, input: { organizationId: string; membershipId: string }) {
  return transitionMember(deps, input, ({ actor, target, orgFacts }) => {
    if (actor.userId === target.userId) return [userError('ROLE_TRANSITION_BLOCKED', ['input', 'membershipId'], 'You cannot reactivate yourself.')];
    if (target.role === 'OWNER' && actor.role !== 'OWNER') return [userError('ROLE_TRANSITION_BLOCKED', ['input', 'membershipId'], 'Only an OWNER can reactivate an OWNER.')];
    const errors = checkRoleAllowedInOrg(target.role, orgFacts, ['input', 'membershipId']);
    if (errors.length) return errors;
    return { role: target.role, status: 'ACTIVE', from: FROM_STATUS.reactivate, event: 'organization.member.reactivated' };
  });
}
