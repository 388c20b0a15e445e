import { checkGrant, checkReactivation, checkRemoval, checkRoleChange, FROM_STATUS, INVITABLE_ROLES, ROLES, type MemberFacts, type MemberStatus, type OrgFacts, type Role } from '@guildhall/roles';

/**
 * What the member-administration rules of @guildhall/roles say about one row, computed before any
 * click so a doomed control is disabled with the rule's own sentence beside it.
 */

/** The roles this actor may invite someone with in this org; checkGrant decides, never rank. */
export function grantableRoles(actor: MemberFacts, org: OrgFacts): Role[] {
  return INVITABLE_ROLES.filter((role) => checkGrant(actor, role, org).length === 0);
}

const allows = (statuses: readonly MemberStatus[], status: MemberStatus) => statuses.includes(status);

/** Roles from the least to the most special, to word a refusal that covers every role. */
const PLAIN_ORDER: readonly Role[] = ['MANAGER', 'SUPPORT', 'LEARNER', 'EXPERT', 'BILLING_ADMIN', 'MAINTAINER', 'OWNER'];

export interface RoleChoice {
  role: Role;
  /** Why this role cannot be chosen; null when it can. */
  refusal: string | null;
}

export interface RowRules {
  /** false for REMOVED or ERASED members: their role is history, shown as text. */
  roleEditable: boolean;
  roleChoices: RoleChoice[];
  /** Set when no other role can be chosen at all: the select is disabled and this is shown. */
  roleRefusal: string | null;
  /** null: the action does not apply to this status (the control is not shown). */
  suspend: { refusal: string | null } | null;
  reactivate: { refusal: string | null } | null;
  remove: { refusal: string | null } | null;
}

export function rulesFor(actor: MemberFacts, target: MemberFacts, org: OrgFacts): RowRules {
  const changeable = allows(FROM_STATUS.changeRole, target.status);
  const roleChoices = ROLES.map((role) => ({
    role,
    refusal: role === target.role ? null : (checkRoleChange(actor, target, role, org)[0]?.message ?? null),
  }));
  const others = roleChoices.filter((choice) => choice.role !== target.role);
  // one sentence for the whole select when every other role is refused (yourself, the last OWNER...):
  // the refusal of the plainest move reads best ("…into a MANAGER", not "…into a OWNER")
  const plainest = [...others].sort((a, b) => PLAIN_ORDER.indexOf(a.role) - PLAIN_ORDER.indexOf(b.role))[0];
  const roleRefusal = changeable && others.every((choice) => choice.refusal) ? (plainest?.refusal ?? null) : null;
  const refusalOf = (kind: 'suspend' | 'remove') => checkRemoval(actor, target, org, kind)[0]?.message ?? null;
  return {
    roleEditable: changeable,
    roleChoices,
    roleRefusal,
    suspend: allows(FROM_STATUS.suspend, target.status) ? { refusal: refusalOf('suspend') } : null,
    reactivate: allows(FROM_STATUS.reactivate, target.status) ? { refusal: checkReactivation(actor, target, org)[0]?.message ?? null } : null,
    remove: allows(FROM_STATUS.remove, target.status) ? { refusal: refusalOf('remove') } : null,
  };
}
