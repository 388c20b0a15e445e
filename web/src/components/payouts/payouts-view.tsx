'use client';
import { PageHeader } from '../ui';
import type { PayeeScope } from './payee';
import { PayoutAccountCard } from './payout-account';
import { PayoutListCard } from './payout-list';
import { StatementCard } from './statement';
import { TaxProfileCard } from './tax-profile';

/** One payee's payouts: where they are paid, what they earned, what was paid, how it is taxed. */
export function PayoutsView({ scope }: { scope: PayeeScope }) {
  return (
    <>
      <PageHeader
        title={scope.organizationName ? 'Payouts' : 'My payouts'}
        description={scope.organizationName ? `What ${scope.organizationName} earns as a host, and how it is paid.` : 'What you earn as an expert paid personally, and how it is paid.'}
      />
      <PayoutAccountCard scope={scope} />
      <StatementCard scope={scope} />
      <PayoutListCard scope={scope} />
      <TaxProfileCard scope={scope} />
    </>
  );
}
