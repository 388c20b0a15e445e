import type { MemberStatus, Role } from './roles.js';

/**
 * The one module of member-administration rules, applied by every path that changes a membership
 * (the graph, invitations, SSO auto-join, SCIM) and shown by the dashboard before a doomed click.
 * Pure: the caller loads the facts under a lock.
 */
export interface RuleRefusal {
  code: 'ROLE_TRANSITION_BLOCKED' | 'LAST_OWNER';
  field: string[] | null;
  message: string;
}
type UserErrorValue = RuleRefusal;
const userError = (code: RuleRefusal['code'], field: string[] | null, message: string): RuleRefusal => ({ code, field, message });

export interface MemberFacts {
  userId: string;
  role: Role;
  status: MemberStatus;
}

export interface OrgFacts {
  canHost: boolean;
  canSponsor: boolean;
  /** ACTIVE OWNERs right now, counted inside the transaction that holds the org lock. */
  activeOwners: number;
}

/** Only an OWNER grants, changes or removes these. */
export const PRIVILEGED_ROLES: readonly Role[] = ['OWNER', 'MAINTAINER', 'BILLING_ADMIN'];
const privileged = (role: Role) => PRIVILEGED_ROLES.includes(role);

const blocked = (message: string, field: string[] = ['input', 'role']) => userError('ROLE_TRANSITION_BLOCKED', field, message);
const lastOwner = (message: string) => userError('LAST_OWNER', null, message);

/** May `role` exist in this org at all? EXPERTs sell for a host org; LEARNERs are sponsored. */
export function checkRoleAllowedInOrg(role: Role, org: Pick<OrgFacts, 'canHost' | 'canSponsor'>, field: string[] = ['input', 'role']): UserErrorValue[] {
  if (role === 'EXPERT' && !org.canHost) return [blocked('Only an organization that hosts experts can have EXPERT members.', field)];
  if (role === 'LEARNER' && !org.canSponsor) return [blocked('Only an organization that sponsors learners can have LEARNER members.', field)];
  return [];
}

/** Granting a role to someone new (adding a member, inviting). */
export function checkGrant(actor: MemberFacts, role: Role, org: OrgFacts): UserErrorValue[] {
  if (privileged(role) && actor.role !== 'OWNER') return [blocked(`Only an OWNER can grant the ${role} role.`)];
  return checkRoleAllowedInOrg(role, org);
}

export function checkRoleChange(actor: MemberFacts, target: MemberFacts, role: Role, org: OrgFacts): UserErrorValue[] {
  if (actor.userId === target.userId) return [blocked('You cannot change your own role.')];
  // checked before the actor's rights: whoever asks, the org keeps an OWNER
  if (target.role === 'OWNER' && role !== 'OWNER' && target.status === 'ACTIVE' && org.activeOwners <= 1) {
    return [lastOwner('The last active OWNER cannot be demoted; make someone else an OWNER first.')];
  }
  if ((privileged(target.role) || privileged(role)) && actor.role !== 'OWNER') {
    return [blocked(`Only an OWNER can change a ${target.role} into a ${role}.`)];
  }
  if ((target.role === 'LEARNER' && role === 'EXPERT') || (target.role === 'EXPERT' && role === 'LEARNER')) {
    return [blocked('A LEARNER cannot become an EXPERT or the other way round; they are different relationships with the org.')];
  }
  return checkRoleAllowedInOrg(role, org);
}

/** Back to ACTIVE from SUSPENDED. */
export function checkReactivation(actor: MemberFacts, target: MemberFacts, org: OrgFacts): UserErrorValue[] {
  const field = ['input', 'membershipId'];
  if (actor.userId === target.userId) return [blocked('You cannot reactivate yourself.', field)];
  if (target.role === 'OWNER' && actor.role !== 'OWNER') return [blocked('Only an OWNER can reactivate an OWNER.', field)];
  return checkRoleAllowedInOrg(target.role, org, field);
}

/** The roles an invitation may carry: SUPPORT is assigned by an admin, never invited. */
export const INVITABLE_ROLES: readonly Role[] = ['OWNER', 'MAINTAINER', 'BILLING_ADMIN', 'MANAGER', 'EXPERT', 'LEARNER'];

/** Suspending and removing share their rules; removal may also be refused for open obligations. */
export function checkRemoval(actor: MemberFacts, target: MemberFacts, org: OrgFacts, kind: 'suspend' | 'remove'): UserErrorValue[] {
  const verb = kind === 'suspend' ? 'suspend' : 'remove';
  if (actor.userId === target.userId) return [blocked(`You cannot ${verb} yourself.`, ['input', 'membershipId'])];
  if (target.role === 'OWNER' && target.status === 'ACTIVE' && org.activeOwners <= 1) {
    return [lastOwner(`The last active OWNER cannot be ${kind === 'suspend' ? 'suspended' : 'removed'}.`)];
  }
  if (privileged(target.role) && actor.role !== 'OWNER') return [blocked(`Only an OWNER can ${verb} a ${target.role}.`, ['input', 'membershipId'])];
  return [];
}

/** Which member statuses each action starts from (compare-and-set in the use cases). */
export const FROM_STATUS = {
  changeRole: ['ACTIVE', 'SUSPENDED', 'PENDING'],
  suspend: ['ACTIVE'],
  reactivate: ['SUSPENDED'],
  remove: ['ACTIVE', 'SUSPENDED', 'PENDING'],
} as const satisfies Record<string, readonly MemberStatus[]>;
