import { isCurrency, isPositiveMinor, isUuid, userError, type UserErrorValue } from '@guildhall/kernel';
import { PURCHASE_KINDS, type PurchaseKind } from './purchase.js';
import { dateRangeErrors } from './program.js';
import { splitErrors, type SplitBps } from './revenue-split.js';

/**
 * A contract between a sponsor org (whose members book) and a host org (whose experts sell). Its
 * terms live in versions: one side proposes, an OWNER or BILLING_ADMIN of the other accepts, and an
 * accepted version replaces the one before it. Versions are never edited.
 */
export const CONTRACT_STATUSES = ['PROPOSED', 'ACTIVE', 'TERMINATED'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

export const CONTRACT_VERSION_STATUSES = ['PROPOSED', 'ACCEPTED', 'SUPERSEDED', 'REJECTED', 'WITHDRAWN'] as const;
export type ContractVersionStatus = (typeof CONTRACT_VERSION_STATUSES)[number];

export const CONTRACT_SIDES = ['SPONSOR', 'HOST'] as const;
export type ContractSide = (typeof CONTRACT_SIDES)[number];
export const otherSide = (side: ContractSide): ContractSide => (side === 'SPONSOR' ? 'HOST' : 'SPONSOR');

/** A negotiated price: for a kind of booking, optionally for one expert of the host. */
export interface ContractRate {
  kind: PurchaseKind;
  expertUserId: string | null;
  unitPriceMinor: number;
  split: SplitBps;
}

export interface ContractTerms {
  /** The host's rate card the contract prices from, where its own rates say nothing. */
  rateCardId: string | null;
  currency: string;
  /** YYYY-MM-DD, inclusive. */
  startsOn: string;
  endsOn: string | null;
  /** The most the sponsor spends with the host under this contract per calendar month; null is no cap. */
  monthlySpendCapMinor: number | null;
  rates: ContractRate[];
}

const MAX_RATES = 50;

export function contractTermsErrors(terms: ContractTerms): UserErrorValue[] {
  const f = (...path: (string | number)[]) => ['input', 'terms', ...path.map(String)];
  const errors: UserErrorValue[] = [...dateRangeErrors(terms.startsOn, terms.endsOn, (name) => f(name))];
  if (terms.rateCardId !== null && !isUuid(terms.rateCardId)) errors.push(userError('BAD_USER_INPUT', f('rateCardId'), 'Not a rate card id.'));
  if (!isCurrency(terms.currency)) errors.push(userError('BAD_USER_INPUT', f('currency'), 'Unsupported currency.'));
  if (terms.monthlySpendCapMinor !== null && !isPositiveMinor(terms.monthlySpendCapMinor)) errors.push(userError('BAD_USER_INPUT', f('monthlySpendCapMinor'), 'The cap is a positive amount in minor units, or none.'));
  if (terms.rates.length > MAX_RATES) errors.push(userError('BAD_USER_INPUT', f('rates'), `At most ${MAX_RATES} rates.`));
  const seen = new Set<string>();
  terms.rates.forEach((rate, i) => {
    if (!PURCHASE_KINDS.includes(rate.kind)) errors.push(userError('BAD_USER_INPUT', f('rates', i, 'kind'), 'Unknown purchase kind.'));
    if (rate.expertUserId !== null && !isUuid(rate.expertUserId)) errors.push(userError('BAD_USER_INPUT', f('rates', i, 'expertUserId'), 'Not a user id.'));
    if (!isPositiveMinor(rate.unitPriceMinor)) errors.push(userError('BAD_USER_INPUT', f('rates', i, 'unitPriceMinor'), 'A price is a positive whole number of minor units.'));
    errors.push(...splitErrors(rate.split, f('rates', i, 'split')));
    const key = `${rate.kind}:${rate.expertUserId ?? ''}`;
    if (seen.has(key)) errors.push(userError('BAD_USER_INPUT', f('rates', i), 'Each kind (and expert) has one rate.'));
    seen.add(key);
  });
  return errors;
}

/** Whether accepted terms apply on a date: a rate override counts only while the contract is in force. */
export const termsInForce = (terms: Pick<ContractTerms, 'startsOn' | 'endsOn'>, today: string) => terms.startsOn <= today && (terms.endsOn === null || today <= terms.endsOn);
