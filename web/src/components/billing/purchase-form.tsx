'use client';
import { useState, type FormEvent } from 'react';
import { PurchaseCheckoutDocument, type PurchaseCheckoutMutation } from '../../gql/graphql';
import { ERROR_MESSAGES, errorsByField, messageFor } from '../../lib/error-messages';
import { formatMoney, humanize } from '../../lib/format';
import type { ViewerOrganization } from '../../lib/session';
import { newIdempotencyKey, useMutation } from '../../lib/use-graphql';
import { FormProblems } from '../data-state';
import { Button, Card } from '../ui';
import styles from './billing.module.css';
import { HostExpert, type HostBooking, type Quote } from './host-expert';
import { PayerChoice } from './payer-choice';
import { PurchaseOutcome } from './purchase-outcome';

/** The demo marketplace item: an independent expert's consultation at a quoted price. */
export const DEMO_ITEM = { title: 'Career strategy consultation', detail: '60 minutes by video with a Guildhall demo expert, three days from now at 10:00.', kind: 'CONSULTATION' as const, payeeId: 'demo-expert', amountMinor: 150_000, currency: 'INR' };

type Result = PurchaseCheckoutMutation['checkout'];
type UserError = Result['userErrors'][number];

/** Refusals about the org's money: the table says what to do, the server's sentence by how much. */
const FUNDING_REFUSALS = new Set<string>(['INSUFFICIENT_CREDITS', 'CREDIT_LIMIT_EXCEEDED', 'PO_REQUIRED', 'PO_BALANCE_EXCEEDED', 'INVOICE_OVERDUE', 'CONTRACT_CAP_EXHAUSTED']);
const explain = (error: UserError) => (FUNDING_REFUSALS.has(error.code) ? `${ERROR_MESSAGES[error.code]} ${error.message}` : messageFor(error));

const startsAt = () => {
  const date = new Date();
  date.setDate(date.getDate() + 3);
  date.setHours(10, 0, 0, 0);
  return date.toISOString();
};

/**
 * Checkout with the payer choice. One idempotency key and reference per intent (payer, item,
 * price): a retried submit replays the same purchase; a changed one is a new purchase.
 */
export function PurchaseForm({ organizations, initialPayer, onPaying }: { organizations: readonly ViewerOrganization[]; initialPayer: string; onPaying: (paymentId: string) => void }) {
  const [payer, setPayer] = useState(initialPayer);
  const [useHost, setUseHost] = useState(false);
  const [host, setHost] = useState<{ booking: HostBooking | null; quote: Quote | null }>({ booking: null, quote: null });
  const [intent, setIntent] = useState<{ signature: string; key: string; reference: string; startsAt: string } | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [checkout, { running }] = useMutation(PurchaseCheckoutDocument);
  const payerOrg = organizations.find((org) => org.id === payer) ?? null;
  const price = useHost ? host.quote?.price ?? (host.quote ? { amountMinor: DEMO_ITEM.amountMinor, currency: DEMO_ITEM.currency } : null) : { amountMinor: DEMO_ITEM.amountMinor, currency: DEMO_ITEM.currency };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!price || (useHost && !host.booking)) return;
    const booking = useHost ? host.booking : null;
    const signature = JSON.stringify([payer, booking, price.amountMinor]);
    const current = intent?.signature === signature ? intent : { signature, key: newIdempotencyKey(), reference: `demo-${newIdempotencyKey().slice(0, 8)}`, startsAt: startsAt() };
    setIntent(current);
    setProblems([]);
    setFieldErrors({});
    const outcome = await checkout({
      input: {
        idempotencyKey: current.key,
        organizationId: payer || null,
        kind: DEMO_ITEM.kind,
        reference: current.reference,
        payeeId: booking?.payeeId ?? DEMO_ITEM.payeeId,
        hostOrganizationId: booking?.hostOrganizationId ?? null,
        amountMinor: price.amountMinor,
        currency: price.currency,
        startsAt: current.startsAt,
      },
    });
    if (outcome.problem) {
      // the spending policy refuses as a whole request; name the org and the role
      const role = payerOrg?.viewerMembership?.role;
      setProblems([outcome.problem.code === 'FORBIDDEN' && payerOrg ? `${payerOrg.name} does not let you spend its funds: its spending policy leaves out your role${role ? ` (${humanize(role)})` : ''}. Pay yourself, or ask its owner or billing admin.` : messageFor(outcome.problem)]);
      return;
    }
    const payload = outcome.data!.checkout;
    if (payload.userErrors.length) {
      // a failed or expired checkout is final for its key: the next submit starts afresh
      if (payload.userErrors.some((e) => e.field?.includes('idempotencyKey'))) setIntent(null);
      // only the host booking has inputs of its own; every other refusal is said above the button
      const shown = useHost ? ['payeeId', 'hostOrganizationId'] : [];
      const onInputs = payload.userErrors.filter((e) => shown.includes(e.field?.at(-1) ?? ''));
      setFieldErrors(errorsByField(onInputs).fields);
      setProblems(payload.userErrors.filter((e) => !onInputs.includes(e)).map(explain));
      return;
    }
    setResult(payload);
  }

  if (result?.payment) {
    return (
      <>
        <PurchaseOutcome payment={result.payment} nextAction={result.nextAction} replayed={result.replayed} payerName={payerOrg?.name ?? null} onPaying={() => onPaying(result.payment!.id)} />
        <Button variant="secondary" onClick={() => { setResult(null); setIntent(null); }}>Start another purchase</Button>
      </>
    );
  }

  return (
    <form onSubmit={submit} noValidate className="form" aria-label="Demo purchase">
      <Card title={DEMO_ITEM.title}>
        <div className={styles.item}>
          <p>{DEMO_ITEM.detail}</p>
          <p className={styles.price}>{price ? formatMoney(price.amountMinor, price.currency) : '—'}</p>
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={useHost} onChange={(e) => setUseHost(e.target.checked)} />
          Book an expert of a host organization instead
        </label>
        {useHost ? (
          <HostExpert payerOrganizationId={payer || null} kind={DEMO_ITEM.kind} currency={DEMO_ITEM.currency} fieldErrors={fieldErrors} onChange={(booking, quote) => setHost({ booking, quote })} />
        ) : null}
      </Card>
      <PayerChoice organizations={organizations} value={payer} onChange={setPayer} />
      <FormProblems messages={problems} />
      <div>
        <Button type="submit" busy={running} disabled={!price}>Buy {price ? formatMoney(price.amountMinor, price.currency) : ''}</Button>
        {useHost && !host.quote ? <p className="hint">Get the host’s price first.</p> : null}
      </div>
    </form>
  );
}
