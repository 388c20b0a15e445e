import { FROM_STATUS, checkRemoval } from '../domain/membership-rules.js';
import type { OrganizationDeps } from './deps.js';
import { transitionMember } from './member-transition.js';

/** Removal keeps the row (history, audit) with status REMOVED; their seat is released. */
export function removeMember(deps: OrganizationDeps, input: { organizationId: string; membershipId: string }) {
  return transitionMember(deps, input, ({ actor, target, orgFacts }) => {
    const errors = checkRemoval(actor, target, orgFacts, 'remove');
    if (errors.length) return errors;
    return { role: target.role, status: 'REMOVED', from: FROM_STATUS.remove, event: 'organization.member.removed', extra: { source: 'direct' } };
  });
}
