import { fail, forbidden, succeed, UserErrorsThrown, type Outcome } from '@guildhall/kernel';
import { hashInvitationToken, invitationExpiry, invitationUnusable, newInvitationToken } from '../domain/invitation.js';
import { checkGrant } from '@guildhall/roles';
import { deliverInvitations, type DeliveredInvitation, type InvitationDeps } from './invitation-delivery.js';
import { lockInvitationOf } from './invitation-lock.js';
import { activeOwnerCount, lockForAdministration } from './member-transition.js';

/**
 * Sends a PENDING invitation again with a new token and a fresh 14 days: the old link stops working
 * the moment this commits. Re-sending re-grants the role, so the grant rules apply again.
 */
export async function resendInvitation(deps: InvitationDeps, input: { organizationId: string; invitationId: string }): Promise<Outcome<DeliveredInvitation>> {
  const principal = deps.principal;
  if (principal.kind !== 'user') throw forbidden();
  let written;
  try {
    written = await deps.em.transactional(async (em) => {
      const { org, actor } = await lockForAdministration(em, input.organizationId, principal.userId);
      const { invitation, status } = await lockInvitationOf(em, org.id, input.invitationId);
      const unusable = invitationUnusable(status, ['input', 'invitationId']);
      if (unusable) throw new UserErrorsThrown([unusable]);
      const grantErrors = checkGrant(actor, invitation.role, { canHost: org.canHost, canSponsor: org.canSponsor, activeOwners: await activeOwnerCount(em, org.id) });
      if (grantErrors.length) throw new UserErrorsThrown(grantErrors);
      const token = newInvitationToken();
      const expiresAt = invitationExpiry();
      await em.execute(
        `update "organization"."invitation" set token_hash = ?, expires_at = ?, updated_at = now() where id = ? and status = 'PENDING'`,
        [hashInvitationToken(token), expiresAt, invitation.id],
        'run',
      );
      return { issued: { invitation: { ...invitation, expiresAt, updatedAt: new Date() }, token }, organizationName: org.name };
    });
  } catch (error) {
    if (error instanceof UserErrorsThrown) return fail(...error.errors);
    throw error;
  }
  const [delivered] = await deliverInvitations(deps, written.organizationName, [written.issued]);
  return succeed(delivered!);
}
