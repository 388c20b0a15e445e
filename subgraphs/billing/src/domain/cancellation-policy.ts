/**
 * What share of a purchase comes back when it is cancelled. The policy in force at checkout is
 * snapshotted onto the payment, so a later edit never changes a buyer's terms.
 */
export interface RefundTier {
  /** The tier applies when cancelled at least this many hours before the start. */
  minHoursBefore: number;
  refundBps: number;
}

export interface CancellationPolicy {
  version: number;
  /** Ordered from the earliest cancellation to the latest; the last tier starts at 0 h. */
  tiers: RefundTier[];
  /** An expert calling it off refunds in full. */
  expertCancelledBps: number;
}

export const DEFAULT_CANCELLATION_POLICY: CancellationPolicy = {
  version: 1,
  tiers: [
    { minHoursBefore: 24, refundBps: 10_000 },
    { minHoursBefore: 2, refundBps: 5_000 },
    { minHoursBefore: 0, refundBps: 0 },
  ],
  expertCancelledBps: 10_000,
};

export const CANCELLED_BY = ['BUYER', 'EXPERT'] as const;
export type CancelledBy = (typeof CANCELLED_BY)[number];

/** The refund share in basis points; with no start time the purchase is refunded in full. */
export function refundBpsFor(policy: CancellationPolicy, by: CancelledBy, startsAt: Date | null, cancelledAt: Date): number {
  if (by === 'EXPERT' || !startsAt) return policy.expertCancelledBps;
  const hoursBefore = (startsAt.getTime() - cancelledAt.getTime()) / 3_600_000;
  for (const tier of policy.tiers) if (hoursBefore >= tier.minHoursBefore) return tier.refundBps;
  return 0; // after the start
}

export const MAX_TIERS = 6;

/**
 * A policy an org may set: 1–6 tiers from the earliest cancellation to the latest, hours strictly
 * decreasing to a last tier at 0 h, refunds in basis points never growing as the start nears.
 */
export function policyProblems(tiers: readonly RefundTier[], expertCancelledBps: number): string[] {
  const problems: string[] = [];
  if (tiers.length < 1 || tiers.length > MAX_TIERS) problems.push(`A policy has 1 to ${MAX_TIERS} tiers.`);
  tiers.forEach((t, i) => {
    if (!Number.isInteger(t.minHoursBefore) || t.minHoursBefore < 0 || t.minHoursBefore > 24 * 365) problems.push(`Tier ${i + 1}: hours are a whole number from 0 to 8760.`);
    if (!Number.isInteger(t.refundBps) || t.refundBps < 0 || t.refundBps > 10_000) problems.push(`Tier ${i + 1}: the refund is 0 to 10,000 basis points.`);
    const previous = tiers[i - 1];
    if (previous && t.minHoursBefore >= previous.minHoursBefore) problems.push(`Tier ${i + 1}: hours must decrease from one tier to the next.`);
    if (previous && t.refundBps > previous.refundBps) problems.push(`Tier ${i + 1}: a later cancellation cannot refund more than an earlier one.`);
  });
  if (tiers.length && tiers[tiers.length - 1]!.minHoursBefore !== 0) problems.push('The last tier starts at 0 hours.');
  if (!Number.isInteger(expertCancelledBps) || expertCancelledBps < 0 || expertCancelledBps > 10_000) problems.push('The refund when the expert cancels is 0 to 10,000 basis points.');
  return problems;
}
