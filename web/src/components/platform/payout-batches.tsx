'use client';
import { useState } from 'react';
import { PlatformPayoutBatchesDocument, PlatformRunPayoutBatchDocument, type PlatformRunPayoutBatchMutation } from '../../gql/graphql';
import { messageFor } from '../../lib/error-messages';
import { formatDateTime, formatMoney } from '../../lib/format';
import { useSession } from '../../lib/session';
import { useMutation, useQuery } from '../../lib/use-graphql';
import { DataState, FormProblems, Loading } from '../data-state';
import { Button, Card, Notice, Table } from '../ui';

/** payoutBatches (the latest 50) and running one now; absent when the gateway serves no payouts. */
export function PayoutBatches() {
  const { features, featuresLoaded } = useSession();
  if (!featuresLoaded) return <Loading />;
  if (!features.payouts) return <Notice kind="info"><p>Payouts are switched off on this Guildhall (FEATURE_PAYOUTS=false).</p></Notice>;
  return <Batches />;
}

function Batches() {
  const query = useQuery(PlatformPayoutBatchesDocument, {});
  const [run, { running }] = useMutation(PlatformRunPayoutBatchDocument);
  const [result, setResult] = useState<PlatformRunPayoutBatchMutation['runPayoutBatch'] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function runNow() {
    setProblem(null);
    setResult(null);
    const outcome = await run({});
    if (outcome.problem || !outcome.data) {
      setProblem(messageFor(outcome.problem ?? { code: 'INTERNAL', message: '' }));
      return;
    }
    setResult(outcome.data.runPayoutBatch);
    await query.refetch();
  }

  return (
    <>
      <Card title="Run a batch">
        <p className="muted">Pays every payee what is available to them (₹500 or more, to a verified account). Running it again pays nobody twice.</p>
        <FormProblems messages={problem ? [problem] : []} />
        {result ? (
          <Notice kind="success">
            <p>Batch {result.batch.period}: {result.created} payouts created, {result.submitted} sent to the provider.</p>
          </Notice>
        ) : null}
        <Button onClick={() => void runNow()} busy={running}>Run payout batch now</Button>
      </Card>
      <Card title="Latest batches">
        <DataState loading={query.loading} problem={query.problem} data={query.data?.payoutBatches} isEmpty={(rows) => rows.length === 0} empty={<p>No payout batches yet.</p>} retry={() => void query.refetch()} label="Loading batches…">
          {(rows) => (
            <Table caption="Payout batches">
              <thead>
                <tr>
                  <th scope="col">Period</th>
                  <th scope="col">Trigger</th>
                  <th scope="col">Created</th>
                  <th scope="col">Payouts</th>
                  <th scope="col">Net</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((batch) => (
                  <tr key={batch.id}>
                    <td>{batch.period}</td>
                    <td>{batch.trigger}</td>
                    <td>{formatDateTime(batch.createdAt)}</td>
                    <td>{batch.payouts}</td>
                    <td>{batch.net.length ? batch.net.map((money) => formatMoney(money.amountMinor, money.currency)).join(', ') : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </DataState>
      </Card>
    </>
  );
}
