'use client';
import { useState, type FormEvent } from 'react';
import { PricingCreateRateCardDocument } from '../../gql/graphql';
import { useFormErrors } from '../../lib/use-form-errors';
import { useMutation } from '../../lib/use-graphql';
import { FormProblems } from '../data-state';
import { Button, Field, Notice } from '../ui';

/** rateCards.manage in a host org: a new, empty card (prices are added as versions afterwards). */
export function RateCardForm({ organizationId, currency, onCreated }: { organizationId: string; currency: string; onCreated: () => void }) {
  const [name, setName] = useState('');
  const [cardCurrency, setCardCurrency] = useState(currency);
  const [isDefault, setIsDefault] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const [create, { running }] = useMutation(PricingCreateRateCardDocument);
  const errors = useFormErrors();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setCreated(null);
    errors.clear();
    const payload = errors.take(await create({ input: { organizationId, name, currency: cardCurrency.trim().toUpperCase(), isDefault } }), (data) => data.createRateCard);
    if (!payload?.rateCard) return;
    setCreated(payload.rateCard.name);
    setName('');
    setIsDefault(false);
    onCreated();
  }

  return (
    <form onSubmit={submit} noValidate className="form" aria-label="New rate card">
      <FormProblems messages={errors.general.concat(errors.fields['organizationId'] ?? [])} />
      {created ? <Notice kind="success">Rate card {created} created. Add its prices below.</Notice> : null}
      <div className="form-row">
        <Field label="Card name" value={name} onChange={(e) => setName(e.target.value)} error={errors.fields['name']} hint="1–80 characters, unique in the organization." />
        <Field label="Currency" value={cardCurrency} maxLength={3} autoComplete="off" onChange={(e) => setCardCurrency(e.target.value)} error={errors.fields['currency']} hint="ISO 4217, e.g. INR. Every price on the card is in it." />
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={isDefault} onChange={(e) => setIsDefault(e.target.checked)} /> Make it the default card
      </label>
      <div>
        <Button type="submit" busy={running}>Create rate card</Button>
      </div>
    </form>
  );
}
