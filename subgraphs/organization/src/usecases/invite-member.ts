import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { fail, forbidden, succeed, userError, UserErrorsThrown, type Outcome, type UserErrorValue } from '@guildhall/kernel';
import type { Role } from '@guildhall/roles';
import { checkInvitableRole, normaliseEmail, validateInviteeEmail } from '../domain/invitation.js';
import { checkGrant } from '@guildhall/roles';
import { deliverInvitations, type DeliveredInvitation, type InvitationDeps, type IssuedInvitation } from './invitation-delivery.js';
import { issueInvitation } from './issue-invitation.js';
import { activeOwnerCount, lockForAdministration } from './member-transition.js';

export interface InviteMemberInput {
  organizationId: string;
  email: string;
  role: Role;
}

/** Where a use case's errors point: the single-invite input, or a row of a bulk file. */
export interface InviteFields {
  email: string[];
  role: string[];
}
const INPUT_FIELDS: InviteFields = { email: ['input', 'email'], role: ['input', 'role'] };

/** A governance member invites an email to join with a role; the email goes out after commit. */
export async function inviteMember(deps: InvitationDeps, input: InviteMemberInput): Promise<Outcome<DeliveredInvitation>> {
  const problems = [...validateInviteeEmail(input.email, INPUT_FIELDS.email), ...checkInvitableRole(input.role, INPUT_FIELDS.role)];
  if (problems.length) return fail(...problems);
  const outcome = await writeInvitation(deps, { ...input, email: normaliseEmail(input.email) }, INPUT_FIELDS);
  if (!outcome.ok) return outcome;
  const [delivered] = await deliverInvitations(deps, outcome.value.organizationName, [outcome.value.issued]);
  return succeed(delivered!);
}

/**
 * One invitation in its own transaction: lock the org, check the caller's rights and the grant on
 * fresh rows, write it. Input already validated and the email lowercased. Sends nothing.
 */
export async function writeInvitation(deps: InvitationDeps, input: InviteMemberInput, fields: InviteFields): Promise<Outcome<{ issued: IssuedInvitation; organizationName: string }>> {
  const principal = deps.principal;
  if (principal.kind !== 'user') throw forbidden();
  try {
    return await deps.em.transactional(async (em) => {
      const { org, actor } = await lockForAdministration(em, input.organizationId, principal.userId);
      const grantErrors = checkGrant(actor, input.role, { canHost: org.canHost, canSponsor: org.canSponsor, activeOwners: await activeOwnerCount(em, org.id) });
      if (grantErrors.length) throw new UserErrorsThrown(grantErrors.map((e) => pointAt(e, fields)));
      const issued = await issueInvitation(em, deps, { organizationId: org.id, email: input.email, role: input.role, invitedBy: principal.userId }, fields.email);
      return succeed({ issued, organizationName: org.name });
    });
  } catch (error) {
    if (error instanceof UserErrorsThrown) return fail(...error.errors);
    // two invitations of one email raced past the check (the partial unique index decides)
    if (error instanceof UniqueConstraintViolationException) return fail(userError('CONFLICT', fields.email, 'This email already has a pending invitation; resend or revoke it instead.'));
    throw error;
  }
}

/** The grant rules speak of ['input', 'role']; in a bulk file that is the row's role cell. */
const pointAt = (error: UserErrorValue, fields: InviteFields): UserErrorValue =>
  error.field?.join('.') === 'input.role' ? { ...error, field: fields.role } : error.field?.join('.') === 'input.email' ? { ...error, field: fields.email } : error;
