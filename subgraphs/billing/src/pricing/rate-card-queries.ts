import { isUuid, notFound, requireReader } from '@guildhall/kernel';
import type { BillingDeps } from '../usecases/deps.js';
import { findRateCard, listRateCards, priceHistory, pricesInEffect, type RateCardPriceRow, type RateCardRow } from './rate-card-store.js';

type ReadDeps = Pick<BillingDeps, 'em' | 'principal'>;

/** Finance readers of the org (rateCards.read). */
export function rateCardsOf(deps: ReadDeps, organizationId: string): Promise<RateCardRow[]> {
  requireReader(deps.principal, organizationId, 'rateCards.read');
  return listRateCards(deps.em, organizationId);
}

/** One of the org's cards; another org's card is NOT_FOUND like a missing one. */
export async function rateCardOf(deps: ReadDeps, organizationId: string, rateCardId: string): Promise<RateCardRow> {
  requireReader(deps.principal, organizationId, 'rateCards.read');
  const card = isUuid(rateCardId) ? await findRateCard(deps.em, organizationId, rateCardId) : null;
  if (!card) throw notFound('Rate card');
  return card;
}

/** The versions in effect at `at` (default now), or with `history` every version, newest first. */
export function pricesOf(deps: Pick<BillingDeps, 'em'>, rateCardId: string, options: { at: Date | null; history: boolean }): Promise<RateCardPriceRow[]> {
  return options.history ? priceHistory(deps.em, [rateCardId]) : pricesInEffect(deps.em, [rateCardId], options.at ?? new Date());
}
