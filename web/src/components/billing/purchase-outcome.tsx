'use client';
import type { BillingNextActionFragment, PurchasePaymentFieldsFragment } from '../../gql/graphql';
import { formatMoney, humanize } from '../../lib/format';
import { Badge, Card, Notice } from '../ui';
import { PAYMENT_TONE } from './labels';
import { PayNextAction } from './pay-next-action';

const FUNDED_BY: Record<string, string> = { WALLET: 'from its credits', INVOICE: 'on its monthly invoice' };

/** What checkout answered: settled at once (credits, invoice) or a card payment still to pay. */
export function PurchaseOutcome({ payment, nextAction, replayed, payerName, onPaying }: {
  payment: PurchasePaymentFieldsFragment;
  nextAction: BillingNextActionFragment | null;
  replayed: boolean;
  payerName: string | null;
  onPaying: () => void;
}) {
  const amount = formatMoney(payment.amount.amountMinor, payment.amount.currency);
  return (
    <Card title="Your purchase">
      <p>
        Payment status: <Badge tone={PAYMENT_TONE[payment.status]}>{humanize(payment.status)}</Badge> · {amount}
        {payment.listAmount.amountMinor !== payment.amount.amountMinor ? ` (list price ${formatMoney(payment.listAmount.amountMinor, payment.listAmount.currency)})` : ''}
      </p>
      {replayed ? <Notice kind="info">You already started this purchase; this is the same one, not a second.</Notice> : null}
      {payment.status === 'SUCCEEDED' ? (
        <Notice kind="success">
          Paid {amount}
          {payment.payerKind === 'ORGANIZATION' && payerName ? ` through ${payerName} ${FUNDED_BY[payment.funding] ?? ''}` : ''}. Your booking is confirmed.
        </Notice>
      ) : null}
      {payment.status === 'PENDING' && nextAction ? (
        <>
          <p>
            Pay {amount} by card to confirm the booking{payment.organizationId && payerName ? ` (tagged with ${payerName}; ${payerName} only tags purchases, so the card is yours)` : ''}.
          </p>
          <PayNextAction action={nextAction} description={payment.reference ?? 'Demo purchase'} returnPath={`/purchase?payment=${encodeURIComponent(payment.id)}`} onPaying={onPaying} />
        </>
      ) : null}
    </Card>
  );
}
