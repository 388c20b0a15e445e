'use client';
import { can } from '@guildhall/roles';
import { AccountSummary } from '../../../components/billing/account-summary';
import { BillingFrame, type BillingContext } from '../../../components/billing/billing-frame';
import { MODE_LABELS } from '../../../components/billing/labels';
import { SettingsForm } from '../../../components/billing/settings-form';
import { DataState } from '../../../components/data-state';
import styles from '../../../components/billing/billing.module.css';
import { Card } from '../../../components/ui';
import { BillingOverviewDocument } from '../../../gql/graphql';
import { formatDate, humanize } from '../../../lib/format';
import { useQuery } from '../../../lib/use-graphql';

export default function BillingOverviewPage() {
  return <BillingFrame>{(context) => <Overview {...context} />}</BillingFrame>;
}

function Overview({ organization, membership }: BillingContext) {
  const overview = useQuery(BillingOverviewDocument, { organizationId: organization.id });
  const manage = can(membership, 'billing.manage');
  return (
    <DataState
      loading={overview.loading}
      problem={overview.problem}
      data={overview.data}
      retry={() => void overview.refetch()}
      isEmpty={(data) => !data.billingAccount}
      empty={<p>The billing account is being opened. It appears here within a minute of creating the organization.</p>}
    >
      {({ billingAccount: account }) =>
        account ? (
          <>
            <AccountSummary account={account} />
            <Card title="Settings">
              {manage ? (
                <SettingsForm organizationId={organization.id} account={account} onSaved={() => void overview.refetch()} />
              ) : (
                <>
                  <dl className={styles.definitions}>
                    <dt>Billing mode</dt>
                    <dd>{MODE_LABELS[account.mode].label}: {MODE_LABELS[account.mode].explains}</dd>
                    <dt>Who may spend</dt>
                    <dd>{account.spendingRoles.length ? account.spendingRoles.map(humanize).join(', ') : 'Nobody'}</dd>
                    <dt>Purchase orders</dt>
                    <dd>{account.requiresPurchaseOrder ? 'Required for invoiced purchases' : 'Optional'}</dd>
                    <dt>Account opened</dt>
                    <dd>{formatDate(account.createdAt)}</dd>
                  </dl>
                  <p className="hint">Owners and billing admins change these settings.</p>
                </>
              )}
            </Card>
          </>
        ) : null
      }
    </DataState>
  );
}
