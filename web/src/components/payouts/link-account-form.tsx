'use client';
import { useState, type FormEvent } from 'react';
import { PayoutLinkAccountDocument, type LinkPayoutAccountInput, type PayoutProvider } from '../../gql/graphql';
import { useFormErrors } from '../../lib/use-form-errors';
import { useMutation } from '../../lib/use-graphql';
import { FormProblems } from '../data-state';
import { Button, Field, SelectField } from '../ui';
import { payeeArgument, type PayeeScope } from './payee';

type Destination = 'VPA' | 'BANK';
const RAZORPAYX_FIELDS = ['provider', 'destination.bankAccount.accountHolder', 'destination.vpa.accountHolder', 'destination.bankAccount.ifsc', 'destination.bankAccount.accountNumber', 'destination.vpa.address'];
const STRIPE_FIELDS = ['provider', 'currency', 'country'];
const STRIPE_CURRENCIES = ['USD', 'EUR', 'GBP', 'AUD', 'CAD', 'SGD', 'AED', 'CHF'] as const;

/**
 * RazorpayX (INR: a bank account or UPI address, checked by the bank) or Stripe Connect (other
 * currencies: Stripe's hosted onboarding, to which the payee is sent next).
 */
export function LinkAccountForm({ scope, onLinked, onCancel }: { scope: PayeeScope; onLinked: (onboardingUrl: string | null) => void; onCancel: () => void }) {
  const [provider, setProvider] = useState<PayoutProvider>('RAZORPAYX');
  const [destination, setDestination] = useState<Destination>('BANK');
  const [holder, setHolder] = useState('');
  const [ifsc, setIfsc] = useState('');
  const [accountNumber, setAccountNumber] = useState('');
  const [vpa, setVpa] = useState('');
  const [country, setCountry] = useState('');
  const [currency, setCurrency] = useState<(typeof STRIPE_CURRENCIES)[number]>('USD');
  const [link, { running }] = useMutation(PayoutLinkAccountDocument);
  const errors = useFormErrors();
  const f = errors.fields;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input: LinkPayoutAccountInput =
      provider === 'RAZORPAYX'
        ? {
            ...payeeArgument(scope),
            provider,
            destination:
              destination === 'BANK'
                ? { bankAccount: { accountHolder: holder.trim(), ifsc: ifsc.trim().toUpperCase(), accountNumber: accountNumber.replace(/\s/g, '') } }
                : { vpa: { accountHolder: holder.trim(), address: vpa.trim() } },
          }
        : { ...payeeArgument(scope), provider, currency, country: country.trim().toUpperCase() || null, returnUrl: `${window.location.origin}/payouts` };
    const payload = errors.take(await link({ input }), (data) => data.linkPayoutAccount);
    if (payload) onLinked(payload.onboardingUrl ?? null);
  }

  // errors naming an input this form does not show (the destination as a whole, returnUrl) go above it
  const shown = provider === 'RAZORPAYX' ? RAZORPAYX_FIELDS : STRIPE_FIELDS;
  const unplaced = Object.entries(f).filter(([key]) => !shown.includes(key)).map(([, message]) => message);
  const holderError = destination === 'BANK' ? f['destination.bankAccount.accountHolder'] : f['destination.vpa.accountHolder'];
  return (
    <form onSubmit={submit} noValidate className="form narrow" aria-label="Link a payout account">
      <FormProblems messages={[...errors.general, ...unplaced]} />
      <SelectField
        label="Provider"
        value={provider}
        onChange={(e) => setProvider(e.target.value as PayoutProvider)}
        options={[
          { value: 'RAZORPAYX', label: 'RazorpayX: INR to an Indian bank account or UPI' },
          { value: 'STRIPE_CONNECT', label: 'Stripe Connect: other currencies' },
        ]}
        error={f['provider']}
      />
      {provider === 'RAZORPAYX' ? (
        <>
          <fieldset>
            <legend>Paid to</legend>
            <label className="checkbox">
              <input type="radio" name="destination" value="BANK" checked={destination === 'BANK'} onChange={() => setDestination('BANK')} /> Bank account
            </label>
            <label className="checkbox">
              <input type="radio" name="destination" value="VPA" checked={destination === 'VPA'} onChange={() => setDestination('VPA')} /> UPI address (VPA)
            </label>
          </fieldset>
          <Field label="Account holder’s name" autoComplete="name" value={holder} onChange={(e) => setHolder(e.target.value)} hint="As the bank has it (3–50 characters)." error={holderError} />
          {destination === 'BANK' ? (
            <>
              <Field label="IFSC" value={ifsc} onChange={(e) => setIfsc(e.target.value)} hint="e.g. HDFC0001234" autoCapitalize="characters" error={f['destination.bankAccount.ifsc']} />
              <Field label="Account number" inputMode="numeric" autoComplete="off" value={accountNumber} onChange={(e) => setAccountNumber(e.target.value)} hint="9 to 18 digits. It goes to RazorpayX and is not stored here." error={f['destination.bankAccount.accountNumber']} />
            </>
          ) : (
            <Field label="UPI address" value={vpa} onChange={(e) => setVpa(e.target.value)} hint="e.g. asha@okaxis" autoCapitalize="none" error={f['destination.vpa.address']} />
          )}
          <p className="muted">RazorpayX checks the account with the bank; payouts start once it is verified.</p>
        </>
      ) : (
        <>
          <SelectField label="Paid in" value={currency} onChange={(e) => setCurrency(e.target.value as (typeof STRIPE_CURRENCIES)[number])} options={STRIPE_CURRENCIES.map((c) => ({ value: c, label: c }))} error={f['currency']} />
          <Field label="Country of the account (optional)" value={country} onChange={(e) => setCountry(e.target.value)} maxLength={2} hint="Two letters, e.g. US. Default: the platform’s." error={f['country']} />
          <p className="muted">Next, Stripe asks for the account’s details on its own pages and sends you back here.</p>
        </>
      )}
      <div className="form-row">
        <Button type="submit" busy={running}>{provider === 'RAZORPAYX' ? 'Link account' : 'Link and continue to Stripe'}</Button>
        <Button variant="secondary" onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
