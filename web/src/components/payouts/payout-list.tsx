'use client';
import { useState } from 'react';
import { PayoutListOfMineDocument, PayoutListOfOrganizationDocument, type PayoutStatus } from '../../gql/graphql';
import { useQuery } from '../../lib/use-graphql';
import { DataState } from '../data-state';
import { Button, Card, SelectField } from '../ui';
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

/** Payouts newest first, by status, a page at a time (keyset cursors: "previous" replays a kept one). */
export function PayoutListCard({ scope }: { scope: PayeeScope }) {
  const mine = personal(scope);
  const [status, setStatus] = useState<PayoutStatus | ''>('');
  // the cursors of the pages before this one; the last is this page's `after`
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const page = { status: status || null, first: PAGE, after };
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
            setCursors([null]);
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
      {cursors.length > 1 || pageInfo?.hasNextPage ? (
        <nav className={styles.pager} aria-label="Payout pages">
          <Button variant="secondary" disabled={cursors.length <= 1 || query.loading} onClick={() => setCursors((c) => c.slice(0, -1))}>Previous</Button>
          <span className="muted">Page {cursors.length}</span>
          <Button variant="secondary" disabled={!pageInfo?.hasNextPage || !pageInfo.endCursor || query.loading} onClick={() => pageInfo?.endCursor && setCursors((c) => [...c, pageInfo.endCursor ?? null])}>Next</Button>
        </nav>
      ) : null}
    </Card>
  );
}
