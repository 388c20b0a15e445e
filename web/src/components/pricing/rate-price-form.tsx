'use client';
import { useState, type FormEvent } from 'react';
import { PricingSetRateCardPriceDocument, type PurchaseKind } from '../../gql/graphql';
import { formatMoney, parseMoney } from '../../lib/format';
import { useFormErrors } from '../../lib/use-form-errors';
import { useMutation } from '../../lib/use-graphql';
import { FormProblems } from '../data-state';
import { Button, Field, Notice, SelectField } from '../ui';
import { KIND_OPTIONS, moneyUnit, moneyWord } from './labels';
import { DEFAULT_SPLIT, parseSplit, SplitFields, type SplitText } from './split-fields';

/**
 * A new version of a card-wide price. Versions only move forward: one starting at or before the
 * latest version of the same price is the server's CONFLICT, shown under "Effective from".
 */
export function RatePriceForm({ organizationId, rateCardId, currency, onAdded, onClose }: { organizationId: string; rateCardId: string; currency: string; onAdded: () => void; onClose: () => void }) {
  const [kind, setKind] = useState<PurchaseKind>('CONSULTATION');
  const [amount, setAmount] = useState('');
  const [split, setSplit] = useState<SplitText>(DEFAULT_SPLIT);
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const [local, setLocal] = useState<{ amount?: string; split?: string }>({});
  const [added, setAdded] = useState<string | null>(null);
  const [save, { running }] = useMutation(PricingSetRateCardPriceDocument);
  const errors = useFormErrors();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAdded(null);
    errors.clear();
    const unitPriceMinor = parseMoney(amount, currency);
    const shares = parseSplit(split);
    const problems = {
      ...(unitPriceMinor === null || unitPriceMinor <= 0 ? { amount: `Enter a price in ${moneyWord(currency)} above zero, e.g. 1500 or 1,500.50.` } : {}),
      ...(shares ? {} : { split: 'Each share is a whole number of basis points.' }),
    };
    setLocal(problems);
    if (unitPriceMinor === null || unitPriceMinor <= 0 || !shares) return;
    // a datetime-local value is the browser's local time; the graph wants an instant
    const from = effectiveFrom ? new Date(effectiveFrom).toISOString() : null;
    const payload = errors.take(await save({ input: { organizationId, rateCardId, kind, unitPriceMinor, split: shares, effectiveFrom: from } }), (data) => data.setRateCardPrice);
    if (!payload?.price) return;
    setAdded(`${formatMoney(unitPriceMinor, currency)} for ${kind.toLowerCase()} bookings`);
    setAmount('');
    setEffectiveFrom('');
    onAdded();
  }

  return (
    <form onSubmit={submit} noValidate className="form" aria-label="New price version">
      <FormProblems messages={errors.general} />
      {added ? <Notice kind="success">Price version added: {added}.</Notice> : null}
      <div className="form-row">
        <SelectField label="Kind of booking" value={kind} onChange={(e) => setKind(e.target.value as PurchaseKind)} options={KIND_OPTIONS} error={errors.fields['kind']} />
        <Field
          label={`Price (${moneyUnit(currency)})`}
          inputMode="decimal"
          autoComplete="off"
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          error={local.amount ?? errors.fields['unitPriceMinor']}
        />
        <Field
          label="Effective from"
          type="datetime-local"
          value={effectiveFrom}
          onChange={(e) => setEffectiveFrom(e.target.value)}
          error={errors.fields['effectiveFrom']}
          hint="Empty: now. After the start of the latest version of this price."
        />
      </div>
      <SplitFields idPrefix={`price-${rateCardId}`} value={split} onChange={setSplit} error={local.split ?? errors.fields['split']} />
      <div className="page-actions">
        <Button type="submit" busy={running}>Add price version</Button>
        <Button variant="secondary" onClick={onClose}>Close</Button>
      </div>
    </form>
  );
}
