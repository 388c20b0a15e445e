import type { OrganizationLifecycleAction, OrganizationStatus } from '../../gql/graphql';

export const STATUS_LABEL: Record<OrganizationStatus, string> = {
  PENDING_VERIFICATION: 'Pending verification',
  ACTIVE: 'Active',
  SUSPENDED: 'Suspended',
  DEACTIVATED: 'Deactivated',
};

export const STATUS_TONE: Record<OrganizationStatus, 'neutral' | 'good' | 'warn' | 'bad'> = {
  PENDING_VERIFICATION: 'warn',
  ACTIVE: 'good',
  SUSPENDED: 'bad',
  DEACTIVATED: 'bad',
};

/**
 * The lifecycle as the organization subgraph enforces it (domain/organization-lifecycle.ts): the
 * statuses each action starts from and where it leads. Mirrored here so only valid actions are offered;
 * the server's compare-and-set still decides.
 */
export const LIFECYCLE: Record<OrganizationLifecycleAction, { label: string; from: readonly OrganizationStatus[]; to: OrganizationStatus; confirm: boolean }> = {
  VERIFY: { label: 'Verify', from: ['PENDING_VERIFICATION'], to: 'ACTIVE', confirm: false },
  SUSPEND: { label: 'Suspend', from: ['ACTIVE'], to: 'SUSPENDED', confirm: true },
  REACTIVATE: { label: 'Reactivate', from: ['SUSPENDED'], to: 'ACTIVE', confirm: false },
  DEACTIVATE: { label: 'Deactivate', from: ['PENDING_VERIFICATION', 'ACTIVE', 'SUSPENDED'], to: 'DEACTIVATED', confirm: true },
};

export const LIFECYCLE_ACTIONS = Object.keys(LIFECYCLE) as OrganizationLifecycleAction[];

/** A UUID, as every org id is: lets the finder refuse a typo before asking the graph. */
export const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
