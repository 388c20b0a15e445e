'use client';
import Link from 'next/link';
import { useState } from 'react';
import { can, type Membership } from '@guildhall/roles';
import { SettingsSsoDocument } from '../../gql/graphql';
import { useQuery } from '../../lib/use-graphql';
import { DataState } from '../data-state';
import { Button, Card, Notice } from '../ui';
import { SsoConnectionCard } from './sso-connection-card';
import { SsoForm } from './sso-form';
import { onlyRolesMay } from './who-may';

/** The org's SAML and OIDC connections: governance reads them, the OWNER configures them. */
export function SsoConnections({ organizationId, membership }: { organizationId: string; membership: Membership }) {
  const manage = can(membership, 'sso.manage');
  const connections = useQuery(SettingsSsoDocument, { organizationId });
  // null: no form; 'new': the create form; an id: that connection's edit form
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  return (
    <>
      <Card title="Single sign-on" actions={manage && editing !== 'new' ? <Button onClick={() => { setSaved(null); setEditing('new'); }}>New connection</Button> : null}>
        <p className="muted">
          People whose email is on one of your <Link href="/settings/domains">verified domains</Link> sign in through your identity provider (Okta, Entra ID, Google Workspace…).
        </p>
        {!manage ? <Notice kind="info">Read-only: {onlyRolesMay('sso.manage', 'create, change or delete connections')}</Notice> : null}
        {saved ? <Notice kind="success">{saved}</Notice> : null}
        {manage && editing === 'new' ? (
          <SsoForm
            organizationId={organizationId}
            onCancel={() => setEditing(null)}
            onSaved={async (connection) => {
              setEditing(null);
              setSaved(`Created ${connection.name}.${connection.kind === 'SAML' ? ' Open “What to give your identity provider” below for its entity ID and ACS URL.' : ''}`);
              await connections.refetch();
            }}
          />
        ) : null}
      </Card>
      <DataState
        loading={connections.loading}
        problem={connections.problem}
        data={connections.data}
        retry={() => void connections.refetch()}
        isEmpty={(data) => data.organization.ssoConnections.length === 0}
        empty={<p>No single sign-on connection yet.{manage ? ' Verify a domain first, then create one.' : ''}</p>}
        label="Loading connections…"
      >
        {(data) => (
          <div>
            {data.organization.ssoConnections.map((connection) =>
              manage && editing === connection.id ? (
                <Card key={connection.id} title={`Edit ${connection.name}`}>
                  <SsoForm
                    organizationId={organizationId}
                    connection={connection}
                    onCancel={() => setEditing(null)}
                    onSaved={async (updated) => {
                      setEditing(null);
                      setSaved(`Saved ${updated.name}.`);
                      await connections.refetch();
                    }}
                  />
                </Card>
              ) : (
                <SsoConnectionCard
                  key={connection.id}
                  organizationId={organizationId}
                  connection={connection}
                  manage={manage}
                  onEdit={() => { setSaved(null); setEditing(connection.id); }}
                  onDeleted={async () => {
                    setSaved(`Deleted ${connection.name}.`);
                    await connections.refetch();
                  }}
                />
              ),
            )}
          </div>
        )}
      </DataState>
    </>
  );
}
