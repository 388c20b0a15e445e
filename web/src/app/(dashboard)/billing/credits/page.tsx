'use client';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { Suspense, useState } from 'react';
import { can } from '@guildhall/roles';
import { BillingFrame, type BillingContext } from '../../../../components/billing/billing-frame';
import { MODE_LABELS } from '../../../../components/billing/labels';
import { SettlementStatus } from '../../../../components/billing/settlement-status';
import { TopUpForm } from '../../../../components/billing/topup-form';
import { usePaymentSettlement } from '../../../../components/billing/use-payment-settlement';
import { DataState, Loading } from '../../../../components/data-state';
import { Card, Notice, StatCard } from '../../../../components/ui';
import { BillingOverviewDocument } from '../../../../gql/graphql';
import { formatMoney } from '../../../../lib/format';
import { useQuery } from '../../../../lib/use-graphql';

export default function BillingCreditsPage() {
  return (
    <BillingFrame>
      {(context) => (
        // useSearchParams needs a boundary: the page is prerendered without its query string
        <Suspense fallback={<Loading />}>
          <Credits {...context} />
        </Suspense>
      )}
    </BillingFrame>
  );
}

function Credits({ organization, membership }: BillingContext) {
  const returned = useSearchParams().get('topup');
  const [paying, setPaying] = useState<string | null>(null);
  const overview = useQuery(BillingOverviewDocument, { organizationId: organization.id });
  // back from the provider's checkout (?topup=) or paid in place: poll until the credits land
  const settlement = usePaymentSettlement(paying ?? returned, () => void overview.refetch());
  const manage = can(membership, 'billing.manage');
  return (
    <DataState loading={overview.loading} problem={overview.problem} data={overview.data} retry={() => void overview.refetch()} isEmpty={(data) => !data.billingAccount} empty={<p>The billing account is not open yet.</p>}>
      {({ billingAccount: account }) =>
        account ? (
          <>
            <div className="stats">
              <StatCard label="Credit balance" value={formatMoney(account.creditBalance.amountMinor, account.creditBalance.currency)} detail={account.mode === 'SEAT_PACK' ? 'Pays purchases through the organization' : `Not used in ${MODE_LABELS[account.mode].label.toLowerCase()} mode`} />
            </div>
            <SettlementStatus settlement={settlement} settledText={(amount) => `Payment received: ${amount} of credits added.`} />
            {!manage ? (
              <Notice kind="info">Owners and billing admins buy credits. You can see the balance and the <Link href="/billing/ledger">ledger</Link>.</Notice>
            ) : account.mode !== 'SEAT_PACK' ? (
              <Card title="Buy credits">
                <p>
                  Credits pay for purchases in seat pack mode. {organization.name} is in {MODE_LABELS[account.mode].label.toLowerCase()} mode: {MODE_LABELS[account.mode].explains}
                </p>
                <p>
                  To buy credits, switch the billing mode to seat pack on the <Link href="/billing">overview</Link>.
                </p>
              </Card>
            ) : account.status === 'FROZEN' ? (
              <Notice kind="warning">Top-ups are paused while spending is frozen: {account.frozenReason ?? 'under review'}.</Notice>
            ) : (
              <TopUpForm organizationId={organization.id} currency={account.currency} onPaying={setPaying} />
            )}
          </>
        ) : null
      }
    </DataState>
  );
}
