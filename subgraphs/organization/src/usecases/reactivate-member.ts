import { FROM_STATUS, checkReactivation } from '@guildhall/roles';
import type { OrganizationDeps } from './deps.js';
import { transitionMember } from './member-transition.js';

/** Back to ACTIVE; a LEARNER takes a seat again, so it is seat-gated. */
export function reactivateMember(deps: OrganizationDeps, input: { organizationId: string; membershipId: string }) {
  return transitionMember(deps, input, ({ actor, target, orgFacts }) => {
    const errors = checkReactivation(actor, target, orgFacts);
    if (errors.length) return errors;
    return { role: target.role, status: 'ACTIVE', from: FROM_STATUS.reactivate, event: 'organization.member.reactivated' };
  });
}
