import { fail, recordEvent, succeed, unauthenticated, userError, UserErrorsThrown, type Outcome, type UserErrorValue } from '@guildhall/kernel';
import { hashInvitationToken, invitationUnusable, looksLikeInvitationToken, normaliseEmail } from '../domain/invitation.js';
import { checkRoleAllowedInOrg } from '@guildhall/roles';
import type { MembershipRecord } from '../entities/membership.entity.js';
import { admitMember } from './add-member.js';
import type { OrganizationDeps } from './deps.js';
import { lockInvitation } from './invitation-lock.js';
import { lockOrganization } from './organization-lock.js';

const TOKEN = ['input', 'token'];
const unknownToken = () => userError('BAD_USER_INPUT', TOKEN, 'This invitation link is not valid; check that you copied all of it.');

/**
 * The signed-in invitee accepts: lock the org, compare-and-set the invitation PENDING → ACCEPTED,
 * then admit them through the one seat-gated path. Any refusal (no seat, already a member) rolls
 * the whole transaction back, so the invitation stays PENDING and can be accepted later.
 */
export async function acceptInvitation(deps: OrganizationDeps, input: { token: string }): Promise<Outcome<MembershipRecord>> {
  const principal = deps.principal;
  if (principal.kind !== 'user') throw unauthenticated();
  if (!looksLikeInvitationToken(input.token)) return fail(unknownToken());
  const tokenHash = hashInvitationToken(input.token.trim());
  const [found] = await deps.em.execute<{ organization_id: string }[]>(`select organization_id from "organization"."invitation" where token_hash = ?`, [tokenHash]);
  if (!found) return fail(unknownToken());
  try {
    return await deps.em.transactional(async (em) => {
      // the org first, as every membership change does, then the invitation: one order, no deadlocks
      const org = await lockOrganization(em, found.organization_id);
      const locked = await lockInvitation(em, { tokenHash });
      if (!org || org.status === 'DEACTIVATED' || !locked) throw new UserErrorsThrown([unknownToken()]);
      const { invitation, status } = locked;
      const unusable = invitationUnusable(status, TOKEN);
      if (unusable) throw new UserErrorsThrown([unusable]);
      if (normaliseEmail(principal.email) !== invitation.email) {
        throw new UserErrorsThrown([userError('BAD_USER_INPUT', TOKEN, 'This invitation was sent to a different email address. Sign in with the address it was sent to, then open the link again.')]);
      }
      if (org.status === 'SUSPENDED') throw new UserErrorsThrown([userError('CONFLICT', TOKEN, 'This organization is suspended; try again once it is reactivated.')]);
      const roleErrors = checkRoleAllowedInOrg(invitation.role, org, TOKEN);
      if (roleErrors.length) throw new UserErrorsThrown(roleErrors);
      const moved: unknown = await em.execute(
        `update "organization"."invitation" set status = 'ACCEPTED', accepted_by = ?, accepted_at = now(), updated_at = now() where id = ? and status = 'PENDING' and expires_at > now()`,
        [principal.userId, invitation.id],
        'run',
      );
      if (!(moved as { affectedRows: number }).affectedRows) throw new UserErrorsThrown([invitationUnusable('EXPIRED', TOKEN)!]);
      const membership = await admitMember(em, deps, org, { userId: principal.userId, role: invitation.role, source: 'invitation' }).catch((error: unknown) => {
        if (error instanceof UserErrorsThrown) throw new UserErrorsThrown(error.errors.map(pointAtToken));
        throw error;
      });
      recordEvent(em, deps, {
        type: 'organization.invitation.accepted',
        organizationId: org.id,
        aggregateId: invitation.id,
        payload: { organizationId: org.id, invitationId: invitation.id, role: invitation.role },
      });
      await em.flush();
      return succeed(membership);
    });
  } catch (error) {
    if (error instanceof UserErrorsThrown) return fail(...error.errors);
    throw error;
  }
}

/** admitMember names the email it was given; here the invitee gave a token. */
const pointAtToken = (error: UserErrorValue): UserErrorValue => (error.field ? { ...error, field: TOKEN } : error);
