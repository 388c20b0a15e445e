'use client';
import type { PlatformBillingAccountFragment } from '../../gql/graphql';
import { formatMoney, humanize } from '../../lib/format';
import { StatCard } from '../ui';

/**
 * The org's billing account as the last grant or limit change answered it: the graph has no query
 * that shows a platform admin an account of an org they are not in, only these payloads.
 */
export function BillingAccountLine({ account }: { account: PlatformBillingAccountFragment }) {
  return (
    <div className="stats" aria-label="Billing account" role="group">
      <StatCard label="Credit balance" value={formatMoney(account.creditBalance.amountMinor, account.creditBalance.currency)} />
      <StatCard label="Credit limit" value={formatMoney(account.creditLimit.amountMinor, account.creditLimit.currency)} />
      <StatCard label="Unbilled charges" value={formatMoney(account.unbilledCharges.amountMinor, account.unbilledCharges.currency)} />
      <StatCard label="Mode" value={humanize(account.mode)} detail={account.status === 'FROZEN' ? 'Spending frozen' : 'Spending allowed'} />
    </div>
  );
}
