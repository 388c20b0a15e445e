'use client';
import { useState } from 'react';
import {
  DeleteWebhookEndpointDocument,
  PauseWebhookEndpointDocument,
  ResumeWebhookEndpointDocument,
  RotateWebhookSecretDocument,
  SendWebhookPingDocument,
  type SettingsWebhookDeliveryFragment,
  type SettingsWebhookEndpointFragment,
  type WebhookEndpointStatus,
} from '../../gql/graphql';
import { formatDateTime, humanize } from '../../lib/format';
import { useFormErrors } from '../../lib/use-form-errors';
import { useMutation } from '../../lib/use-graphql';
import { FormProblems } from '../data-state';
import { Badge, Button, Notice } from '../ui';
import { ConfirmButton } from '../confirm-button';
import { SecretOnce } from './secret-once';
import styles from './settings.module.css';
import { WebhookDeliveries } from './webhook-deliveries';

const TONE: Record<WebhookEndpointStatus, 'good' | 'warn' | 'bad'> = { ACTIVE: 'good', PAUSED: 'warn', DISABLED: 'bad' };

/** How a ping went, in words: the receiver's answer or why there was none. */
function pingOutcome(delivery: SettingsWebhookDeliveryFragment): { ok: boolean; text: string } {
  const latency = delivery.lastLatencyMs !== null ? ` in ${delivery.lastLatencyMs} ms` : '';
  if (delivery.status === 'SUCCEEDED') return { ok: true, text: `Ping delivered: the endpoint answered HTTP ${delivery.lastHttpStatus ?? '2xx'}${latency}.` };
  const answer = delivery.lastHttpStatus ? `it answered HTTP ${delivery.lastHttpStatus}${latency}` : 'no answer came';
  return { ok: false, text: `Ping failed: ${answer}.${delivery.lastError ? ` ${delivery.lastError}` : ''}` };
}

