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

export type CancelledBy = 'BUYER' | 'EXPERT';

/** The refund share in basis points; with no start time the purchase is refunded in full. */
export function refundBpsFor(policy: CancellationPolicy, by: CancelledBy, startsAt: Date | null, cancelledAt: Date): number {
  if (by === 'EXPERT' || !startsAt) return policy.expertCancelledBps;
  const hoursBefore = (startsAt.getTime() - cancelledAt.getTime()) / 3_600_000;
  for (const tier of policy.tiers) if (hoursBefore >= tier.minHoursBefore) return tier.refundBps;
  return 0; // after the start
}
