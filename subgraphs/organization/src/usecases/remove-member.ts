import { selectRows } from '@guildhall/kernel';
import { checkObligations, type ObligationKind } from '../domain/member-obligations.js';
import { FROM_STATUS, checkRemoval } from '@guildhall/roles';
import type { OrganizationDeps } from './deps.js';
import { transitionMember } from './member-transition.js';

/**
 * Removal keeps the row (history, audit) with status REMOVED and releases their seat. It waits for
 * the member's open obligations to close, unless an OWNER forces it.
 */
export function removeMember(deps: OrganizationDeps, input: { organizationId: string; membershipId: string; force?: boolean | null }) {
  return transitionMember(deps, input, async ({ em, actor, target, orgFacts }) => {
    const errors = checkRemoval(actor, target, orgFacts, 'remove');
    if (errors.length) return errors;
    const open = await selectRows<{ kind: ObligationKind }>(
      em,
      `select kind from "organization"."member_obligation" where organization_id = ? and user_id = ? and closed_at is null`,
      [target.organizationId, target.userId],
    );
    const refused = checkObligations(open.map((o) => o.kind), actor.role, input.force ?? false);
    if (refused.length) return refused;
    return { role: target.role, status: 'REMOVED', from: FROM_STATUS.remove, event: 'organization.member.removed', extra: { source: 'direct' } };
  });
}
