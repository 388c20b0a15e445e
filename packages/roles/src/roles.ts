/**
 * The one home of Guildhall's roles: names, ranks and member statuses.
 * Rank orders roles for hierarchy checks only; access comes from the capabilities in ./capabilities.ts.
 */
export const ROLES = ['OWNER', 'MAINTAINER', 'BILLING_ADMIN', 'MANAGER', 'EXPERT', 'SUPPORT', 'LEARNER'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_RANK: Readonly<Record<Role, number>> = {
  OWNER: 100,
  MAINTAINER: 80,
  BILLING_ADMIN: 70,
  MANAGER: 60,
  EXPERT: 40,
  SUPPORT: 30,
  LEARNER: 20,
};

export const MEMBER_STATUSES = ['PENDING', 'ACTIVE', 'SUSPENDED', 'REMOVED', 'ERASED'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

export interface Membership {
  readonly role: Role;
  readonly status: MemberStatus;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function outranks(a: Role, b: Role): boolean {
  return ROLE_RANK[a] > ROLE_RANK[b];
}

/** The highest-ranked role of a set (SCIM group mapping, for instance); undefined when empty. */
export function highestRole(roles: Iterable<Role>): Role | undefined {
  let best: Role | undefined;
  for (const role of roles) if (best === undefined || outranks(role, best)) best = role;
  return best;
}
