/**
 * A payout moves through CREATED (its entries claimed, not yet sent), PROCESSING (the provider
 * has it), then PROCESSED, FAILED or REVERSED (a bank sent it back). FAILED and REVERSED give the
 * entries back to the payee's balance for the next batch.
 */
export const PAYOUT_STATUSES = ['CREATED', 'PROCESSING', 'PROCESSED', 'FAILED', 'REVERSED'] as const;
export type PayoutStatus = (typeof PAYOUT_STATUSES)[number];

/** The provider's word on a payout, after normalizing its events. */
export type PayoutOutcome = 'PROCESSED' | 'FAILED' | 'REVERSED';

/** Which stored statuses an outcome may move from (a late or repeated event changes nothing). */
export const OUTCOME_FROM: Readonly<Record<PayoutOutcome, readonly PayoutStatus[]>> = {
  PROCESSED: ['CREATED', 'PROCESSING'],
  FAILED: ['CREATED', 'PROCESSING'],
  REVERSED: ['PROCESSING', 'PROCESSED'],
};

/** Below this (₹500) a balance waits for the next batch: a transfer costs more than it is worth. */
export const DEFAULT_MINIMUM_PAYOUT_MINOR = 50_000;

/** The weekly batch's key: the ISO week of `at` (UTC), e.g. 2026-W49. Running it twice finds the same batch. */
export function isoWeek(at: Date): string {
  const d = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The provider's idempotency key for one payee's payout in one batch: a retry never pays twice. */
export const payoutIdempotencyKey = (batchId: string, payeeKind: string, payeeId: string) => `payout:${batchId}:${payeeKind}:${payeeId}`;
