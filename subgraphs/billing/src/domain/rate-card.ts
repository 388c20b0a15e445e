import { isCurrency, isPositiveMinor, isUuid, userError, type UserErrorValue } from '@guildhall/kernel';
import { PURCHASE_KINDS, type PurchaseKind } from './purchase.js';
import { splitErrors, type SplitBps } from './revenue-split.js';

/**
 * A rate card is how a host org prices its experts: per kind of booking, optionally per expert.
 * Each price is a version with a validity range; a change opens the next version and closes the
 * one in effect, so what was charged when stays answerable.
 */
export const RATE_CARD_NAME_MAX = 80;

export interface NewRateCard {
  name: string;
  currency: string;
}

export const normalizeRateCardName = (name: string) => name.trim();

export function newRateCardErrors(card: NewRateCard): UserErrorValue[] {
  const errors: UserErrorValue[] = [];
  const name = normalizeRateCardName(card.name);
  if (name.length < 1 || name.length > RATE_CARD_NAME_MAX) errors.push(userError('BAD_USER_INPUT', ['input', 'name'], `A name is 1–${RATE_CARD_NAME_MAX} characters.`));
  if (!isCurrency(card.currency)) errors.push(userError('BAD_USER_INPUT', ['input', 'currency'], 'Unsupported currency.'));
  return errors;
}

export interface NewRatePrice {
  kind: PurchaseKind;
  expertUserId: string | null;
  unitPriceMinor: number;
  split: SplitBps;
  effectiveFrom: Date;
  effectiveUntil: Date | null;
}

export function newRatePriceErrors(price: NewRatePrice): UserErrorValue[] {
  const f = (name: string) => ['input', name];
  const errors: UserErrorValue[] = [];
  if (!PURCHASE_KINDS.includes(price.kind)) errors.push(userError('BAD_USER_INPUT', f('kind'), 'Unknown purchase kind.'));
  if (price.expertUserId !== null && !isUuid(price.expertUserId)) errors.push(userError('BAD_USER_INPUT', f('expertUserId'), 'Not a user id.'));
  if (!isPositiveMinor(price.unitPriceMinor)) errors.push(userError('BAD_USER_INPUT', f('unitPriceMinor'), 'A price is a positive whole number of minor units.'));
  errors.push(...splitErrors(price.split, f('split')));
  if (Number.isNaN(price.effectiveFrom.getTime())) errors.push(userError('BAD_USER_INPUT', f('effectiveFrom'), 'Not a date-time.'));
  else if (price.effectiveUntil !== null && !(price.effectiveUntil.getTime() > price.effectiveFrom.getTime())) {
    errors.push(userError('BAD_USER_INPUT', f('effectiveUntil'), 'A price ends after it starts.'));
  }
  return errors;
}
