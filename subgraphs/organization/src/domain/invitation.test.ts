import { checkGrant } from '@guildhall/roles';
import { INVITABLE_ROLES } from '@guildhall/roles';
import {
  checkInvitableRole,
  effectiveInvitationStatus,
  hashInvitationToken,
  invitationExpiry,
  invitationUnusable,
  looksLikeInvitationToken,
  newInvitationToken,
  validateInviteeEmail,
} from './invitation.js';

describe('invitation tokens', () => {
  it('are ghi_ plus 32 random bytes in base64url, different every time', () => {
    const a = newInvitationToken();
    expect(a).toMatch(/^ghi_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a.slice(4), 'base64url')).toHaveLength(32);
    expect(newInvitationToken()).not.toBe(a);
    expect(looksLikeInvitationToken(a)).toBe(true);
    expect(looksLikeInvitationToken('ghs_abc')).toBe(false);
  });

  it('are stored as their SHA-256 in hex', () => {
    expect(hashInvitationToken('ghi_x')).toMatch(/^[0-9a-f]{64}$/);
    expect(hashInvitationToken('ghi_x')).toBe(hashInvitationToken('ghi_x'));
    expect(hashInvitationToken('ghi_x')).not.toBe(hashInvitationToken('ghi_y'));
  });
});

describe('invitation expiry', () => {
  it('is 14 days after sending', () => {
    const now = new Date('2026-12-01T10:00:00.000Z');
    expect(invitationExpiry(now).toISOString()).toBe('2026-12-15T10:00:00.000Z');
  });

  it('makes a PENDING invitation past its date EXPIRED before any job runs', () => {
    const now = new Date('2026-12-01T10:00:00.000Z');
    expect(effectiveInvitationStatus({ status: 'PENDING', expiresAt: new Date('2026-12-01T09:59:59.999Z') }, now)).toBe('EXPIRED');
    expect(effectiveInvitationStatus({ status: 'PENDING', expiresAt: new Date('2026-12-01T10:00:00.001Z') }, now)).toBe('PENDING');
    expect(effectiveInvitationStatus({ status: 'REVOKED', expiresAt: new Date(0) }, now)).toBe('REVOKED');
  });

  it('names why a token cannot be used', () => {
    expect(invitationUnusable('PENDING')).toBeNull();
    expect(invitationUnusable('ACCEPTED')?.code).toBe('INVITATION_ALREADY_USED');
    expect(invitationUnusable('REVOKED')?.code).toBe('INVITATION_REVOKED');
    expect(invitationUnusable('EXPIRED')).toMatchObject({ code: 'INVITATION_EXPIRED', field: ['input', 'token'] });
  });
});

describe('who may be invited as what', () => {
  it('invites the DOMAIN-FACTS roles and EXPERT, never SUPPORT', () => {
    expect(INVITABLE_ROLES).toEqual(['OWNER', 'MAINTAINER', 'BILLING_ADMIN', 'MANAGER', 'EXPERT', 'LEARNER']);
    expect(checkInvitableRole('LEARNER')).toEqual([]);
    expect(checkInvitableRole('SUPPORT')).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'role'] })]);
  });

  it('leaves privileged roles to OWNERs and EXPERT to orgs that host (checkGrant)', () => {
    const maintainer = { userId: 'm', role: 'MAINTAINER' as const, status: 'ACTIVE' as const };
    const org = { canHost: false, canSponsor: true, activeOwners: 1 };
    expect(checkGrant(maintainer, 'BILLING_ADMIN', org).map((e) => e.code)).toEqual(['ROLE_TRANSITION_BLOCKED']);
    expect(checkGrant(maintainer, 'EXPERT', org).map((e) => e.code)).toEqual(['ROLE_TRANSITION_BLOCKED']);
    expect(checkGrant(maintainer, 'LEARNER', org)).toEqual([]);
  });

  it('accepts a plausible email, case and spaces aside', () => {
    expect(validateInviteeEmail('  Ada@Example.TEST ')).toEqual([]);
    for (const bad of ['', 'ada', 'ada@example', 'a b@example.test', 'a@b.c,d@e.f', `${'a'.repeat(250)}@example.test`]) {
      expect(validateInviteeEmail(bad)).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'email'] })]);
    }
  });
});
