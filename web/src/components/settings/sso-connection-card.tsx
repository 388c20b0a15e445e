'use client';
import { DeleteSsoConnectionDocument, type SettingsSsoConnectionFragment } from '../../gql/graphql';
import { formatDate, humanize } from '../../lib/format';
import { useFormErrors } from '../../lib/use-form-errors';
import { useMutation } from '../../lib/use-graphql';
import { FormProblems } from '../data-state';
import { Badge, Button } from '../ui';
import { ConfirmButton } from '../confirm-button';
import { CopyValue } from './copy-button';
import styles from './settings.module.css';
import { useOrigin } from './use-origin';

const DAY = 86_400_000;

/** A certificate's expiry as a badge: the IdP's signature stops verifying the day it passes. */
function CertificateExpiry({ validTo }: { validTo: string | null }) {
  if (!validTo) return <Badge tone="bad">Unreadable certificate</Badge>;
  const left = new Date(validTo).getTime() - Date.now();
  if (left <= 0) return <Badge tone="bad">Expired {formatDate(validTo)}</Badge>;
  return <Badge tone={left < 30 * DAY ? 'warn' : 'good'}>Valid until {formatDate(validTo)}</Badge>;
}

/** One connection: its settings, what the IdP needs from us, and the OWNER's edit and delete. */
export function SsoConnectionCard({ organizationId, connection, manage, onEdit, onDeleted }: { organizationId: string; connection: SettingsSsoConnectionFragment; manage: boolean; onEdit: () => void; onDeleted: () => Promise<void> }) {
  const origin = useOrigin();
  const [remove, removing] = useMutation(DeleteSsoConnectionDocument);
  const errors = useFormErrors();
  // the gateway serves these through the dashboard's origin (its PUBLIC_URL), see docs/identity.md
  const base = `${origin}/auth/sso/${connection.id}`;
  const headingId = `sso-${connection.id}`;
  return (
    <article className="card" aria-labelledby={headingId}>
      <header className="card-header">
        <h3 id={headingId}>{connection.name}</h3>
        <span className={styles.badges}>
          <Badge>{connection.kind}</Badge>
          <Badge tone={connection.enabled ? 'good' : 'neutral'}>{connection.enabled ? 'Enabled' : 'Disabled'}</Badge>
          {connection.enforceSso ? <Badge tone="warn">SSO required</Badge> : null}
          {connection.autoJoin ? <Badge>Auto-join as {humanize(connection.defaultRoleForAutoJoin)}</Badge> : null}
        </span>
      </header>
      <dl className={styles.details}>
        {connection.saml ? (
          <>
            <dt>IdP sign-on URL</dt>
            <dd>{connection.saml.entryPoint}</dd>
            <dt>IdP issuer</dt>
            <dd>{connection.saml.issuer}</dd>
            <dt>Certificate fingerprint (SHA-256)</dt>
            <dd>
              <code>{connection.saml.certificateFingerprint ?? 'Cannot be read: sign-in will fail until a valid certificate is saved.'}</code>
            </dd>
            <dt>Certificate expiry</dt>
            <dd>
              <CertificateExpiry validTo={connection.saml.certificateValidTo} />
            </dd>
          </>
        ) : null}
        {connection.oidc ? (
          <>
            <dt>Issuer</dt>
            <dd>{connection.oidc.issuer}</dd>
            <dt>Client ID</dt>
            <dd>{connection.oidc.clientId}</dd>
            <dt>Client secret</dt>
            <dd>{connection.oidc.clientSecretSet ? 'Stored (never shown again)' : 'Not set'}</dd>
            <dt>Scopes</dt>
            <dd>{connection.oidc.scopes.join(' ')}</dd>
          </>
        ) : null}
        <dt>Auto-join</dt>
        <dd>{connection.autoJoin ? `On, as ${humanize(connection.defaultRoleForAutoJoin)}` : 'Off'}</dd>
      </dl>
      {origin ? (
        <details>
          <summary>What to give your identity provider</summary>
          {connection.kind === 'SAML' ? (
            <div className={styles.record}>
              <div className={styles.recordRow}>
                <span>SP entity ID (audience)</span>
                <CopyValue label="SP entity ID" value={`${base}/metadata`} />
              </div>
              <div className={styles.recordRow}>
                <span>ACS URL (HTTP-POST)</span>
                <CopyValue label="ACS URL" value={`${base}/acs`} />
              </div>
              <div className={styles.recordRow}>
                <span>SP metadata URL (for IdPs that import it)</span>
                <CopyValue label="SP metadata URL" value={`${base}/metadata`} />
              </div>
              <p className={styles.subtle}>NameID: the person’s email address (or an email attribute). Sign the assertion.</p>
            </div>
          ) : (
            <div className={styles.record}>
              <div className={styles.recordRow}>
                <span>Redirect (callback) URI</span>
                <CopyValue label="Redirect URI" value={`${origin}/auth/sso/callback`} />
              </div>
              <p className={styles.subtle}>The IdP must return a verified email (email_verified) for people of your verified domains.</p>
            </div>
          )}
        </details>
      ) : null}
      <FormProblems messages={errors.general} />
      {manage ? (
        <div className={styles.actions}>
          <Button variant="secondary" onClick={onEdit}>
            Edit
          </Button>
          <ConfirmButton
            label="Delete connection"
            question={connection.enforceSso ? `Delete ${connection.name}? People of your domains will sign in with passwords again.` : `Delete ${connection.name}?`}
            confirmLabel="Delete"
            busy={removing.running}
            onConfirm={async () => {
              const payload = errors.take(await remove({ input: { organizationId, connectionId: connection.id } }), (data) => data.deleteSsoConnection);
              if (payload) await onDeleted();
            }}
          />
        </div>
      ) : null}
    </article>
  );
}
