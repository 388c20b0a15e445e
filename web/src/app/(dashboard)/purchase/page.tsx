'use client';
import { useRouter, useSearchParams } from 'next/navigation';
import { Suspense, useState } from 'react';
import { PurchaseForm } from '../../../components/billing/purchase-form';
import { SettlementStatus } from '../../../components/billing/settlement-status';
import { usePaymentSettlement } from '../../../components/billing/use-payment-settlement';
import { Button, PageHeader } from '../../../components/ui';
import { useSession } from '../../../lib/session';
import { Loading } from '../../../components/data-state';

export default function PurchasePage() {
  return (
    <>
      <PageHeader title="Demo purchase" description="Buy a sample marketplace item, paying yourself or through one of your organizations. Card payments use the test provider: nothing is charged." />
      <Suspense fallback={<Loading />}>
        <Purchase />
      </Suspense>
    </>
  );
}

/** Works in the personal context and in an org's: the current org is only the default payer. */
function Purchase() {
  const { viewer, organization } = useSession();
  const router = useRouter();
  const returned = useSearchParams().get('payment');
  const [paying, setPaying] = useState<string | null>(null);
  // back from the test checkout (?payment=) or paid in place: watch the capture settle
  const settlement = usePaymentSettlement(paying ?? returned);
  if (!viewer) return null;
  if (returned || paying) {
    return (
      <>
        <SettlementStatus settlement={settlement} settledText={(amount) => `Payment received: ${amount}. Your booking is confirmed.`} />
        <Button variant="secondary" onClick={() => { setPaying(null); router.replace('/purchase'); }}>Start another purchase</Button>
      </>
    );
  }
  return <PurchaseForm organizations={viewer.organizations} initialPayer={organization?.id ?? ''} onPaying={setPaying} />;
}
