import { createHash, randomBytes } from 'node:crypto';
import { userError, type UserErrorValue, validateEmail } from '@guildhall/kernel';
import { INVITABLE_ROLES, type Role } from '@guildhall/roles';

/**
 * Invitations, pure: tokens, expiry, who may be invited as what, and email addresses.
 * The raw token exists only in memory and in the email; the table keeps its SHA-256.
 */
export const INVITATION_STATUSES = ['PENDING', 'ACCEPTED', 'REVOKED', 'EXPIRED'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export const INVITATION_TOKEN_PREFIX = 'ghi_';
export const INVITATION_TTL_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

export const DEFAULT_INVITED_ROLE: Role = 'LEARNER';

export function newInvitationToken(): string {
  return INVITATION_TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A token as the accept page passes it: trimmed; anything without our shape cannot match a row. */
export const looksLikeInvitationToken = (token: string) => /^ghi_[A-Za-z0-9_-]{43}$/.test(token.trim());

export function invitationExpiry(now: Date = new Date()): Date {
  return new Date(now.getTime() + INVITATION_TTL_DAYS * DAY_MS);
}

/** A PENDING invitation past its expiry is expired, whether or not the expiry job has marked it yet. */
export function effectiveInvitationStatus(invitation: { status: InvitationStatus; expiresAt: Date }, now: Date = new Date()): InvitationStatus {
  return invitation.status === 'PENDING' && invitation.expiresAt.getTime() <= now.getTime() ? 'EXPIRED' : invitation.status;
}

export function checkInvitableRole(role: Role, field: string[] = ['input', 'role']): UserErrorValue[] {
  return INVITABLE_ROLES.includes(role) ? [] : [userError('BAD_USER_INPUT', field, `The ${role} role cannot be given by invitation.`)];
}

export { normaliseEmail } from '@guildhall/kernel';
export const validateInviteeEmail = (email: string, field: string[] = ['input', 'email']): UserErrorValue[] => validateEmail(email, field);

/** Why a token cannot be used, by its (effective) status; null when it still can. */
export function invitationUnusable(status: InvitationStatus, field: string[] = ['input', 'token']): UserErrorValue | null {
  switch (status) {
    case 'PENDING':
      return null;
    case 'ACCEPTED':
      return userError('INVITATION_ALREADY_USED', field, 'This invitation has already been accepted.');
    case 'REVOKED':
      return userError('INVITATION_REVOKED', field, 'This invitation was withdrawn; ask the organization for a new one.');
    case 'EXPIRED':
      return userError('INVITATION_EXPIRED', field, 'This invitation has expired; ask the organization for a new one.');
  }
}
