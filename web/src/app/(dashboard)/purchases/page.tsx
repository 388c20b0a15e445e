'use client';
import { useRouter, useSearchParams } from 'next/navigation';
import { Suspense, useState } from 'react';
import { SettlementStatus } from '../../../components/billing/settlement-status';
import { usePaymentSettlement } from '../../../components/billing/use-payment-settlement';
import { Loading } from '../../../components/data-state';
import { PurchaseList } from '../../../components/purchases/purchase-list';
import { Button, PageHeader } from '../../../components/ui';
import { useSession } from '../../../lib/session';

export default function PurchasesPage() {
  return (
    <>
      <PageHeader title="My purchases" description="Everything you bought, paid yourself or through one of your organizations, whichever organization is selected. Cancel a purchase to get back what its cancellation policy refunds." />
      <Suspense fallback={<Loading />}>
        <Purchases />
      </Suspense>
    </>
  );
}

/**
 * About the person, not the selected org: `myPayments` is the same in every context. Back from the
 * test checkout (`?payment=`) or paid in place, the page watches the capture settle.
 */
function Purchases() {
  const { viewer } = useSession();
  const router = useRouter();
  const returned = useSearchParams().get('payment');
  const [paying, setPaying] = useState<string | null>(null);
  const watched = paying ?? returned;
  const settlement = usePaymentSettlement(watched);
  if (!viewer) return null;
  return (
    <>
      {watched ? (
        <div className="form-row">
          <SettlementStatus settlement={settlement} settledText={(amount) => `Payment received: ${amount}. Your booking is confirmed.`} />
          {settlement.state !== 'waiting' ? (
            <Button variant="link" onClick={() => { setPaying(null); router.replace('/purchases'); }}>Dismiss</Button>
          ) : null}
        </div>
      ) : null}
      <PurchaseList organizations={viewer.organizations} refreshKey={watched ? `${watched}:${settlement.state}` : ''} onPaying={setPaying} />
    </>
  );
}
