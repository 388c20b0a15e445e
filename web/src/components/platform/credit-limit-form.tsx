'use client';
import { useState, type FormEvent } from 'react';
import { PlatformSetCreditLimitDocument, type PlatformBillingAccountFragment } from '../../gql/graphql';
import { formatMoney, parseMoney } from '../../lib/format';
import { useFormErrors } from '../../lib/use-form-errors';
import { useMutation } from '../../lib/use-graphql';
import { FormProblems } from '../data-state';
import { Button, Field, Notice } from '../ui';

/** setCreditLimit: how much invoiced spend may be unbilled (the platform carries that risk). */
export function CreditLimitForm({ organizationId, currency, onSet }: { organizationId: string; currency: string; onSet: (account: PlatformBillingAccountFragment) => void }) {
  const [limitText, setLimitText] = useState('');
  const [limitError, setLimitError] = useState<string>();
  const [done, setDone] = useState<string | null>(null);
  const [setLimit, { running }] = useMutation(PlatformSetCreditLimitDocument);
  const errors = useFormErrors();

  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    setDone(null);
    const creditLimitMinor = parseMoney(limitText, currency);
    if (creditLimitMinor === null) {
      setLimitError(`Enter an amount in ${currency === 'INR' ? 'rupees' : currency}, zero or more, e.g. 50000.`);
      return;
    }
    setLimitError(undefined);
    const payload = errors.take(await setLimit({ input: { organizationId, creditLimitMinor } }), (data) => data.setCreditLimit);
    if (!payload?.billingAccount) return;
    const limit = payload.billingAccount.creditLimit;
    // an unverified org is capped at ₹50,000 by billing, so the limit set may be lower than typed
    setDone(`Credit limit set: ${formatMoney(limit.amountMinor, limit.currency)}.`);
    setLimitText('');
    onSet(payload.billingAccount);
  }

  return (
    <form onSubmit={submit} noValidate className="form narrow" aria-label="Set the credit limit">
      <FormProblems messages={errors.general} />
      {done ? <Notice kind="success"><p>{done}</p></Notice> : null}
      <Field
        label={`Credit limit (${currency === 'INR' ? '₹' : currency})`}
        name="creditLimit"
        inputMode="decimal"
        autoComplete="off"
        value={limitText}
        onChange={(e) => {
          setLimitText(e.target.value);
          setLimitError(undefined);
        }}
        error={limitError ?? (errors.fields['creditLimitMinor'] ? 'Enter an amount, zero or more.' : errors.fields['organizationId'])}
        hint="Capped at ₹50,000 while the organization is unverified."
      />
      <div>
        <Button type="submit" busy={running}>Set credit limit</Button>
      </div>
    </form>
  );
}
