'use client';
import { useEffect, useState } from 'react';
import { RedeliverFailedWebhooksDocument, RedeliverWebhookDocument, WebhookDeliveriesDocument, type SettingsWebhookDeliveryFragment, type WebhookDeliveryStatus } from '../../gql/graphql';
import { formatDateTime, humanize } from '../../lib/format';
import { execute, RequestFailed } from '../../lib/graphql-request';
import { messageFor } from '../../lib/error-messages';
import { useFormErrors } from '../../lib/use-form-errors';
import { useMutation, useQuery } from '../../lib/use-graphql';
import { DataState, FormProblems } from '../data-state';
import { Badge, Button, Notice, SelectField } from '../ui';
import styles from './settings.module.css';

const PAGE = 20;
const TONE: Record<WebhookDeliveryStatus, 'good' | 'warn' | 'bad'> = { SUCCEEDED: 'good', PENDING: 'warn', FAILED: 'bad' };
const FILTERS = [
  { value: '', label: 'All deliveries' },
  { value: 'FAILED', label: 'Failed' },
  { value: 'PENDING', label: 'Waiting to retry' },
  { value: 'SUCCEEDED', label: 'Delivered' },
];

/** An endpoint's delivery log, newest first: filter by status, page with "Load more", send again. */
export function WebhookDeliveries({ endpointId, label, paused, version }: { endpointId: string; label: string; paused: boolean; version: number }) {
  const [status, setStatus] = useState<WebhookDeliveryStatus | ''>('');
  const first = useQuery(WebhookDeliveriesDocument, { endpointId, status: status || null, first: PAGE });
  // pages after the first, appended by "Load more"; dropped whenever the first page is reloaded
  const [more, setMore] = useState<{ nodes: SettingsWebhookDeliveryFragment[]; endCursor: string | null; hasNextPage: boolean } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [redeliver, one] = useMutation(RedeliverWebhookDocument);
  const [redeliverAll, all] = useMutation(RedeliverFailedWebhooksDocument);
  const errors = useFormErrors();
  useEffect(() => setMore(null), [first.data]);
  // the card bumps `version` after a ping (a new delivery): reload, keeping the chosen filter
  const { refetch } = first;
  const [seen, setSeen] = useState(version);
  useEffect(() => {
    if (version === seen) return;
    setSeen(version);
    void refetch();
  }, [version, seen, refetch]);
  const when = paused ? ' once you resume the endpoint' : ' now';

  async function loadMore(after: string | null) {
    setLoadingMore(true);
    try {
      const page = (await execute(WebhookDeliveriesDocument, { endpointId, status: status || null, first: PAGE, after })).webhookDeliveries;
      setMore((current) => ({ nodes: [...(current?.nodes ?? []), ...page.nodes], endCursor: page.pageInfo.endCursor, hasNextPage: page.pageInfo.hasNextPage }));
    } catch (error) {
      errors.fail(error instanceof RequestFailed ? messageFor(error.problem) : String(error));
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <section aria-label={label}>
      <div className="form-row">
        <SelectField label="Show" name="status" value={status} onChange={(e) => { setNote(null); setStatus(e.target.value as WebhookDeliveryStatus | ''); }} options={FILTERS} />
        <div className={styles.rowAction}>
          <Button
            variant="secondary"
            busy={all.running}
            onClick={async () => {
              setNote(null);
              const payload = errors.take(await redeliverAll({ input: { endpointId } }), (data) => data.redeliverFailedWebhooks);
              if (!payload) return;
              setNote(payload.scheduled ? `${payload.scheduled} failed ${payload.scheduled === 1 ? 'delivery' : 'deliveries'} will be sent again${when}.` : 'There were no failed deliveries to send again.');
              await first.refetch();
            }}
          >
            Redeliver all failed
          </Button>
        </div>
      </div>
      <FormProblems messages={[...errors.general, ...Object.values(errors.fields)]} />
      {note ? <Notice kind="success">{note}</Notice> : null}
      <DataState loading={first.loading} problem={first.problem} data={first.data} retry={() => void first.refetch()} isEmpty={(data) => data.webhookDeliveries.nodes.length === 0} empty={<p>No deliveries{status ? ' with this status' : ''} yet.</p>} label="Loading deliveries…">
        {(data) => {
          const nodes = [...data.webhookDeliveries.nodes, ...(more?.nodes ?? [])];
          const page = more ?? data.webhookDeliveries.pageInfo;
          return (
            <>
              <ul className="list">
                {nodes.map((delivery) => (
                  <Delivery
                    key={delivery.id}
                    delivery={delivery}
                    busy={one.running}
                    onRedeliver={async () => {
                      setNote(null);
                      const payload = errors.take(await redeliver({ input: { deliveryId: delivery.id } }), (result) => result.redeliverWebhook);
                      if (!payload) return;
                      setNote(`${delivery.eventType} will be sent again${when} (same event id).`);
                      await first.refetch();
                    }}
                  />
                ))}
              </ul>
              {page.hasNextPage ? (
                <Button variant="secondary" busy={loadingMore} onClick={() => void loadMore(page.endCursor)}>
                  Load more
                </Button>
              ) : null}
            </>
          );
        }}
      </DataState>
    </section>
  );
}

function Delivery({ delivery, busy, onRedeliver }: { delivery: SettingsWebhookDeliveryFragment; busy: boolean; onRedeliver: () => Promise<void> }) {
  const answer = delivery.lastHttpStatus ? `HTTP ${delivery.lastHttpStatus}` : delivery.attempts ? 'No answer' : 'Not tried yet';
  return (
    <li>
      <span>
        <code>{delivery.eventType}</code> <Badge tone={TONE[delivery.status]}>{humanize(delivery.status)}</Badge>
        <br />
        <small className="muted">
          {formatDateTime(delivery.createdAt)} · {delivery.attempts} {delivery.attempts === 1 ? 'attempt' : 'attempts'} · {answer}
          {delivery.lastLatencyMs !== null ? ` in ${delivery.lastLatencyMs} ms` : ''}
          {delivery.status === 'PENDING' && delivery.nextAttemptAt ? ` · next try ${formatDateTime(delivery.nextAttemptAt)}` : ''}
        </small>
        {delivery.lastError ? <small className="field-error"><br />{delivery.lastError}</small> : null}
      </span>
      <Button variant="secondary" busy={busy} onClick={() => void onRedeliver()}>
        Redeliver<span className="visually-hidden"> {delivery.eventType} of {formatDateTime(delivery.createdAt)}</span>
      </Button>
      <details className={styles.fullRow}>
        <summary>Body and attempts</summary>
        <pre className={styles.body}>{delivery.body}</pre>
        <ol className={styles.attempts}>
          {delivery.attemptLog.map((attempt) => (
            <li key={`${attempt.attempt}-${attempt.attemptedAt}`}>
              {formatDateTime(attempt.attemptedAt)}: {humanize(attempt.outcome)}, {attempt.httpStatus ? `HTTP ${attempt.httpStatus}` : 'no answer'} in {attempt.latencyMs} ms{attempt.error ? ` — ${attempt.error}` : ''}
            </li>
          ))}
        </ol>
      </details>
    </li>
  );
}
