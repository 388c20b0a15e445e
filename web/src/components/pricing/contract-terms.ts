import type { ContractTermsInput, PricingTermsFragment, PurchaseKind } from '../../gql/graphql';
import { parseMoney } from '../../lib/format';
import { moneyWord } from './labels';
import { DEFAULT_SPLIT, parseSplit, type SplitText } from './split-fields';

/** A rate as typed: the amount stays text until the form is sent (it becomes minor units then). */
export interface RateText {
  key: number;
  kind: PurchaseKind;
  amount: string;
  split: SplitText;
}

export interface TermsText {
  currency: string;
  startsOn: string;
  endsOn: string;
  cap: string;
  rates: RateText[];
}

let nextKey = 0;
export const newRate = (kind: PurchaseKind = 'CONSULTATION'): RateText => ({ key: nextKey++, kind, amount: '', split: DEFAULT_SPLIT });

export const emptyTerms = (currency: string, today: string): TermsText => ({ currency, startsOn: today, endsOn: '', cap: '', rates: [newRate()] });

/** The terms of a version as a starting point for an amendment (amounts back to decimal text). */
export function termsText(view: PricingTermsFragment): TermsText {
  const decimal = (minor: number) => (minor / 100).toFixed(2);
  return {
    currency: view.currency,
    startsOn: view.startsOn,
    endsOn: view.endsOn ?? '',
    cap: view.monthlySpendCap ? decimal(view.monthlySpendCap.amountMinor) : '',
    rates: view.rates
      // per-expert rates cannot be edited here; they are kept by the server only if re-sent, so say so in the form
      .filter((rate) => !rate.expertUserId)
      .map((rate) => ({ key: nextKey++, kind: rate.kind, amount: decimal(rate.unitPrice.amountMinor), split: { platformBps: String(rate.split.platformBps), hostBps: String(rate.split.hostBps), expertBps: String(rate.split.expertBps) } })),
  };
}

/**
 * The typed terms as the graph's input, or the fields that are not even numbers (keyed like the
 * server's userErrors, so both land under the same inputs). Whether an amount is above zero, the
 * dates are in order and the shares sum to 10,000 is the server's to say.
 */
export function termsInput(text: TermsText): { input: ContractTermsInput | null; problems: Record<string, string> } {
  const currency = text.currency.trim().toUpperCase();
  const problems: Record<string, string> = {};
  const cap = text.cap.trim() ? parseMoney(text.cap, currency) : null;
  if (text.cap.trim() && cap === null) problems['terms.monthlySpendCapMinor'] = `Enter the cap in ${moneyWord(currency)}, e.g. 50000, or leave it empty for no cap.`;
  const rates = text.rates.map((rate, i) => {
    const unitPriceMinor = parseMoney(rate.amount, currency);
    const split = parseSplit(rate.split);
    if (unitPriceMinor === null) problems[`terms.rates.${i}.unitPriceMinor`] = `Enter the rate in ${moneyWord(currency)}, e.g. 1200.`;
    if (!split) problems[`terms.rates.${i}.split`] = 'Each share is a whole number of basis points.';
    return { kind: rate.kind, unitPriceMinor: unitPriceMinor ?? 0, split: split ?? { platformBps: 0, hostBps: 0, expertBps: 0 } };
  });
  if (Object.keys(problems).length) return { input: null, problems };
  return { input: { currency, startsOn: text.startsOn, endsOn: text.endsOn || null, monthlySpendCapMinor: cap, rates }, problems };
}
