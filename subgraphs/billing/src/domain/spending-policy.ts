import { ROLES, type Membership, type Role } from '@guildhall/roles';

/** By default every active member may book through the org; finance roles narrow it. */
export const DEFAULT_SPENDING_ROLES: readonly Role[] = ROLES;

/** Fail closed: only an ACTIVE member whose role the org's policy lists may spend its funds. */
export const maySpendOrgFunds = (membership: Membership | undefined, spendingRoles: readonly string[]): boolean =>
  membership?.status === 'ACTIVE' && spendingRoles.includes(membership.role);
