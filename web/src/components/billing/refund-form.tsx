'use client';
import { useState, type FormEvent } from 'react';
import { BillingRefundPaymentDocument } from '../../gql/graphql';
import { formatMoney, parseMoney } from '../../lib/format';
import { useFormErrors } from '../../lib/use-form-errors';
import { useIntentKeys, useMutation } from '../../lib/use-graphql';
import { FormProblems } from '../data-state';
import { Button, Card, Field } from '../ui';

export interface RefundTarget {
  id: string;
  label: string;
  remainingMinor: number;
  currency: string;
}

/**
 * billing.manage: refund part or all of an org-money payment. The idempotency key belongs to one
 * intent (payment, amount, reason): resubmitting it unchanged replays; changing it is a new refund.
 */
export function RefundForm({ target, onDone, onClose }: { target: RefundTarget; onDone: (text: string) => void; onClose: () => void }) {
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [amountError, setAmountError] = useState<string>();
  const intents = useIntentKeys();
  const [refund, { running }] = useMutation(BillingRefundPaymentDocument);
  const errors = useFormErrors();

  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const amountMinor = amount.trim() ? parseMoney(amount, target.currency) : null;
    if (amount.trim() && (amountMinor === null || amountMinor <= 0 || amountMinor > target.remainingMinor)) {
      setAmountError(`Enter an amount above zero and at most ${formatMoney(target.remainingMinor, target.currency)}, or leave it empty to refund all of it.`);
      return;
    }
    setAmountError(undefined);
    const signature = JSON.stringify([target.id, amountMinor, reason]);
    const payload = errors.take(await refund({ input: { paymentId: target.id, amountMinor, reason, idempotencyKey: intents.keyFor(signature) } }), (data) => data.refundPayment);
    if (!payload?.refund) return;
    onDone(`Refund of ${formatMoney(payload.refund.amount.amountMinor, payload.refund.amount.currency)} ${payload.refund.status === 'SUCCEEDED' ? 'made' : 'requested'}${payload.refund.adjustment ? ' (the invoice gets a credit note)' : ''}.`);
  }

  return (
    <Card title={`Refund ${target.label}`}>
      <form onSubmit={submit} noValidate className="form narrow" aria-label="Refund a payment">
        <FormProblems messages={errors.general} />
        <Field
          label={`Amount (${target.currency === 'INR' ? '₹' : target.currency}, optional)`}
          name="refundAmount"
          inputMode="decimal"
          autoComplete="off"
          value={amount}
          onChange={(e) => {
            setAmount(e.target.value);
            setAmountError(undefined);
          }}
          error={amountError ?? (errors.fields['amountMinor'] ? `At most ${formatMoney(target.remainingMinor, target.currency)}.` : undefined)}
          hint={`Empty refunds everything left: ${formatMoney(target.remainingMinor, target.currency)}.`}
        />
        <Field label="Reason" name="reason" value={reason} onChange={(e) => setReason(e.target.value)} error={errors.fields['reason']} maxLength={500} />
        <div className="form-row">
          <Button type="submit" variant="danger" busy={running}>Refund</Button>
          <Button variant="secondary" onClick={onClose}>Close</Button>
        </div>
      </form>
    </Card>
  );
}
