'use client';
import type { PurchaseKind } from '../../gql/graphql';
import { Button, Field, SelectField } from '../ui';
import { newRate, type TermsText } from './contract-terms';
import { KIND_OPTIONS, moneyUnit, PURCHASE_KINDS } from './labels';
import styles from './pricing.module.css';
import { SplitFields } from './split-fields';

const MAX_RATES = PURCHASE_KINDS.length; // one card-wide rate per kind; per-expert rates are not offered here

/**
 * The terms of a proposal: currency, dates, monthly cap and one rate per kind. `errors` are the
 * server's userErrors and `local` the form's own checks, both keyed by the field path after `input`.
 */
export function ContractTermsFields({ value, onChange, errors, local, idPrefix }: { value: TermsText; onChange: (next: TermsText) => void; errors: Record<string, string>; local: Record<string, string>; idPrefix: string }) {
  // the server speaks of minor units about an amount; the person typed a decimal amount
  const amount = (key: string, sentence: string) => local[key] ?? (errors[key] ? sentence : undefined);
  const unit = moneyUnit(value.currency.trim().toUpperCase() || 'INR');
  const set = (patch: Partial<TermsText>) => onChange({ ...value, ...patch });
  const unused = PURCHASE_KINDS.find((kind) => !value.rates.some((rate) => rate.kind === kind));
  return (
    <>
      <div className="form-row">
        <Field label="Contract currency" value={value.currency} maxLength={3} autoComplete="off" onChange={(e) => set({ currency: e.target.value })} error={errors['terms.currency']} hint="ISO 4217, e.g. INR." />
        <Field label="Starts on" type="date" value={value.startsOn} onChange={(e) => set({ startsOn: e.target.value })} error={errors['terms.startsOn']} hint="By the sponsor’s calendar; inclusive." />
        <Field label="Ends on (optional)" type="date" value={value.endsOn} onChange={(e) => set({ endsOn: e.target.value })} error={errors['terms.endsOn']} hint="Inclusive; empty for open-ended." />
      </div>
      <Field
        label={`Monthly spend cap (${unit}, optional)`}
        inputMode="decimal"
        autoComplete="off"
        value={value.cap}
        onChange={(e) => set({ cap: e.target.value })}
        error={amount('terms.monthlySpendCapMinor', 'Enter a cap above zero, or leave it empty for no cap.')}
        hint="The most the sponsor spends with the host per calendar month. Empty: no cap."
      />
      <fieldset className={styles.stack}>
        <legend>Negotiated rates (for every expert of the host)</legend>
        {errors['terms.rates'] ? <small className="field-error" role="alert">{errors['terms.rates']}</small> : null}
        {value.rates.length === 0 ? <p className="muted">No rates: the host’s rate card prices bookings.</p> : null}
        {value.rates.map((rate, i) => {
          const update = (patch: Partial<typeof rate>) => set({ rates: value.rates.map((r) => (r.key === rate.key ? { ...r, ...patch } : r)) });
          return (
            <div key={rate.key} className={styles.rate} role="group" aria-label={`Rate ${i + 1}`}>
              {errors[`terms.rates.${i}`] ? <small className="field-error" role="alert">{errors[`terms.rates.${i}`]}</small> : null}
              <div className="form-row">
                <SelectField label={`Rate ${i + 1}: kind`} value={rate.kind} onChange={(e) => update({ kind: e.target.value as PurchaseKind })} options={KIND_OPTIONS} error={errors[`terms.rates.${i}.kind`]} />
                <Field
                  label={`Rate ${i + 1}: price (${unit})`}
                  inputMode="decimal"
                  autoComplete="off"
                  value={rate.amount}
                  onChange={(e) => update({ amount: e.target.value })}
                  error={amount(`terms.rates.${i}.unitPriceMinor`, 'Enter a rate above zero.')}
                />
              </div>
              <SplitFields idPrefix={`${idPrefix}-rate-${rate.key}`} value={rate.split} onChange={(split) => update({ split })} error={local[`terms.rates.${i}.split`] ?? errors[`terms.rates.${i}.split`]} />
              <div>
                <Button variant="secondary" onClick={() => set({ rates: value.rates.filter((r) => r.key !== rate.key) })}>Remove rate {i + 1}</Button>
              </div>
            </div>
          );
        })}
        {value.rates.length < MAX_RATES && unused ? (
          <div>
            <Button variant="secondary" onClick={() => set({ rates: [...value.rates, newRate(unused)] })}>Add a rate</Button>
          </div>
        ) : null}
      </fieldset>
    </>
  );
}
