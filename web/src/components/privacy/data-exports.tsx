'use client';
import { useEffect, useState } from 'react';
import { rolesWith } from '@guildhall/roles';
import { DataExportsDocument, RequestDataExportDocument } from '../../gql/graphql';
import { humanize } from '../../lib/format';
import { useFormErrors } from '../../lib/use-form-errors';
import { useMutation, useQuery } from '../../lib/use-graphql';
import { DataState, FormProblems } from '../data-state';
import { Button, Card, Notice } from '../ui';
import { ExportItem } from './export-item';
import styles from './privacy.module.css';

/** While a part is still being gathered the list is re-read this often: progress without a live field. */
const POLL_MS = 2000;

/** Who may ask, from the server's own capability table: "Owner or Billing admin". */
export const exportRoles = () => {
  const names = rolesWith('dataExport.request').map(humanize);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : (names[0] ?? '');
};

/** An org's data exports (DPDP §11): ask for one, watch it being gathered, download it when ready. */
export function DataExports({ organizationId, organizationName }: { organizationId: string; organizationName: string }) {
  const exports = useQuery(DataExportsDocument, { organizationId });
  const [requestExport, { running }] = useMutation(RequestDataExportDocument);
  const errors = useFormErrors();
  const [requestedId, setRequestedId] = useState<string | null>(null);
  const { refetch } = exports;
  const gathering = exports.data?.dataExports.some((item) => item.status === 'PENDING') ?? false;

  useEffect(() => {
    if (!gathering) return;
    const timer = setInterval(() => void refetch(), POLL_MS);
    return () => clearInterval(timer);
  }, [gathering, refetch]);

  const request = async () => {
    errors.clear();
    setRequestedId(null);
    const payload = errors.take(await requestExport({ organizationId }), (data) => data.requestDataExport);
    if (!payload?.dataExport) return;
    setRequestedId(payload.dataExport.id);
    await refetch();
  };

  const requested = exports.data?.dataExports.find((item) => item.id === requestedId);
  return (
    <Card title="Data export">
      <p>
        A copy of everything {organizationName} has in Guildhall — the organization and its members, billing (payments, invoices,
        credit notes, purchase orders, programs, contracts), payouts (accounts masked) and the audit log — as one JSON file. Gathering
        takes a moment; the link is also e-mailed to you and stays valid for 7 days. One export per organization per 24 hours (a failed
        one may be asked for again at once).
      </p>
      <FormProblems messages={errors.general} />
      <div className={styles.requestRow}>
        <Button onClick={() => void request()} busy={running} aria-describedby={errors.fields['organizationId'] ? 'data-export-refused' : undefined}>
          Request a data export
        </Button>
      </div>
      {errors.fields['organizationId'] ? (
        <p id="data-export-refused" className="field-error" role="alert">
          {errors.fields['organizationId']}
        </p>
      ) : null}
      {requested ? (
        <Notice kind="success">
          <p>{requested.status === 'READY' ? 'Your export is ready: download it below.' : 'Export requested. Its progress shows below; you will also get the link by e-mail.'}</p>
        </Notice>
      ) : null}
      <h3>Exports</h3>
      <DataState
        loading={exports.loading}
        problem={exports.problem}
        data={exports.data}
        retry={() => void refetch()}
        label="Loading exports…"
        isEmpty={(data) => !data.dataExports.length}
        empty={<p>No exports yet.</p>}
      >
        {(data) => (
          <ul className={styles.exports} aria-label="Data exports" aria-live="polite">
            {data.dataExports.map((item) => (
              <ExportItem key={item.id} item={item} />
            ))}
          </ul>
        )}
      </DataState>
    </Card>
  );
}

/** For the roles that may not ask: who can, so the person knows whom to ask. */
export function DataExportExplainer({ organizationName, role }: { organizationName: string; role: string }) {
  return (
    <Card title="Data export">
      <Notice kind="info">
        <p>
          An export of everything {organizationName} has in Guildhall can be asked for by an {exportRoles()} of the organization. Your role
          here ({humanize(role)}) does not include it; ask one of them if you need a copy.
        </p>
      </Notice>
    </Card>
  );
}
