import type { OrganizationStatus } from './organization-status.js';

/** Platform-admin actions on an org and the statuses each may start from (compare-and-set). */
export const LIFECYCLE_ACTIONS = {
  VERIFY: { from: ['PENDING_VERIFICATION'], to: 'ACTIVE' },
  SUSPEND: { from: ['ACTIVE'], to: 'SUSPENDED' },
  REACTIVATE: { from: ['SUSPENDED'], to: 'ACTIVE' },
  DEACTIVATE: { from: ['PENDING_VERIFICATION', 'ACTIVE', 'SUSPENDED'], to: 'DEACTIVATED' },
} as const satisfies Record<string, { from: readonly OrganizationStatus[]; to: OrganizationStatus }>;

export type LifecycleAction = keyof typeof LIFECYCLE_ACTIONS;
export const LIFECYCLE_ACTION_NAMES = Object.keys(LIFECYCLE_ACTIONS) as LifecycleAction[];
