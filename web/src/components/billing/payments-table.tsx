'use client';
import type { BillingPaymentsQuery } from '../../gql/graphql';
import { formatDateTime, formatMoney, humanize } from '../../lib/format';
import { Badge, Button, Table } from '../ui';
import { PAYMENT_TONE } from './labels';

export type PaymentRow = NonNullable<BillingPaymentsQuery['billingAccount']>['payments']['nodes'][number];

const money = (m: { amountMinor: number; currency: string }) => formatMoney(m.amountMinor, m.currency);

/**
 * Org money the org's finance team may give back: credits, invoice charges and top-ups. A purchase
 * paid by the buyer's own card is theirs, not the org's (docs/billing.md#refunds).
 */
export const refundableByOrg = (p: PaymentRow) =>
  p.status === 'SUCCEEDED' && p.refunded.amountMinor < p.amount.amountMinor && (p.purpose === 'TOPUP' || (p.purpose === 'PURCHASE' && p.funding !== 'CARD'));

export const describePayment = (p: PaymentRow) => (p.purpose === 'TOPUP' ? 'Credit top-up' : p.purpose === 'INVOICE' ? 'Invoice payment' : `${humanize(p.kind ?? 'PURCHASE')}${p.reference ? ` · ${p.reference}` : ''}`);

export function PaymentsTable({ payments, onRefund }: { payments: readonly PaymentRow[]; onRefund: ((payment: PaymentRow) => void) | null }) {
  return (
    <Table caption="Payments, newest first">
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">What</th>
          <th scope="col">Paid by</th>
          <th scope="col">Status</th>
          <th scope="col" className="number">Amount</th>
          <th scope="col" className="number">Refunded</th>
          {onRefund ? <th scope="col">Actions</th> : null}
        </tr>
      </thead>
      <tbody>
        {payments.map((payment) => (
          <tr key={payment.id}>
            <td>{formatDateTime(payment.createdAt)}</td>
            <td>{describePayment(payment)}</td>
            <td>{payment.funding === 'CARD' ? `Card${payment.provider ? ` (${humanize(payment.provider)})` : ''}` : humanize(payment.funding)}{payment.payerKind === 'PERSONAL' ? ', personally' : ''}</td>
            <td>
              <Badge tone={PAYMENT_TONE[payment.status]}>{humanize(payment.status)}</Badge> {payment.disputed ? <Badge tone="bad">Disputed</Badge> : null}
            </td>
            <td className="number">{money(payment.amount)}</td>
            <td className="number">{payment.refunded.amountMinor ? money(payment.refunded) : '—'}</td>
            {onRefund ? (
              <td>{refundableByOrg(payment) ? <Button variant="secondary" onClick={() => onRefund(payment)} aria-label={`Refund ${describePayment(payment)} of ${money(payment.amount)}`}>Refund</Button> : null}</td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
