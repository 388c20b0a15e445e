/** An org's lifecycle. A new org waits for the platform to verify it. */
export const ORGANIZATION_STATUSES = ['PENDING_VERIFICATION', 'ACTIVE', 'SUSPENDED', 'DEACTIVATED'] as const;
export type OrganizationStatus = (typeof ORGANIZATION_STATUSES)[number];
