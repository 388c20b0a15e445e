import { FROM_STATUS, checkRemoval } from '@guildhall/roles';
import type { OrganizationDeps } from './deps.js';
import { transitionMember } from './member-transition.js';

/** A suspended member keeps their place but cannot act; their seat is released. */
export function suspendMember(deps: OrganizationDeps, input: { organizationId: string; membershipId: string }) {
  return transitionMember(deps, input, ({ actor, target, orgFacts }) => {
    const errors = checkRemoval(actor, target, orgFacts, 'suspend');
    if (errors.length) return errors;
    return { role: target.role, status: 'SUSPENDED', from: FROM_STATUS.suspend, event: 'organization.member.suspended' };
  });
}
