'use client';
import { PayNextAction } from '../billing/pay-next-action';
import { Button, Card } from '../ui';
import { describeItem, describePayer, money, type MyPayment, type OrgNames } from './describe';

/**
 * How to pay a purchase still waiting for the card: the billing pages' own provider step, sending
 * the buyer back here (`?payment=`) so this page watches it settle.
 */
export function PendingPayment({ payment, names, onPaying, onClose }: { payment: MyPayment; names: OrgNames; onPaying: () => void; onClose: () => void }) {
  if (!payment.nextAction) return null;
  const item = describeItem(payment);
  return (
    <Card title={`Pay ${item}`} actions={<Button variant="link" onClick={onClose}>Not now</Button>}>
      <p>
        {money(payment.amount)} · {describePayer(payment, names)}. A purchase not paid within 30 minutes of checkout expires.
      </p>
      <PayNextAction action={payment.nextAction} description={item} returnPath={`/purchases?payment=${encodeURIComponent(payment.id)}`} onPaying={onPaying} />
    </Card>
  );
}
