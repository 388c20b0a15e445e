import type { PricingTermsFragment } from '../../gql/graphql';
import { formatDate, formatMoney, humanize } from '../../lib/format';
import { formatBps, type NameOf } from './labels';
import styles from './pricing.module.css';

/** A version's terms in words: dates, cap, and each rate with its split. */
export function TermsView({ terms, nameOf }: { terms: PricingTermsFragment; nameOf: NameOf }) {
  return (
    <ul className={styles.terms}>
      <li>
        {formatDate(terms.startsOn)} – {terms.endsOn ? formatDate(terms.endsOn) : 'open-ended'} ({terms.currency})
      </li>
      <li>Monthly spend cap: {terms.monthlySpendCap ? formatMoney(terms.monthlySpendCap.amountMinor, terms.monthlySpendCap.currency) : 'none'}</li>
      {terms.rateCardId ? <li>Other prices from the host’s rate card</li> : null}
      {terms.rates.length === 0 ? <li>No negotiated rates</li> : null}
      {terms.rates.map((rate, index) => (
        <li key={`${rate.kind}-${rate.expertUserId ?? ''}-${index}`}>
          {humanize(rate.kind)}
          {rate.expertUserId ? ` (${nameOf(rate.expertUserId) ?? 'one expert'})` : ''}: {formatMoney(rate.unitPrice.amountMinor, rate.unitPrice.currency)}{' '}
          <span className="muted">
            split {formatBps(rate.split.platformBps)} / {formatBps(rate.split.hostBps)} / {formatBps(rate.split.expertBps)}
          </span>
        </li>
      ))}
    </ul>
  );
}
