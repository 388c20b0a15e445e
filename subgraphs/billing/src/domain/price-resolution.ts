import type { SplitBps } from './revenue-split.js';

/**
 * Where a booking's price and split came from, most specific first. The first that exists wins:
 * a contract's rate for this expert, the host's override for this expert (membership), the
 * contract's rate for the kind, the contract's rate card, the host's default rate card, and
 * last the platform's default split on the price the buyer was quoted.
 */
export const PRICE_SOURCES = ['CONTRACT_EXPERT_RATE', 'MEMBERSHIP_OVERRIDE', 'CONTRACT_RATE', 'CONTRACT_RATE_CARD', 'HOST_RATE_CARD', 'PLATFORM_DEFAULT'] as const;
export type PriceSource = (typeof PRICE_SOURCES)[number];

export interface PriceCandidate {
  source: PriceSource;
  unitPriceMinor: number;
  currency: string;
  split: SplitBps;
  /** The rate card price row, when it came from a card. */
  ratePriceId: string | null;
  contractId: string | null;
  contractVersion: number | null;
}

export function mostSpecific<T extends Pick<PriceCandidate, 'source'>>(candidates: readonly T[]): T | null {
  let best: T | null = null;
  for (const c of candidates) if (best === null || PRICE_SOURCES.indexOf(c.source) < PRICE_SOURCES.indexOf(best.source)) best = c;
  return best;
}
