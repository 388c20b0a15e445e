/** Where a host org's earnings are paid. Only provider ids and masked details are ever stored. */
export const PAYOUT_PROVIDERS = ['RAZORPAYX', 'STRIPE_CONNECT'] as const;
export type PayoutProvider = (typeof PAYOUT_PROVIDERS)[number];

export const PAYOUT_ACCOUNT_STATUSES = ['PENDING_VERIFICATION', 'VERIFIED', 'REJECTED', 'DISABLED'] as const;
export type PayoutAccountStatus = (typeof PAYOUT_ACCOUNT_STATUSES)[number];
