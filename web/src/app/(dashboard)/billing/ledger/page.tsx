'use client';
import { BillingFrame, type BillingContext } from '../../../../components/billing/billing-frame';
import { LedgerTable } from '../../../../components/billing/ledger-table';
import { Pager, useCursorPager } from '../../../../components/pager';
import { DataState } from '../../../../components/data-state';
import { Card } from '../../../../components/ui';
import { BillingLedgerDocument } from '../../../../gql/graphql';
import { useQuery } from '../../../../lib/use-graphql';

const PAGE_SIZE = 20;

export default function BillingLedgerPage() {
  return <BillingFrame>{(context) => <Ledger {...context} />}</BillingFrame>;
}

function Ledger({ organization }: BillingContext) {
  const pager = useCursorPager();
  const ledger = useQuery(BillingLedgerDocument, { organizationId: organization.id, after: pager.after, first: PAGE_SIZE });
  return (
    <Card title="Ledger">
      <p className="muted">Every movement of the organization’s money, as balanced debits and credits. Entries are never edited: a mistake is corrected by a new transaction.</p>
      <DataState
        loading={ledger.loading}
        problem={ledger.problem}
        data={ledger.data}
        retry={() => void ledger.refetch()}
        isEmpty={(data) => !data.billingAccount?.ledgerTransactions.nodes.length}
        empty={<p>No transactions yet. Top-ups, purchases through the organization and invoices appear here.</p>}
      >
        {({ billingAccount }) => {
          const connection = billingAccount!.ledgerTransactions;
          return (
            <>
              <LedgerTable transactions={connection.nodes} />
              <Pager label="Ledger" page={pager.page} hasNext={connection.pageInfo.hasNextPage} busy={ledger.loading} onNext={() => pager.next(connection.pageInfo.endCursor)} onPrevious={pager.previous} />
            </>
          );
        }}
      </DataState>
    </Card>
  );
}
