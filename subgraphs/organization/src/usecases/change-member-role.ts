import type { Role } from '@guildhall/roles';
import { FROM_STATUS, checkRoleChange } from '@guildhall/roles';
import type { OrganizationDeps } from './deps.js';
import { transitionMember } from './member-transition.js';

export function changeMemberRole(deps: OrganizationDeps, input: { organizationId: string; membershipId: string; role: Role }) {
  return transitionMember(deps, input, ({ actor, target, orgFacts }) => {
    const errors = checkRoleChange(actor, target, input.role, orgFacts);
    if (errors.length) return errors;
    return { role: input.role, status: target.status, from: FROM_STATUS.changeRole, event: 'organization.member.role-changed', extra: { previousRole: target.role } };
  });
}
