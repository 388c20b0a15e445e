'use client';
import { useState } from 'react';
import { can, type Membership } from '@guildhall/roles';
import { SettingsWebhooksDocument } from '../../gql/graphql';
import { useQuery } from '../../lib/use-graphql';
import { DataState } from '../data-state';
import { Button, Card, Notice } from '../ui';
import { SecretOnce } from './secret-once';
import styles from './settings.module.css';
import { WebhookEndpointCard } from './webhook-endpoint-card';
import { WebhookForm } from './webhook-form';
import { onlyRolesMay } from './who-may';

/** The org's outbound webhook endpoints (finance writers: webhooks.manage; deleting: webhooks.delete). */
export function WebhookEndpoints({ organizationId, membership }: { organizationId: string; membership: Membership }) {
  const mayDelete = can(membership, 'webhooks.delete');
  const query = useQuery(SettingsWebhooksDocument, { organizationId });
  // null: no form; 'new': the create form; an id: that endpoint's edit form
  const [editing, setEditing] = useState<string | null>(null);
  const [created, setCreated] = useState<{ url: string; secret: string } | null>(null);
  const [done, setDone] = useState<string | null>(null);

  return (
    <DataState loading={query.loading} problem={query.problem} data={query.data} retry={() => void query.refetch()} label="Loading webhooks…">
      {(data) => (
        <>
          <Card title="Webhook endpoints" actions={editing !== 'new' ? <Button onClick={() => { setDone(null); setCreated(null); setEditing('new'); }}>Add endpoint</Button> : null}>
            <p className="muted">Guildhall posts signed events (members, invoices, programs, contracts, payouts) to your HTTPS endpoints. Verify each with the signing secret using a Standard Webhooks library.</p>
            {!mayDelete ? <p className="hint">{onlyRolesMay('webhooks.delete', 'delete endpoints')}</p> : null}
            {created ? (
              <SecretOnce title={`Signing secret for ${created.url}`} secret={created.secret} onDone={() => setCreated(null)}>
                <p className={styles.subtle}>Your receiver checks the webhook-signature header with it.</p>
              </SecretOnce>
            ) : null}
            {done ? <Notice kind="success">{done}</Notice> : null}
            {editing === 'new' ? (
              <WebhookForm
                organizationId={organizationId}
                eventTypes={data.webhookEventTypes}
                onCancel={() => setEditing(null)}
                onCreated={async (endpoint, secret) => {
                  setEditing(null);
                  setCreated({ url: endpoint.url, secret });
                  await query.refetch();
                }}
              />
            ) : null}
          </Card>
          {data.webhookEndpoints.length === 0 ? (
            <div className="empty">
              <p>No endpoints yet. Add one to receive events as they happen.</p>
            </div>
          ) : (
            data.webhookEndpoints.map((endpoint) =>
              editing === endpoint.id ? (
                <Card key={endpoint.id} title={`Edit ${endpoint.url}`}>
                  <WebhookForm
                    organizationId={organizationId}
                    eventTypes={data.webhookEventTypes}
                    endpoint={endpoint}
                    onCancel={() => setEditing(null)}
                    onUpdated={async () => {
                      setEditing(null);
                      setDone('Endpoint saved.');
                      await query.refetch();
                    }}
                  />
                </Card>
              ) : (
                <WebhookEndpointCard
                  key={endpoint.id}
                  endpoint={endpoint}
                  mayDelete={mayDelete}
                  onEdit={() => { setDone(null); setEditing(endpoint.id); }}
                  onChanged={query.refetch}
                  onDeleted={async () => {
                    setDone(`Deleted ${endpoint.url}.`);
                    await query.refetch();
                  }}
                />
              ),
            )
          )}
        </>
      )}
    </DataState>
  );
}
