import type { Payee } from './payee.js';

/**
 * A payee's balance is a list of entries: EARNING adds, CLAWBACK (a refund of money already earned)
 * takes away. An earning is HELD until its hold ends and no dispute is open, then AVAILABLE; a
 * payout takes every AVAILABLE entry of its payee (IN_PAYOUT) and marks them PAID when the provider
 * confirms, or gives them back (AVAILABLE) when it fails or is reversed.
 */
export const ENTRY_KINDS = ['EARNING', 'CLAWBACK'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
export const ENTRY_STATUSES = ['HELD', 'AVAILABLE', 'IN_PAYOUT', 'PAID'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

/** Hours after the later of capture and the service's start before earnings can be paid (the seed's settled numbers). */
export const HOLD_HOURS: Readonly<Record<string, number>> = { CONSULTATION: 24, CLASS: 24, WEBINAR: 48, SUBSCRIPTION: 168 };
const DEFAULT_HOLD_HOURS = 48;

export function releaseAt(settledAt: Date, serviceAt: Date | null, kind: string | null): Date {
  const from = serviceAt && serviceAt > settledAt ? serviceAt : settledAt;
  return new Date(from.getTime() + (HOLD_HOURS[kind ?? ''] ?? DEFAULT_HOLD_HOURS) * 3_600_000);
}

/** The split of one payment, as billing snapshotted it at booking. */
export interface PaymentSplit {
  amountMinor: number;
  hostOrganizationId: string | null;
  /** The expert's user id; null when the payee is not a Guildhall user (nothing to pay here). */
  expertUserId: string | null;
  hostMinor: number;
  expertMinor: number;
}

export interface Share {
  payee: Payee;
  amountMinor: number;
}

/** Who earns what from a settled payment: the host org and the expert, each their snapshotted share. */
export function earningShares(split: PaymentSplit): Share[] {
  const shares: Share[] = [];
  if (split.hostOrganizationId && split.hostMinor > 0) shares.push({ payee: { kind: 'ORGANIZATION', id: split.hostOrganizationId }, amountMinor: split.hostMinor });
  if (split.expertUserId && split.expertMinor > 0) shares.push({ payee: { kind: 'USER', id: split.expertUserId }, amountMinor: split.expertMinor });
  return shares;
}

/**
 * What a refund takes back from each payee: their share of it, proportional to their share of the
 * payment and floored (the platform absorbs the rounding, never a payee). Refunds add up: a
 * payment refunded in parts never claws back more than was earned, because each part is computed
 * on the cumulative refund and the earlier parts are subtracted.
 */
export function clawbackShares(split: PaymentSplit, refundedBeforeMinor: number, refundMinor: number): Share[] {
  const upTo = (refunded: number, shareMinor: number) => Math.floor((refunded * shareMinor) / split.amountMinor);
  return earningShares(split)
    .map((share) => ({ payee: share.payee, amountMinor: upTo(refundedBeforeMinor + refundMinor, share.amountMinor) - upTo(refundedBeforeMinor, share.amountMinor) }))
    .filter((share) => share.amountMinor > 0);
}
