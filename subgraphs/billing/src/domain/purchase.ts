/** What can be bought through checkout, and the states a payment moves through. */
export const PURCHASE_KINDS = ['CONSULTATION', 'SUBSCRIPTION', 'WEBINAR', 'CLASS'] as const;
export type PurchaseKind = (typeof PURCHASE_KINDS)[number];

/** PURCHASE pays for a marketplace item; TOPUP buys an org credits (SEAT_PACK); INVOICE pays an invoice. */
export const PAYMENT_PURPOSES = ['PURCHASE', 'TOPUP', 'INVOICE'] as const;
export type PaymentPurpose = (typeof PAYMENT_PURPOSES)[number];

export const PAYER_KINDS = ['PERSONAL', 'ORGANIZATION'] as const;
export type PayerKind = (typeof PAYER_KINDS)[number];

/**
 * PENDING waits for the provider; SUCCEEDED is settled money; FAILED and EXPIRED never moved money;
 * CANCELLED is a purchase called off (its refund follows the snapshotted policy).
 */
export const PAYMENT_STATUSES = ['PENDING', 'SUCCEEDED', 'FAILED', 'EXPIRED', 'CANCELLED'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];
export const TERMINAL_UNPAID: readonly PaymentStatus[] = ['FAILED', 'EXPIRED'];

/** A chargeback: open (payee's earnings held) until it is won, lost or closed. */
export const DISPUTE_STATUSES = ['OPEN', 'UNDER_REVIEW', 'WON', 'LOST', 'CLOSED'] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];
export const OPEN_DISPUTE_STATUSES: readonly DisputeStatus[] = ['OPEN', 'UNDER_REVIEW'];

export const PROVIDERS = ['RAZORPAY', 'STRIPE'] as const;
export type ProviderName = (typeof PROVIDERS)[number];

/** Razorpay for rupees, Stripe for the rest, unless the buyer picks. */
export const defaultProviderFor = (currency: string): ProviderName => (currency === 'INR' ? 'RAZORPAY' : 'STRIPE');
