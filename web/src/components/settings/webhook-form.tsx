'use client';
import { useState, type FormEvent } from 'react';
import { CreateWebhookEndpointDocument, UpdateWebhookEndpointDocument, type SettingsWebhookEndpointFragment } from '../../gql/graphql';
import { useFormErrors } from '../../lib/use-form-errors';
import { useMutation } from '../../lib/use-graphql';
import { FormProblems } from '../data-state';
import { Button, Field } from '../ui';
import styles from './settings.module.css';

/** Adds an endpoint (its secret comes back once, to the caller) or changes one's URL, description and events. */
export function WebhookForm({ organizationId, eventTypes, endpoint, onCreated, onUpdated, onCancel }: {
  organizationId: string;
  eventTypes: readonly string[];
  endpoint?: SettingsWebhookEndpointFragment;
  onCreated?: (endpoint: SettingsWebhookEndpointFragment, secret: string) => Promise<void>;
  onUpdated?: (endpoint: SettingsWebhookEndpointFragment) => Promise<void>;
  onCancel: () => void;
}) {
  const [url, setUrl] = useState(endpoint?.url ?? '');
  const [description, setDescription] = useState(endpoint?.description ?? '');
  const [types, setTypes] = useState<string[]>(endpoint?.eventTypes ?? []);
  const [create, creating] = useMutation(CreateWebhookEndpointDocument);
  const [update, updating] = useMutation(UpdateWebhookEndpointDocument);
  const errors = useFormErrors();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (endpoint) {
      const payload = errors.take(await update({ input: { endpointId: endpoint.id, url, description: description.trim() || null, eventTypes: types } }), (data) => data.updateWebhookEndpoint);
      if (payload?.endpoint) await onUpdated?.(payload.endpoint);
      return;
    }
    const payload = errors.take(await create({ input: { organizationId, url, description: description.trim() || null, eventTypes: types } }), (data) => data.createWebhookEndpoint);
    if (payload?.endpoint && payload.secret) await onCreated?.(payload.endpoint, payload.secret);
  }

  const toggle = (type: string, on: boolean) => setTypes((current) => (on ? [...current, type] : current.filter((t) => t !== type)));
  return (
    <form onSubmit={submit} noValidate className="form" aria-label={endpoint ? `Edit ${endpoint.url}` : 'New webhook endpoint'}>
      <FormProblems messages={errors.general} />
      <Field label="Endpoint URL" name="url" type="url" inputMode="url" value={url} onChange={(e) => setUrl(e.target.value)} error={errors.fields['url']} placeholder="https://example.com/webhooks/guildhall" autoComplete="off" hint="https only, on a public address. Guildhall posts signed events here (Standard Webhooks)." />
      <Field label="Description (optional)" name="description" value={description} onChange={(e) => setDescription(e.target.value)} error={errors.fields['description']} maxLength={200} autoComplete="off" />
      <fieldset aria-describedby={errors.fields['eventTypes'] ? 'webhook-events-error' : undefined}>
        <legend>Events to send</legend>
        {errors.fields['eventTypes'] ? <p id="webhook-events-error" className="field-error" role="alert">{errors.fields['eventTypes']}</p> : null}
        <div className={styles.actions}>
          <Button variant="link" onClick={() => setTypes([...eventTypes])}>Select all</Button>
          <Button variant="link" onClick={() => setTypes([])}>Clear</Button>
        </div>
        <div className={styles.checkGrid}>
          {eventTypes.map((type) => (
            <label key={type} className="checkbox">
              <input type="checkbox" checked={types.includes(type)} onChange={(e) => toggle(type, e.target.checked)} /> <code>{type}</code>
            </label>
          ))}
        </div>
      </fieldset>
      <div className={styles.actions}>
        <Button type="submit" busy={creating.running || updating.running}>{endpoint ? 'Save endpoint' : 'Add endpoint'}</Button>
        <Button variant="secondary" onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
