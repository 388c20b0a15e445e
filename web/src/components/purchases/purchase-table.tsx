'use client';
import { formatDateTime, humanize } from '../../lib/format';
import { PAYMENT_TONE } from '../billing/labels';
import { ConfirmButton } from '../confirm-button';
import { Badge, Button, Table } from '../ui';
import { cancelQuestion, cancellable, describeItem, describePayer, money, type MyPayment, type OrgNames } from './describe';

/** The date of the latest refund, for the Refunded column. */
const lastRefundAt = (p: MyPayment) => p.refunds.map((r) => r.createdAt).sort().at(-1) ?? null;

/** The viewer's payments, newest first, each with what may still be done with it. */
export function PurchaseTable({ payments, names, cancelling, onCancel, onPay }: {
  payments: readonly MyPayment[];
  names: OrgNames;
  /** The payment whose cancellation is running. */
  cancelling: string | null;
  onCancel: (payment: MyPayment) => Promise<void>;
  onPay: (payment: MyPayment) => void;
}) {
  return (
    <Table caption="Your purchases, newest first">
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">What</th>
          <th scope="col">Paid by</th>
          <th scope="col">Status</th>
          <th scope="col" className="number">Amount</th>
          <th scope="col" className="number">Refunded</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {payments.map((payment) => {
          const item = describeItem(payment);
          const refundedAt = lastRefundAt(payment);
          return (
            <tr key={payment.id}>
              <td>{formatDateTime(payment.createdAt)}</td>
              <td>{item}</td>
              <td>{describePayer(payment, names)}</td>
              <td>
                <Badge tone={PAYMENT_TONE[payment.status]}>{humanize(payment.status)}</Badge> {payment.disputed ? <Badge tone="bad">Disputed</Badge> : null}
                {payment.cancelledAt ? <small className="muted"> {formatDateTime(payment.cancelledAt)}</small> : null}
              </td>
              <td className="number">{money(payment.amount)}</td>
              <td className="number">
                {payment.refunded.amountMinor ? (
                  <>
                    {money(payment.refunded)}
                    {refundedAt ? <small className="muted"> on {formatDateTime(refundedAt)}</small> : null}
                  </>
                ) : (
                  '—'
                )}
              </td>
              <td>
                <span className="form-row">
                  {payment.status === 'PENDING' && payment.nextAction ? (
                    <Button variant="secondary" onClick={() => onPay(payment)} aria-label={`Pay ${item} of ${money(payment.amount)}`}>
                      Pay
                    </Button>
                  ) : null}
                  {cancellable(payment) ? (
                    <ConfirmButton
                      label={<>Cancel<span className="visually-hidden"> {item}</span></>}
                      question={cancelQuestion(payment, names)}
                      confirmLabel="Cancel purchase"
                      busy={cancelling === payment.id}
                      disabled={cancelling !== null && cancelling !== payment.id}
                      onConfirm={() => onCancel(payment)}
                    />
                  ) : null}
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
