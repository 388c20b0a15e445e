import type { ApiScope, Capability, MemberStatus, Membership, Role } from '@guildhall/roles';
import { can, scopesAllow } from '@guildhall/roles';

/** Who is calling, as the gateway established it. Subgraphs trust only what a valid context token says. */
export type Principal =
  | { kind: 'anonymous' }
  | { kind: 'user'; userId: string; email: string; sessionId: string; platformAdmin: boolean; memberships: MembershipClaims }
  | { kind: 'apiKey'; keyId: string; organizationId: string; scopes: ApiScope[] }
  | { kind: 'service'; service: string }
  /** An IdP provisioning over SCIM with an org's SCIM token: reaches only the SCIM fields, only of that org. */
  | { kind: 'scim'; credentialId: string; organizationId: string };

export type MembershipClaims = Record<string, { role: Role; status: MemberStatus }>;

export interface RequestOrigin {
  ip: string | null;
  userAgent: string | null;
}

export const ANONYMOUS: Principal = { kind: 'anonymous' };

export function membershipIn(principal: Principal, organizationId: string): Membership | undefined {
  return principal.kind === 'user' ? principal.memberships[organizationId] : undefined;
}

/** Whether the caller belongs to the org at all: a member (in any status), or a key issued by it. */
export function hasOrgAccess(principal: Principal, organizationId: string): boolean {
  if (principal.kind === 'apiKey') return principal.organizationId === organizationId;
  return membershipIn(principal, organizationId) !== undefined;
}

/** The one access check: an ACTIVE member's role, or an API key's scopes, in that very org. */
export function principalCan(principal: Principal, organizationId: string, capability: Capability): boolean {
  if (principal.kind === 'apiKey') return principal.organizationId === organizationId && scopesAllow(principal.scopes, capability);
  return can(membershipIn(principal, organizationId), capability);
}

export function userIdOf(principal: Principal): string | null {
  return principal.kind === 'user' ? principal.userId : null;
}

/** The actor recorded on events and audit entries. */
export type Actor = { kind: 'user'; id: string } | { kind: 'apiKey'; id: string } | { kind: 'scim'; id: string } | { kind: 'service'; id: string } | { kind: 'system'; id: null };
export function actorOf(principal: Principal): Actor {
  if (principal.kind === 'user') return { kind: 'user', id: principal.userId };
  if (principal.kind === 'apiKey') return { kind: 'apiKey', id: principal.keyId };
  if (principal.kind === 'scim') return { kind: 'scim', id: principal.credentialId };
  if (principal.kind === 'service') return { kind: 'service', id: principal.service };
  return { kind: 'system', id: null };
}
