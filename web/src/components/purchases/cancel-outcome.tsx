'use client';
import { Notice } from '../ui';
import { describeItem, money, refundDestination, type MyPayment, type OrgNames } from './describe';

/** What a cancellation did, from the payment the server answered with (its refund and reason). */
export function CancelOutcome({ payment, replayed, names }: { payment: MyPayment; replayed: boolean; names: OrgNames }) {
  const refund = payment.refunds.filter((r) => r.source === 'CANCELLATION').sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  const item = describeItem(payment);
  return (
    <Notice kind="success">
      <p>
        {replayed ? 'Already cancelled: ' : ''}
        {item} cancelled.{' '}
        {refund
          ? `Refund of ${money(refund.amount)} ${refundDestination(payment, names)}${refund.status === 'PENDING' ? ' (on its way)' : ''}.`
          : payment.settledAt
            ? 'The cancellation policy gives no refund this close to the start.'
            : 'Nothing had been charged.'}
      </p>
      {/* the server's reason names the share of the snapshotted policy, e.g. "100% under the policy at checkout" */}
      {refund ? <p className="muted">{refund.reason}</p> : null}
    </Notice>
  );
}
