'use client';
import { useState } from 'react';
import { PlatformCancelMaintenanceDocument, PlatformMaintenanceWindowsDocument, type PlatformMaintenanceWindowFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { messageFor } from '../../lib/error-messages';
import { useMutation, useQuery } from '../../lib/use-graphql';
import { ConfirmButton } from '../confirm-button';
import { DataState } from '../data-state';
import { Badge, Card, Notice, SelectField, Table } from '../ui';
import { MaintenanceForm } from './maintenance-form';
import styles from './platform.module.css';

const FILTERS = { all: null, active: true, inactive: false } as const;
type Filter = keyof typeof FILTERS;

function state(window: PlatformMaintenanceWindowFragment): { label: string; tone: 'neutral' | 'good' | 'warn' | 'bad' } {
  if (window.cancelledAt) return { label: 'Cancelled', tone: 'neutral' };
  if (window.active) return { label: 'In force', tone: 'warn' };
  return new Date(window.endsAt).getTime() <= Date.now() ? { label: 'Over', tone: 'neutral' } : { label: 'Scheduled', tone: 'good' };
}

/** maintenanceWindows (newest first), the schedule form, and cancelling a window still to end. */
export function MaintenanceList() {
  const [filter, setFilter] = useState<Filter>('all');
  const query = useQuery(PlatformMaintenanceWindowsDocument, { active: FILTERS[filter] });
  const [cancel, { running }] = useMutation(PlatformCancelMaintenanceDocument);
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);

  async function cancelWindow(id: string) {
    const result = await cancel({ id });
    const problem = result.problem ?? result.data?.cancelMaintenanceWindow.userErrors[0] ?? null;
    setNotice(problem ? { kind: 'error', text: messageFor(problem) } : { kind: 'success', text: 'Window cancelled.' });
    await query.refetch();
  }

  return (
    <>
      <Card title="Schedule a window">
        <MaintenanceForm onScheduled={() => void query.refetch()} />
      </Card>
      <Card title="Windows">
        <SelectField label="Show" name="active" value={filter} onChange={(e) => setFilter(e.target.value as Filter)} options={[{ value: 'all', label: 'All windows' }, { value: 'active', label: 'In force now' }, { value: 'inactive', label: 'Not in force' }]} />
        {notice ? <Notice kind={notice.kind}><p>{notice.text}</p></Notice> : null}
        <DataState loading={query.loading} problem={query.problem} data={query.data?.maintenanceWindows} isEmpty={(rows) => rows.length === 0} empty={<p>No maintenance windows.</p>} retry={() => void query.refetch()} label="Loading windows…">
          {(rows) => (
            <Table caption="Maintenance windows">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Scope</th>
                  <th scope="col">Message</th>
                  <th scope="col">Status</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((window) => {
                  const shown = state(window);
                  return (
                    <tr key={window.id}>
                      <td>{formatDateTime(window.startsAt)} – {formatDateTime(window.endsAt)}</td>
                      <td>{window.scope === 'PLATFORM' ? 'Platform-wide' : <>Organization <code className={styles.id}>{window.organizationId}</code></>}</td>
                      <td>{window.message}</td>
                      <td><Badge tone={shown.tone}>{shown.label}</Badge></td>
                      <td>
                        {shown.label === 'Scheduled' || shown.label === 'In force' ? (
                          <ConfirmButton label="Cancel window" question={shown.label === 'In force' ? 'End this window now?' : 'Call this window off?'} confirmLabel="Yes, cancel it" onConfirm={() => cancelWindow(window.id)} busy={running} />
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </Table>
          )}
        </DataState>
      </Card>
    </>
  );
}
