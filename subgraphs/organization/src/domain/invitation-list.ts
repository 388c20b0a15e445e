import { userError, type UserErrorValue } from '@guildhall/kernel';
import type { Role } from '@guildhall/roles';
import { checkInvitableRole, normaliseEmail, validateInviteeEmail } from './invitation.js';
import { MAX_INVITATION_ROWS } from './invitation-csv.js';
import { checkGrant, type OrgFacts } from '@guildhall/roles';

/**
 * The invitations a new org is created with, checked as a whole before anything is written: the
 * creator becomes its OWNER (so may grant any role), the org has the defaults of a new org.
 * Any bad entry refuses the lot; errors point at ['input', 'invitations', '<index>', 'email' | 'role'].
 */
export function checkInitialInvitations(invitations: readonly { email: string; role: Role }[], creator: { userId: string; email: string }, org: Omit<OrgFacts, 'activeOwners'>): UserErrorValue[] {
  const base = ['input', 'invitations'];
  if (invitations.length > MAX_INVITATION_ROWS) return [userError('BAD_USER_INPUT', base, `Invite at most ${MAX_INVITATION_ROWS} people when creating an organization.`)];
  const owner = { userId: creator.userId, role: 'OWNER' as const, status: 'ACTIVE' as const };
  const seen = new Map<string, number>();
  return invitations.flatMap((invite, i) => {
    const field = (name: string) => [...base, String(i), name];
    const emailErrors = validateInviteeEmail(invite.email, field('email'));
    const roleErrors = checkInvitableRole(invite.role, field('role'));
    const errors = [...emailErrors, ...(roleErrors.length ? roleErrors : checkGrant(owner, invite.role, { ...org, activeOwners: 1 }).map((e) => ({ ...e, field: field('role') })))];
    if (emailErrors.length) return errors;
    const email = normaliseEmail(invite.email);
    if (email === normaliseEmail(creator.email)) errors.push(userError('CONFLICT', field('email'), 'You will be the OWNER; you need no invitation.'));
    else if (seen.has(email)) errors.push(userError('CONFLICT', field('email'), `This email is already invited by entry ${seen.get(email)! + 1}.`));
    else seen.set(email, i);
    return errors;
  });
}
