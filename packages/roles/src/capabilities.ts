import type { Membership, Role } from './roles.js';

/**
 * Explicit capability matrix. Every authorization decision about an org goes through `can`;
 * never compare ranks for access (MAINTAINER outranks BILLING_ADMIN and is still refused billing).
 */
const GOVERNANCE: readonly Role[] = ['OWNER', 'MAINTAINER'];
const OPERATORS: readonly Role[] = [...GOVERNANCE, 'MANAGER'];
const OPS: readonly Role[] = [...OPERATORS, 'SUPPORT'];
const FINANCE_READ: readonly Role[] = ['OWNER', 'MAINTAINER', 'BILLING_ADMIN', 'MANAGER'];
const FINANCE_WRITE: readonly Role[] = ['OWNER', 'BILLING_ADMIN'];
const MONEY_AUDIT: readonly Role[] = ['OWNER', 'MAINTAINER', 'BILLING_ADMIN'];
const ALL: readonly Role[] = ['OWNER', 'MAINTAINER', 'BILLING_ADMIN', 'MANAGER', 'EXPERT', 'SUPPORT', 'LEARNER'];
const OWNER_ONLY: readonly Role[] = ['OWNER'];

export const CAPABILITIES = {
  'organization.read': ALL,
  'organization.update': GOVERNANCE,
  'organization.delete': OWNER_ONLY,
  'organization.capabilities.manage': OWNER_ONLY,
  'organization.tax.manage': OWNER_ONLY,
  'organization.hierarchy.manage': OWNER_ONLY,
  'members.read': ALL,
  'members.manage': GOVERNANCE,
  'invitations.manage': GOVERNANCE,
  'programs.read': FINANCE_READ,
  'programs.manage': OPERATORS,
  'programs.assign': OPERATORS,
  'billing.read': FINANCE_READ,
  'billing.manage': FINANCE_WRITE,
  'purchaseOrders.manage': FINANCE_WRITE,
  'payouts.read': MONEY_AUDIT,
  'payouts.manage': FINANCE_WRITE,
  'payoutAccount.manage': OWNER_ONLY,
  'audit.operations.read': OPS,
  'audit.money.read': MONEY_AUDIT,
  'webhooks.manage': FINANCE_WRITE,
  'webhooks.delete': OWNER_ONLY,
  'contracts.read': MONEY_AUDIT,
  'contracts.manage': OWNER_ONLY,
  'contracts.sign': FINANCE_WRITE,
  'rateCards.read': FINANCE_READ,
  'rateCards.manage': FINANCE_WRITE,
  'sso.manage': OWNER_ONLY,
  'sso.read': GOVERNANCE,
  'domains.manage': OWNER_ONLY,
  'scimTokens.manage': OWNER_ONLY,
  'apiKeys.manage': OWNER_ONLY,
  'apiKeys.read': GOVERNANCE,
  'scimTokens.read': GOVERNANCE,
  'scimGroups.manage': OWNER_ONLY,
  'scimGroups.read': GOVERNANCE,
  'dataExport.request': FINANCE_WRITE,
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof CAPABILITIES;

/** Only an ACTIVE membership acts; a missing one can do nothing. */
export function can(membership: Membership | undefined, capability: Capability): boolean {
  if (!membership || membership.status !== 'ACTIVE') return false;
  return (CAPABILITIES[capability] as readonly Role[]).includes(membership.role);
}

export function rolesWith(capability: Capability): readonly Role[] {
  return CAPABILITIES[capability];
}

// Named predicates for the surfaces the dashboard and the shield rules talk about.
export const canManageBilling = (m: Membership | undefined) => can(m, 'billing.manage');
export const canSeeFinanceSurface = (m: Membership | undefined) => can(m, 'billing.read');
export const canSeeOperatorSurface = (m: Membership | undefined) => can(m, 'programs.assign');
export const canManageMembers = (m: Membership | undefined) => can(m, 'members.manage');

/** Audit rows about money are for finance roles; the rest for the ops group. */
export const MONEY_AUDIT_CATEGORIES = ['INVOICE', 'PAYOUT', 'WALLET', 'CONTRACT'] as const;
/** The capability that reads audit rows of a category. */
export const auditCapabilityFor = (category: string): Capability =>
  (MONEY_AUDIT_CATEGORIES as readonly string[]).includes(category) ? 'audit.money.read' : 'audit.operations.read';
export const canReadAuditCategory = (m: Membership | undefined, category: string) => can(m, auditCapabilityFor(category));
/** Whether any audit row at all is visible: the live activity feed needs one of the two. */
export const canReadAnyAudit = (m: Membership | undefined) => can(m, 'audit.operations.read') || can(m, 'audit.money.read');
