'use client';
import { useState, type FormEvent } from 'react';
import { PlatformGrantCreditsDocument, type PlatformBillingAccountFragment } from '../../gql/graphql';
import { formatMoney, parseMoney } from '../../lib/format';
import { useFormErrors } from '../../lib/use-form-errors';
import { useIntentKeys, useMutation } from '../../lib/use-graphql';
import { FormProblems } from '../data-state';
import { Button, Field, Notice } from '../ui';

/**
 * grantCredits: platform money into the org's wallet. One idempotency key per intent (amount and
 * reason): a retried or double submit replays the first grant instead of granting twice; anything
 * changed is a new grant.
 */
export function GrantCreditsForm({ organizationId, currency, onGranted }: { organizationId: string; currency: string; onGranted: (account: PlatformBillingAccountFragment) => void }) {
  const [amountText, setAmountText] = useState('');
  const [reason, setReason] = useState('');
  const [amountError, setAmountError] = useState<string>();
  const intents = useIntentKeys();
  const [granted, setGranted] = useState<string | null>(null);
  const [grant, { running }] = useMutation(PlatformGrantCreditsDocument);
  const errors = useFormErrors();

  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    setGranted(null);
    const amountMinor = parseMoney(amountText, currency);
    if (amountMinor === null || amountMinor <= 0) {
      setAmountError(`Enter an amount in ${currency === 'INR' ? 'rupees' : currency} above zero, e.g. 1000 or 1,000.50.`);
      return;
    }
    setAmountError(undefined);
    const signature = JSON.stringify([organizationId, amountMinor, reason.trim()]);
    const payload = errors.take(await grant({ input: { organizationId, amountMinor, reason: reason.trim(), idempotencyKey: intents.keyFor(signature) } }), (data) => data.grantCredits);
    if (!payload?.billingAccount) return;
    setGranted(`Granted ${formatMoney(amountMinor, currency)}. The balance is now ${formatMoney(payload.billingAccount.creditBalance.amountMinor, payload.billingAccount.creditBalance.currency)}.`);
    // done: the same form submitted again is a new grant
    intents.forget(signature);
    setAmountText('');
    setReason('');
    onGranted(payload.billingAccount);
  }

  return (
    <form onSubmit={submit} noValidate className="form narrow" aria-label="Grant credits">
      <FormProblems messages={errors.general} />
      {granted ? <Notice kind="success"><p>{granted}</p></Notice> : null}
      <Field
        label={`Credits to grant (${currency === 'INR' ? '₹' : currency})`}
        name="amount"
        inputMode="decimal"
        autoComplete="off"
        value={amountText}
        onChange={(e) => {
          setAmountText(e.target.value);
          setAmountError(undefined);
        }}
        // the server words it in minor units; the admin typed rupees
        error={amountError ?? (errors.fields['amountMinor'] ? 'Enter an amount above zero.' : errors.fields['organizationId'])}
      />
      <Field label="Reason" name="reason" value={reason} onChange={(e) => setReason(e.target.value)} error={errors.fields['reason']} maxLength={500} hint="Goodwill, a pilot…: kept on the ledger transaction." />
      <div>
        <Button type="submit" busy={running}>Grant credits</Button>
      </div>
    </form>
  );
}
