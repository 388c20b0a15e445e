/** How an org pays. Each billing mode implies a default funding mode (the seed's settled mapping). */
export const BILLING_MODES = ['TAG_ONLY', 'SEAT_PACK', 'INVOICED_MONTHLY'] as const;
export type BillingMode = (typeof BILLING_MODES)[number];

export const FUNDING_MODES = ['PERSONAL', 'WALLET', 'INVOICE'] as const;
export type FundingMode = (typeof FUNDING_MODES)[number];

export const DEFAULT_FUNDING: Readonly<Record<BillingMode, FundingMode>> = {
  TAG_ONLY: 'PERSONAL',
  SEAT_PACK: 'WALLET',
  INVOICED_MONTHLY: 'INVOICE',
};

/** A new org starts by only tagging its members' personal purchases: nothing is charged to it. */
/** FROZEN: spending paused while a ledger discrepancy is looked at. */
export const ACCOUNT_STATUSES = ['ACTIVE', 'FROZEN'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

export const INITIAL_BILLING_MODE: BillingMode = 'TAG_ONLY';
export const DEFAULT_CURRENCY = 'INR';