/** One endpoint: its health, the finance writer's actions (the OWNER's delete) and its delivery log. */
export function WebhookEndpointCard({ endpoint, mayDelete, onEdit, onChanged, onDeleted }: { endpoint: SettingsWebhookEndpointFragment; mayDelete: boolean; onEdit: () => void; onChanged: () => Promise<void>; onDeleted: () => Promise<void> }) {
  const input = { endpointId: endpoint.id };
  const [ping, pinging] = useMutation(SendWebhookPingDocument);
  const [pause, pausing] = useMutation(PauseWebhookEndpointDocument);
  const [resume, resuming] = useMutation(ResumeWebhookEndpointDocument);
  const [rotate, rotating] = useMutation(RotateWebhookSecretDocument);
  const [remove, removing] = useMutation(DeleteWebhookEndpointDocument);
  const errors = useFormErrors();
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [logOpen, setLogOpen] = useState(false);
  // bumped after anything that adds or changes deliveries, so an open log reloads
  const [logVersion, setLogVersion] = useState(0);
  const headingId = `webhook-${endpoint.id}`;
  const logId = `webhook-log-${endpoint.id}`;

  /** Success feedback for actions whose only other sign is a changed badge. */
  const said = (text: string) => {
    setOutcome({ ok: true, text });
    return true;
  };

  async function act(run: () => Promise<boolean>) {
    setOutcome(null);
    if (await run()) await onChanged();
  }

  return (
    <article className="card" aria-labelledby={headingId}>
      <header className="card-header">
        <h3 id={headingId} className={styles.url}>
          {endpoint.url}
        </h3>
        <Badge tone={TONE[endpoint.status]}>{humanize(endpoint.status)}</Badge>
      </header>
      {endpoint.status === 'DISABLED' ? <Notice kind="warning">Disabled: {endpoint.disabledReason ?? 'too many failed deliveries'}. Fix the receiver, resume, then redeliver what failed.</Notice> : null}
      <dl className={styles.details}>
        {endpoint.description ? (
          <>
            <dt>Description</dt>
            <dd>{endpoint.description}</dd>
          </>
        ) : null}
        <dt>Events</dt>
        <dd>{endpoint.eventTypes.join(', ')}</dd>
        <dt>Health</dt>
        <dd>
          {endpoint.consecutiveFailures ? `${endpoint.consecutiveFailures} failed attempts in a row${endpoint.failingSince ? ` since ${formatDateTime(endpoint.failingSince)}` : ''}` : 'No failures since the last success'}
        </dd>
        <dt>Last delivered</dt>
        <dd>{endpoint.lastSuccessAt ? formatDateTime(endpoint.lastSuccessAt) : 'Not yet'}</dd>
        {endpoint.lastFailureAt ? (
          <>
            <dt>Last failed</dt>
            <dd>{formatDateTime(endpoint.lastFailureAt)}</dd>
          </>
        ) : null}
        <dt>Signing secret</dt>
        <dd>
          {endpoint.secretRotatedAt ? `Rotated ${formatDateTime(endpoint.secretRotatedAt)}` : `Set ${formatDateTime(endpoint.createdAt)}`}
          {endpoint.previousSecretExpiresAt ? `; the previous one also signs until ${formatDateTime(endpoint.previousSecretExpiresAt)}` : ''}
        </dd>
      </dl>
      {secret ? (
        <SecretOnce title="New signing secret" secret={secret} onDone={() => setSecret(null)}>
          <p className={styles.subtle}>For 24 hours deliveries are signed with both secrets, so your receiver can switch without missing any.</p>
        </SecretOnce>
      ) : null}
      <FormProblems messages={[...errors.general, ...Object.values(errors.fields)]} />
      {outcome ? <Notice kind={outcome.ok ? 'success' : 'error'}>{outcome.text}</Notice> : null}
      <div className={styles.actions}>
        <Button
          variant="secondary"
          busy={pinging.running}
          onClick={() =>
            void act(async () => {
              const payload = errors.take(await ping({ input }), (data) => data.sendWebhookPing);
              if (payload?.delivery) setOutcome(pingOutcome(payload.delivery));
              setLogVersion((v) => v + 1);
              return false;
            })
          }
        >
          Send ping
        </Button>
        {endpoint.status === 'ACTIVE' ? (
          <Button variant="secondary" busy={pausing.running} onClick={() => void act(async () => Boolean(errors.take(await pause({ input }), (data) => data.pauseWebhookEndpoint)) && said('Paused: new deliveries wait until you resume.'))}>
            Pause
          </Button>
        ) : (
          <Button variant="secondary" busy={resuming.running} onClick={() => void act(async () => Boolean(errors.take(await resume({ input }), (data) => data.resumeWebhookEndpoint)) && said('Resumed: waiting deliveries go out now.'))}>
            Resume
          </Button>
        )}
        <ConfirmButton
          label="Rotate secret"
          variant="secondary"
          question="Make a new signing secret? The old one keeps signing for 24 hours."
          confirmLabel="Rotate"
          busy={rotating.running}
          onConfirm={() =>
            act(async () => {
              const payload = errors.take(await rotate({ input }), (data) => data.rotateWebhookSecret);
              if (payload?.secret) setSecret(payload.secret);
              return Boolean(payload);
            })
          }
        />
        <Button variant="secondary" onClick={onEdit}>
          Edit
        </Button>
        {mayDelete ? (
          <ConfirmButton
            label="Delete"
            question="Delete this endpoint and its delivery log?"
            confirmLabel="Delete endpoint"
            busy={removing.running}
            onConfirm={async () => {
              const payload = errors.take(await remove({ input }), (data) => data.deleteWebhookEndpoint);
              if (payload) await onDeleted();
            }}
          />
        ) : null}
        <Button variant="link" aria-expanded={logOpen} aria-controls={logId} onClick={() => setLogOpen(!logOpen)}>
          {logOpen ? 'Hide delivery log' : 'Delivery log'}
        </Button>
      </div>
      <div id={logId} hidden={!logOpen}>
        {logOpen ? <WebhookDeliveries endpointId={endpoint.id} label={`Delivery log of ${endpoint.url}`} paused={endpoint.status === 'PAUSED'} version={logVersion} /> : null}
      </div>
    </article>
  );
}
