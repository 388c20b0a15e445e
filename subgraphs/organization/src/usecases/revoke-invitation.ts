import { fail, forbidden, recordEvent, succeed, userError, UserErrorsThrown, type Outcome } from '@guildhall/kernel';
import { invitationUnusable } from '../domain/invitation.js';
import { PRIVILEGED_ROLES } from '@guildhall/roles';
import type { InvitationRecord } from '../entities/invitation.entity.js';
import type { OrganizationDeps } from './deps.js';
import { lockInvitationOf } from './invitation-lock.js';
import { lockForAdministration } from './member-transition.js';

/** Withdraws a PENDING invitation (compare-and-set): its link stops working at once. */
export async function revokeInvitation(deps: OrganizationDeps, input: { organizationId: string; invitationId: string }): Promise<Outcome<InvitationRecord>> {
  const principal = deps.principal;
  if (principal.kind !== 'user') throw forbidden();
  try {
    return await deps.em.transactional(async (em) => {
      const { org, actor } = await lockForAdministration(em, input.organizationId, principal.userId);
      const { invitation, status } = await lockInvitationOf(em, org.id, input.invitationId);
      const unusable = invitationUnusable(status, ['input', 'invitationId']);
      if (unusable) throw new UserErrorsThrown([unusable]);
      // as for members: only an OWNER takes back what only an OWNER may grant
      if (PRIVILEGED_ROLES.includes(invitation.role) && actor.role !== 'OWNER') {
        throw new UserErrorsThrown([userError('ROLE_TRANSITION_BLOCKED', ['input', 'invitationId'], `Only an OWNER can revoke an invitation to be ${invitation.role}.`)]);
      }
      const moved: unknown = await em.execute(
        `update "organization"."invitation" set status = 'REVOKED', updated_at = now() where id = ? and status = 'PENDING' and expires_at > now()`,
        [invitation.id],
        'run',
      );
      if (!(moved as { affectedRows: number }).affectedRows) throw new UserErrorsThrown([invitationUnusable('EXPIRED', ['input', 'invitationId'])!]);
      recordEvent(em, deps, {
        type: 'organization.invitation.revoked',
        organizationId: org.id,
        aggregateId: invitation.id,
        payload: { organizationId: org.id, invitationId: invitation.id, role: invitation.role },
      });
      await em.flush();
      return succeed({ ...invitation, status: 'REVOKED' as const, updatedAt: new Date() });
    });
  } catch (error) {
    if (error instanceof UserErrorsThrown) return fail(...error.errors);
    throw error;
  }
}
