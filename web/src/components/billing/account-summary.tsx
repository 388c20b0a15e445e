'use client';
import type { BillingAccountFieldsFragment } from '../../gql/graphql';
import { formatMoney, humanize } from '../../lib/format';
import { Badge, Notice, StatCard } from '../ui';
import { MODE_LABELS } from './labels';

const money = (m: { amountMinor: number; currency: string }) => formatMoney(m.amountMinor, m.currency);

/** The account at a glance: how it pays, whether it may spend, and its balances. */
export function AccountSummary({ account }: { account: BillingAccountFieldsFragment }) {
  return (
    <>
      {account.status === 'FROZEN' ? (
        <Notice kind="warning">
          <p><strong>Spending is paused.</strong> {account.frozenReason ?? 'A ledger discrepancy is being looked at.'} Purchases and top-ups through the organization are refused until it is cleared.</p>
        </Notice>
      ) : null}
      <div className="stats">
        <StatCard label="Billing mode" value={MODE_LABELS[account.mode].label} detail={`Funding: ${humanize(account.fundingMode)}`} />
        <StatCard label="Status" value={<Badge tone={account.status === 'ACTIVE' ? 'good' : 'bad'}>{humanize(account.status)}</Badge>} detail={account.status === 'FROZEN' ? account.frozenReason ?? 'Under review' : 'Spending allowed'} />
        <StatCard label="Credit balance" value={money(account.creditBalance)} detail={account.mode === 'SEAT_PACK' ? 'Pays purchases through the organization' : 'Used in seat pack mode'} />
        <StatCard label="Unbilled charges" value={money(account.unbilledCharges)} detail="On the next invoice" />
        <StatCard label="Credit limit" value={money(account.creditLimit)} detail="Invoiced spend allowed unbilled at once" />
      </div>
    </>
  );
}
