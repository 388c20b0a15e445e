'use client';
import { useState, type FormEvent } from 'react';
import { BillingPurchaseCreditsDocument, type BillingNextActionFragment } from '../../gql/graphql';
import { formatMoney, parseMoney } from '../../lib/format';
import { useFormErrors } from '../../lib/use-form-errors';
import { useIntentKeys, useMutation } from '../../lib/use-graphql';
import { FormProblems } from '../data-state';
import { Button, Card, Field, Notice } from '../ui';
import { PayNextAction } from './pay-next-action';

interface Opened {
  paymentId: string;
  amountMinor: number;
  currency: string;
  nextAction: BillingNextActionFragment | null;
  replayed: boolean;
}

/**
 * Buys credits by card (billing.manage, SEAT_PACK). One idempotency key per intent: submitting the
 * same amount again (a retry after a network error, a double click) replays the first top-up
 * instead of opening a second order; a new amount is a new intent.
 */
export function TopUpForm({ organizationId, currency, onPaying }: { organizationId: string; currency: string; onPaying: (paymentId: string) => void }) {
  const [amountText, setAmountText] = useState('');
  const [amountError, setAmountError] = useState<string>();
  const intents = useIntentKeys();
  const [opened, setOpened] = useState<Opened | null>(null);
  const [purchase, { running }] = useMutation(BillingPurchaseCreditsDocument);
  const errors = useFormErrors();

  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const amountMinor = parseMoney(amountText, currency);
    if (amountMinor === null || amountMinor <= 0) {
      setAmountError(`Enter an amount in ${currency === 'INR' ? 'rupees' : currency} above zero, e.g. 500 or 1,250.50.`);
      return;
    }
    setAmountError(undefined);
    const intent = JSON.stringify([organizationId, amountMinor]);
    const result = await purchase({ input: { organizationId, amountMinor, idempotencyKey: intents.keyFor(intent) } });
    // a top-up that failed or expired is final for its key: the next submit starts a new one
    if (result.data?.purchaseCredits.userErrors.some((e) => e.field?.includes('idempotencyKey'))) intents.forget(intent);
    const payload = errors.take(result, (data) => data.purchaseCredits);
    if (!payload?.payment) return;
    setOpened({ paymentId: payload.payment.id, amountMinor, currency: payload.payment.amount.currency, nextAction: payload.nextAction, replayed: payload.replayed });
    if (payload.payment.status !== 'PENDING') onPaying(payload.payment.id);
  }

  return (
    <Card title="Buy credits">
      <form onSubmit={submit} noValidate className="form narrow" aria-label="Buy credits">
        <FormProblems messages={errors.general} />
        <Field
          label={`Amount (${currency === 'INR' ? '₹' : currency})`}
          name="amount"
          inputMode="decimal"
          autoComplete="off"
          value={amountText}
          onChange={(e) => {
            setAmountText(e.target.value);
            setAmountError(undefined);
          }}
          // the server's words are in minor units; the person typed rupees
          error={amountError ?? (errors.fields['amountMinor'] ? 'Enter an amount above zero.' : errors.fields['organizationId'])}
          hint="Paid by card; the credits arrive when the payment provider confirms it."
        />
        <div>
          <Button type="submit" busy={running}>Buy credits</Button>
        </div>
      </form>
      {opened ? (
        <div aria-live="polite">
          <Notice kind="info">
            {opened.replayed ? 'This top-up was already started: continue paying it. ' : 'Top-up created. '}
            Pay {formatMoney(opened.amountMinor, opened.currency)} to add the credits.
          </Notice>
          {opened.nextAction ? (
            <PayNextAction
              action={opened.nextAction}
              description={`Credits for ${formatMoney(opened.amountMinor, opened.currency)}`}
              returnPath={`/billing/credits?topup=${encodeURIComponent(opened.paymentId)}`}
              onPaying={() => onPaying(opened.paymentId)}
            />
          ) : null}
        </div>
      ) : null}
    </Card>
  );
}
