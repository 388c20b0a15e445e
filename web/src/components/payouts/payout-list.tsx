'use client';
import { useState } from 'react';
import { PayoutListOfMineDocument, PayoutListOfOrganizationDocument, type PayoutStatus } from '../../gql/graphql';
import { useQuery } from '../../lib/use-graphql';
import { DataState } from '../data-state';
import { Pager, useCursorPager } from '../pager';
import { Card, SelectField } from '../ui';
import { personal, type PayeeScope } from './payee';
import { PayoutTable } from './payout-table';
import styles from './payouts.module.css';

const PAGE = 20;
const STATUSES: readonly { value: PayoutStatus | ''; label: string }[] = [
  { value: '', label: 'All statuses' },
  { value: 'CREATED', label: 'Created' },
  { value: 'PROCESSING', label: 'Processing' },
  { value: 'PROCESSED', label: 'Processed' },
  { value: 'FAILED', label: 'Failed' },
  { value: 'REVERSED', label: 'Reversed' },
];

/** Payouts newest first, by status, a page at a time. */
export function PayoutListCard({ scope }: { scope: PayeeScope }) {
  const mine = personal(scope);
  const [status, setStatus] = useState<PayoutStatus | ''>('');
  const pager = useCursorPager();
  const page = { status: status || null, first: PAGE, after: pager.after };
  const ofOrg = useQuery(PayoutListOfOrganizationDocument, { organizationId: scope.payee.id, ...page }, { skip: mine });
  const ofMine = useQuery(PayoutListOfMineDocument, page, { skip: !mine });
  const query = mine ? ofMine : ofOrg;
  const pageInfo = query.data?.payouts.pageInfo;

  return (
    <Card title="Payouts">
      <div className={styles.filter}>
        <SelectField
          label="Status"
          value={status}
          onChange={(e) => {
            setStatus(e.target.value as PayoutStatus | '');
            pager.reset();
          }}
          options={STATUSES}
        />
      </div>
      <DataState
        loading={query.loading}
        problem={query.problem}
        data={query.data}
        retry={() => void query.refetch()}
        isEmpty={(data) => data.payouts.nodes.length === 0}
        empty={<p>{status ? 'No payout has this status.' : 'No payouts yet. Weekly batches pay what is available, from ₹500, to a verified account.'}</p>}
      >
        {(data) => <PayoutTable caption="Payouts, newest first" payouts={data.payouts.nodes} />}
      </DataState>
      <Pager label="Payout" page={pager.page} hasNext={!!pageInfo?.hasNextPage} busy={query.loading} onNext={() => pager.next(pageInfo?.endCursor)} onPrevious={pager.previous} />
    </Card>
  );
}
