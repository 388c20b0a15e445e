'use client';
import { useState, type FormEvent } from 'react';
import { ROLES, type Role } from '@guildhall/roles';
import { CreateSsoConnectionDocument, UpdateSsoConnectionDocument, type SettingsSsoConnectionFragment, type SsoConnectionInput, type SsoKind } from '../../gql/graphql';
import { humanize } from '../../lib/format';
import { useFormErrors } from '../../lib/use-form-errors';
import { useMutation } from '../../lib/use-graphql';
import { FormProblems } from '../data-state';
import { Button, Field, SelectField, TextAreaField } from '../ui';
import styles from './settings.module.css';

// auto-join never makes anyone an OWNER (the server refuses it): not offered
const AUTO_JOIN_ROLES = ROLES.filter((role) => role !== 'OWNER').map((role) => ({ value: role, label: humanize(role) }));

/** Creates a connection, or edits one (its protocol is fixed once made). OWNER only (sso.manage). */
export function SsoForm({ organizationId, connection, onSaved, onCancel }: { organizationId: string; connection?: SettingsSsoConnectionFragment; onSaved: (saved: SettingsSsoConnectionFragment) => Promise<void>; onCancel: () => void }) {
  const editing = Boolean(connection);
  const [kind, setKind] = useState<SsoKind>(connection?.kind ?? 'SAML');
  const [name, setName] = useState(connection?.name ?? '');
  const [enabled, setEnabled] = useState(connection?.enabled ?? true);
  const [enforceSso, setEnforceSso] = useState(connection?.enforceSso ?? false);
  const [autoJoin, setAutoJoin] = useState(connection?.autoJoin ?? false);
  const [role, setRole] = useState<Role>(connection?.defaultRoleForAutoJoin ?? 'LEARNER');
  // the IdP's details come one way or the other, never both (the server refuses a mix)
  const [samlMode, setSamlMode] = useState<'metadata' | 'manual'>(editing ? 'manual' : 'metadata');
  const [saml, setSaml] = useState({ metadataXml: '', entryPoint: connection?.saml?.entryPoint ?? '', issuer: connection?.saml?.issuer ?? '', certificate: '' });
  const [oidc, setOidc] = useState({ issuer: connection?.oidc?.issuer ?? '', clientId: connection?.oidc?.clientId ?? '', clientSecret: '', scopes: (connection?.oidc?.scopes ?? ['openid', 'email', 'profile']).join(' ') });
  const [create, creating] = useMutation(CreateSsoConnectionDocument);
  const [update, updating] = useMutation(UpdateSsoConnectionDocument);
  const errors = useFormErrors();
  const f = errors.fields;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input: SsoConnectionInput = {
      organizationId,
      name,
      kind,
      enabled,
      enforceSso,
      autoJoin,
      defaultRoleForAutoJoin: role,
      saml: kind === 'SAML' ? (samlMode === 'metadata' ? { metadataXml: saml.metadataXml } : { entryPoint: saml.entryPoint, issuer: saml.issuer, certificate: saml.certificate }) : null,
      oidc: kind === 'OIDC' ? { issuer: oidc.issuer.trim(), clientId: oidc.clientId, clientSecret: oidc.clientSecret || null, scopes: oidc.scopes.split(/[\s,]+/).filter(Boolean) } : null,
    };
    const payload = connection
      ? errors.take(await update({ connectionId: connection.id, input }), (data) => data.updateSsoConnection)
      : errors.take(await create({ input }), (data) => data.createSsoConnection);
    if (payload?.connection) await onSaved(payload.connection);
  }

  const radio = (group: string, value: string, checked: boolean, onChange: () => void, label: string, disabled = false) => (
    <label className="checkbox">
      <input type="radio" name={group} value={value} checked={checked} onChange={onChange} disabled={disabled} /> {label}
    </label>
  );

  return (
    <form onSubmit={submit} noValidate className="form" aria-label={editing ? `Edit ${connection?.name}` : 'New SSO connection'}>
      <FormProblems messages={errors.general} />
      <Field label="Connection name" name="name" value={name} onChange={(e) => setName(e.target.value)} error={f['name']} hint="For your admins, such as “Okta” or “Entra ID”." autoComplete="off" />
      <fieldset>
        <legend>Protocol</legend>
        {radio('sso-kind', 'SAML', kind === 'SAML', () => setKind('SAML'), 'SAML 2.0', editing)}
        {radio('sso-kind', 'OIDC', kind === 'OIDC', () => setKind('OIDC'), 'OpenID Connect (OIDC)', editing)}
        {editing ? <p className="hint">The protocol of a connection cannot change; create another connection instead.</p> : null}
      </fieldset>
      {kind === 'SAML' ? (
        <fieldset>
          <legend>Identity provider (SAML)</legend>
          {f['saml'] ? <p className="field-error" role="alert">{f['saml']}</p> : null}
          {radio('saml-mode', 'metadata', samlMode === 'metadata', () => setSamlMode('metadata'), 'Paste the IdP’s metadata XML')}
          {radio('saml-mode', 'manual', samlMode === 'manual', () => setSamlMode('manual'), 'Enter the sign-on URL, issuer and certificate')}
          {samlMode === 'metadata' ? (
            <TextAreaField label="IdP metadata XML" name="metadataXml" value={saml.metadataXml} onChange={(e) => setSaml({ ...saml, metadataXml: e.target.value })} error={f['saml.metadataXml']} rows={8} spellCheck={false} hint="Its entity ID, sign-on URL and signing certificate are read from it." />
          ) : (
            <>
              <Field label="IdP sign-on URL (entry point)" name="entryPoint" type="url" inputMode="url" value={saml.entryPoint} onChange={(e) => setSaml({ ...saml, entryPoint: e.target.value })} error={f['saml.entryPoint']} placeholder="https://idp.example.com/sso/saml" autoComplete="off" />
              <Field label="IdP issuer (entity ID)" name="issuer" value={saml.issuer} onChange={(e) => setSaml({ ...saml, issuer: e.target.value })} error={f['saml.issuer']} autoComplete="off" />
              <TextAreaField label="IdP signing certificate" name="certificate" value={saml.certificate} onChange={(e) => setSaml({ ...saml, certificate: e.target.value })} error={f['saml.certificate']} rows={6} spellCheck={false} hint={editing ? 'Paste it again: the stored certificate is not shown back, only its fingerprint.' : 'PEM (-----BEGIN CERTIFICATE-----…) or bare base64.'} />
            </>
          )}
          {!editing ? <p className="hint">Once saved, the entity ID and ACS URL to give your IdP are shown with the connection.</p> : null}
        </fieldset>
      ) : (
        <fieldset>
          <legend>Identity provider (OIDC)</legend>
          {f['oidc'] ? <p className="field-error" role="alert">{f['oidc']}</p> : null}
          <Field label="Issuer URL" name="oidcIssuer" type="url" inputMode="url" value={oidc.issuer} onChange={(e) => setOidc({ ...oidc, issuer: e.target.value })} error={f['oidc.issuer']} placeholder="https://login.example.com" hint="Discovery is read from its /.well-known/openid-configuration." autoComplete="off" />
          <Field label="Client ID" name="clientId" value={oidc.clientId} onChange={(e) => setOidc({ ...oidc, clientId: e.target.value })} error={f['oidc.clientId']} autoComplete="off" />
          <Field label="Client secret" name="clientSecret" type="password" value={oidc.clientSecret} onChange={(e) => setOidc({ ...oidc, clientSecret: e.target.value })} error={f['oidc.clientSecret']} autoComplete="new-password" hint={editing ? 'Leave empty to keep the stored secret. It is never shown again.' : 'Stored encrypted and never shown again.'} />
          <Field label="Scopes" name="scopes" value={oidc.scopes} onChange={(e) => setOidc({ ...oidc, scopes: e.target.value })} error={f['oidc.scopes']} hint="Separated by spaces; must include openid." autoComplete="off" />
        </fieldset>
      )}
      <fieldset>
        <legend>Sign-in rules</legend>
        <label className="checkbox">
          <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} /> Enabled: people can sign in through it
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={enforceSso} onChange={(e) => setEnforceSso(e.target.checked)} /> Require SSO: refuse password sign-in for your verified domains
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={autoJoin} onChange={(e) => setAutoJoin(e.target.checked)} /> Auto-join: people of your verified domains join on their first SSO sign-in
        </label>
        {autoJoin ? <SelectField label="Role for people who auto-join" name="defaultRoleForAutoJoin" value={role} onChange={(e) => setRole(e.target.value as Role)} options={AUTO_JOIN_ROLES} error={f['defaultRoleForAutoJoin']} /> : null}
      </fieldset>
      <div className={styles.actions}>
        <Button type="submit" busy={creating.running || updating.running}>{editing ? 'Save connection' : 'Create connection'}</Button>
        <Button variant="secondary" onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
