'use client';
import { useState } from 'react';
import { PlatformOrganizationsByStatusDocument, type OrganizationStatus } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { useQuery } from '../../lib/use-graphql';
import { DataState } from '../data-state';
import { Pager, useCursorPager } from '../pager';
import { Button, Card, SelectField, Table } from '../ui';
import type { PickedOrganization } from './organization-finder';
import { STATUS_LABEL } from './labels';

const PAGE_SIZE = 20;
const STATUSES = (Object.keys(STATUS_LABEL) as OrganizationStatus[]).map((status) => ({ value: status, label: STATUS_LABEL[status] }));

/** Organizations by status, oldest first: pending verification by default, the queue to work through. */
export function OrganizationQueue({ onPick }: { onPick: (picked: PickedOrganization) => void }) {
  const [status, setStatus] = useState<OrganizationStatus>('PENDING_VERIFICATION');
  const pager = useCursorPager();
  const queue = useQuery(PlatformOrganizationsByStatusDocument, { status, first: PAGE_SIZE, after: pager.after });
  return (
    <Card title="Organizations by status">
      <div className="form-row">
        <SelectField
          label="Status"
          name="status"
          value={status}
          onChange={(e) => {
            pager.reset();
            setStatus(e.target.value as OrganizationStatus);
          }}
          options={STATUSES}
        />
      </div>
      <DataState
        loading={queue.loading}
        problem={queue.problem}
        data={queue.data?.organizationsByStatus}
        isEmpty={(page) => page.nodes.length === 0}
        empty={<p>No organization is {STATUS_LABEL[status].toLowerCase()}.</p>}
        retry={() => void queue.refetch()}
      >
        {(page) => (
          <>
            <Table caption={`${STATUS_LABEL[status]} organizations, oldest first`}>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Created</th>
                  <th scope="col" className="number">Active members</th>
                  <th scope="col"><span className="visually-hidden">Open</span></th>
                </tr>
              </thead>
              <tbody>
                {page.nodes.map((org) => (
                  <tr key={org.id}>
                    <td>{org.name} <span className="muted">({org.slug})</span></td>
                    <td>{formatDate(org.createdAt)}</td>
                    <td className="number">{org.members.totalCount}</td>
                    <td>
                      <Button variant="secondary" aria-label={`Open ${org.name}`} onClick={() => onPick({ id: org.id, name: org.name })}>Open</Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
            <Pager label="Organizations" page={pager.page} hasNext={page.pageInfo.hasNextPage} onNext={() => pager.next(page.pageInfo.endCursor)} onPrevious={pager.previous} busy={queue.loading} />
          </>
        )}
      </DataState>
    </Card>
  );
}
