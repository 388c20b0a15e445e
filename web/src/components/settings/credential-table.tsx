'use client';
import type { ApiScope, CredentialStatus, SettingsCredentialFragment } from '../../gql/graphql';
import { formatDate, formatDateTime, humanize } from '../../lib/format';
import { Badge, Table } from '../ui';
import { ConfirmButton } from '../confirm-button';
import styles from './settings.module.css';

/** What each API scope lets a partner read; typed by the schema's enum, so a new scope needs words here. */
export const SCOPE_LABELS: Record<ApiScope, string> = {
  ORGANIZATION_READ: 'Organization profile',
  MEMBERS_READ: 'Members',
  BILLING_READ: 'Billing and invoices',
  PROGRAMS_READ: 'Programs',
  PAYOUTS_READ: 'Payouts',
  AUDIT_READ: 'Audit log',
};

const TONE: Record<CredentialStatus, 'good' | 'warn' | 'bad'> = { ACTIVE: 'good', EXPIRED: 'warn', REVOKED: 'bad' };

/** Credentials as a table: never the secret, only its last four characters to tell them apart. */
export function CredentialTable({ caption, credentials, withScopes, manage, busy, onRotate, onRevoke }: {
  caption: string;
  credentials: readonly SettingsCredentialFragment[];
  withScopes: boolean;
  manage: boolean;
  busy: boolean;
  onRotate: (credential: SettingsCredentialFragment) => Promise<void>;
  onRevoke: (credential: SettingsCredentialFragment) => Promise<void>;
}) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Ends in</th>
          {withScopes ? <th scope="col">Scopes</th> : null}
          <th scope="col">Status</th>
          <th scope="col">Expires</th>
          <th scope="col">Last used</th>
          <th scope="col">Created</th>
          {manage ? <th scope="col">Actions</th> : null}
        </tr>
      </thead>
      <tbody>
        {credentials.map((credential) => (
          <tr key={credential.id}>
            <td>{credential.name}</td>
            <td>
              <code>…{credential.secretHint}</code>
            </td>
            {withScopes ? <td>{credential.scopes.map((scope) => SCOPE_LABELS[scope]).join(', ')}</td> : null}
            <td>
              <Badge tone={TONE[credential.status]}>{humanize(credential.status)}</Badge>
            </td>
            <td>{credential.expiresAt ? formatDate(credential.expiresAt) : 'Never'}</td>
            <td>{credential.lastUsedAt ? formatDateTime(credential.lastUsedAt) : 'Never'}</td>
            <td>{formatDate(credential.createdAt)}</td>
            {manage ? (
              <td>
                {credential.status === 'ACTIVE' ? (
                  <div className={`actions ${styles.clip}`}>
                    <ConfirmButton label={<>Rotate<span className="visually-hidden"> {credential.name}</span></>} variant="secondary" question={`Replace the secret of ${credential.name}? The current one stops working at once.`} confirmLabel="Rotate" busy={busy} onConfirm={() => onRotate(credential)} />
                    <ConfirmButton label={<>Revoke<span className="visually-hidden"> {credential.name}</span></>} question={`Revoke ${credential.name}? Anything using it loses access at once.`} confirmLabel="Revoke" busy={busy} onConfirm={() => onRevoke(credential)} />
                  </div>
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
