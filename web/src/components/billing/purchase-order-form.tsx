'use client';
import { useState, type FormEvent } from 'react';
import { BillingCreatePurchaseOrderDocument } from '../../gql/graphql';
import { parseMoney } from '../../lib/format';
import { useFormErrors } from '../../lib/use-form-errors';
import { useMutation } from '../../lib/use-graphql';
import { FormProblems } from '../data-state';
import { Button, Field, Notice } from '../ui';
import { todayYmd } from './dates';

/**
 * purchaseOrders.manage: a new PO. Only the amount is checked here (it must become minor units);
 * the number and dates are the server's to judge, and its errors land under their fields.
 */
export function PurchaseOrderForm({ organizationId, currency, onCreated }: { organizationId: string; currency: string; onCreated: () => void }) {
  const [number, setNumber] = useState('');
  const [amount, setAmount] = useState('');
  const [validFrom, setValidFrom] = useState(() => todayYmd());
  const [validUntil, setValidUntil] = useState(() => todayYmd(90));
  const [amountError, setAmountError] = useState<string>();
  const [created, setCreated] = useState<string | null>(null);
  const [create, { running }] = useMutation(BillingCreatePurchaseOrderDocument);
  const errors = useFormErrors();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setCreated(null);
    errors.clear();
    const amountMinor = parseMoney(amount, currency);
    if (amountMinor === null || amountMinor <= 0) {
      setAmountError(`Enter an amount in ${currency === 'INR' ? 'rupees' : currency} above zero, e.g. 100000 or 1,00,000.`);
      return;
    }
    setAmountError(undefined);
    const payload = errors.take(await create({ input: { organizationId, number, amountMinor, currency, validFrom, validUntil } }), (data) => data.createPurchaseOrder);
    if (!payload?.purchaseOrder) return;
    setCreated(payload.purchaseOrder.number);
    setNumber('');
    setAmount('');
    onCreated();
  }

  return (
    <form onSubmit={submit} noValidate className="form" aria-label="New purchase order">
      <FormProblems messages={errors.general} />
      {created ? <Notice kind="success">Purchase order {created} created.</Notice> : null}
      <div className="form-row">
        <Field label="PO number" name="number" value={number} onChange={(e) => setNumber(e.target.value)} error={errors.fields['number']} hint="Your own number, unique in the organization." />
        <Field
          label={`Amount (${currency === 'INR' ? '₹' : currency})`}
          name="amount"
          inputMode="decimal"
          autoComplete="off"
          value={amount}
          onChange={(e) => {
            setAmount(e.target.value);
            setAmountError(undefined);
          }}
          error={amountError ?? (errors.fields['amountMinor'] ? 'Enter an amount above zero.' : errors.fields['currency'])}
        />
      </div>
      <div className="form-row">
        <Field label="Valid from" name="validFrom" type="date" value={validFrom} onChange={(e) => setValidFrom(e.target.value)} error={errors.fields['validFrom']} />
        <Field label="Valid until" name="validUntil" type="date" value={validUntil} onChange={(e) => setValidUntil(e.target.value)} error={errors.fields['validUntil']} hint="Inclusive." />
      </div>
      <div>
        <Button type="submit" busy={running}>Create purchase order</Button>
      </div>
    </form>
  );
}
