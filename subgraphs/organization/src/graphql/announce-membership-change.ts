import { MEMBERSHIPS_CHANGED_HEADER, type Principal } from '@guildhall/kernel';
import type { MemberStatus, Role } from '@guildhall/roles';
import type { OrganizationContext } from './loaders.js';

/**
 * After a change to memberships: the rest of this request sees the caller's new membership, and the
 * gateway drops its cached memberships of the affected users before the next request.
 */
export function announceMembershipChange(ctx: OrganizationContext, changes: { userId: string; organizationId: string; role: Role; status: MemberStatus }[]) {
  const principal: Principal = ctx.principal;
  if (principal.kind === 'user') {
    const memberships = { ...principal.memberships };
    for (const change of changes) if (change.userId === principal.userId) memberships[change.organizationId] = { role: change.role, status: change.status };
    ctx.principal = { ...principal, memberships };
  }
  ctx.setResponseHeader(MEMBERSHIPS_CHANGED_HEADER, [...new Set(changes.map((c) => c.userId))].join(','));
}
