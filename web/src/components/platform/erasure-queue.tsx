'use client';
import Link from 'next/link';
import { useState } from 'react';
import { PlatformErasureRequestsDocument, type ErasureRequestStatus, type PlatformErasureRequestFragment } from '../../gql/graphql';
import { formatDate, humanize } from '../../lib/format';
import { useQuery } from '../../lib/use-graphql';
import { DataState } from '../data-state';
import { Pager, useCursorPager } from '../pager';
import { Badge, Card, Notice, SelectField, Table } from '../ui';
import { ErasureActions } from './erasure-actions';
import styles from './platform.module.css';

const PAGE_SIZE = 20;
const STATUSES: ErasureRequestStatus[] = ['PENDING', 'IN_PROGRESS', 'COMPLETED', 'REJECTED'];
const TONE: Record<ErasureRequestStatus, 'neutral' | 'good' | 'warn' | 'bad'> = { PENDING: 'warn', IN_PROGRESS: 'neutral', COMPLETED: 'good', REJECTED: 'bad' };

/** erasureRequests, oldest first (the deadline runs from the request), by status, a page at a time. */
export function ErasureQueue() {
  const [status, setStatus] = useState<ErasureRequestStatus | null>('PENDING');
  const pager = useCursorPager();
  const query = useQuery(PlatformErasureRequestsDocument, { status, first: PAGE_SIZE, after: pager.after });
  const [notice, setNotice] = useState<string | null>(null);
  // answers given on this page, shown in place until the list is asked again
  const [updated, setUpdated] = useState<Record<string, PlatformErasureRequestFragment>>({});

  return (
    <Card title="Erasure requests">
      <SelectField
        label="Status"
        name="status"
        value={status ?? ''}
        onChange={(e) => {
          setStatus((e.target.value || null) as ErasureRequestStatus | null);
          pager.reset();
          setUpdated({});
        }}
        options={[{ value: '', label: 'All' }, ...STATUSES.map((value) => ({ value, label: humanize(value) }))]}
      />
      {notice ? <Notice kind="success"><p>{notice}</p></Notice> : null}
      <DataState
        loading={query.loading}
        problem={query.problem}
        data={query.data?.erasureRequests}
        isEmpty={(page) => page.nodes.length === 0}
        empty={<p>{status ? `No ${humanize(status).toLowerCase()} requests.` : 'No erasure requests.'}</p>}
        retry={() => void query.refetch()}
        label="Loading erasure requests…"
      >
        {(page) => (
          <>
            <Table caption="Erasure requests">
              <thead>
                <tr>
                  <th scope="col">Request</th>
                  <th scope="col">Status</th>
                  <th scope="col">Requested</th>
                  <th scope="col">Due</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {page.nodes.map((node) => {
                  const request = updated[node.id] ?? node;
                  return (
                    <tr key={request.id}>
                      <td>
                        <code className={styles.id}>{request.id}</code>
                        <div className="muted">{request.user.name} (<code className={styles.id}>{request.user.id}</code>)</div>
                        {request.rejectionReason ? <div>Reason: {request.rejectionReason}</div> : null}
                        {request.ownerlessOrganizationIds.map((orgId) => (
                          <div key={orgId}>
                            Left without an owner: <Link href={`/platform?org=${encodeURIComponent(orgId)}`}>appoint one for {orgId.slice(0, 8)}…</Link>
                          </div>
                        ))}
                      </td>
                      <td><Badge tone={TONE[request.status]}>{humanize(request.status)}</Badge></td>
                      <td>{formatDate(request.requestedAt)}</td>
                      <td>{formatDate(request.dueAt)}</td>
                      <td>
                        {request.status === 'PENDING' ? (
                          <ErasureActions
                            request={request}
                            onDone={(answer, message) => {
                              setUpdated((all) => ({ ...all, [answer.id]: answer }));
                              setNotice(message);
                            }}
                          />
                        ) : (
                          <span className="muted">{request.status === 'IN_PROGRESS' ? `Processed ${formatDate(request.processedAt)}` : request.status === 'COMPLETED' ? `Completed ${formatDate(request.completedAt)}` : `Rejected ${formatDate(request.rejectedAt)}`}</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </Table>
            <Pager label="Erasure requests" page={pager.page} hasNext={page.pageInfo.hasNextPage} onNext={() => pager.next(page.pageInfo.endCursor)} onPrevious={pager.previous} busy={query.loading} />
          </>
        )}
      </DataState>
    </Card>
  );
}
