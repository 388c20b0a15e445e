'use client';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { ApiScope, SettingsCredentialFragment } from '../../gql/graphql';
import type { Problem } from '../../lib/graphql-request';
import { useFormErrors } from '../../lib/use-form-errors';
import type { MutationResult } from '../../lib/use-graphql';
import { FormProblems } from '../data-state';
import { Button, Card, Field, Notice } from '../ui';
import { CredentialTable, SCOPE_LABELS } from './credential-table';
import { SecretOnce } from './secret-once';
import styles from './settings.module.css';


interface Issued {
  credential: SettingsCredentialFragment | null;
  secret: string | null;
  userErrors: readonly Problem[];
}
interface Revoked {
  credential: SettingsCredentialFragment | null;
  userErrors: readonly Problem[];
}
export interface CredentialOps {
  create: (values: { name: string; scopes: ApiScope[]; expiresInDays: number | null }) => Promise<MutationResult<Issued>>;
  rotate: (credentialId: string) => Promise<MutationResult<Issued>>;
  revoke: (credentialId: string) => Promise<MutationResult<Revoked>>;
}

/**
 * API keys or SCIM tokens: the list, and for the OWNER creation, rotation and revocation. A new or
 * rotated secret is shown once, in this component's state only.
 */
export function CredentialsCard({ title, noun, description, credentials, withScopes, manage, readOnlyReason, ops, onChanged, children }: {
  title: string;
  noun: string;
  description: ReactNode;
  credentials: readonly SettingsCredentialFragment[];
  withScopes: boolean;
  manage: boolean;
  readOnlyReason: string;
  ops: CredentialOps;
  onChanged: () => Promise<void>;
  children?: ReactNode;
}) {
  const [shown, setShown] = useState<{ title: string; secret: string } | null>(null);
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiScope[]>(['ORGANIZATION_READ']);
  const [expires, setExpires] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [expiresProblem, setExpiresProblem] = useState<string | undefined>();
  const form = useFormErrors();
  const actions = useFormErrors();

  async function run<T extends Issued | Revoked>(errors: ReturnType<typeof useFormErrors>, call: () => Promise<MutationResult<T>>): Promise<T | null> {
    setBusy(true);
    setDone(null);
    try {
      const payload = errors.take(await call(), (data) => data);
      if (payload) await onChanged();
      return payload;
    } finally {
      setBusy(false);
    }
  }

  async function create(event: FormEvent) {
    event.preventDefault();
    const days = expires.trim();
    setExpiresProblem(days && !/^\d{1,4}$/.test(days) ? 'Enter a whole number of days, or leave it empty.' : undefined);
    if (days && !/^\d{1,4}$/.test(days)) return;
    const payload = await run(form, () => ops.create({ name, scopes, expiresInDays: days ? Number(days) : null }));
    if (payload?.secret && payload.credential) {
      setShown({ title: `${noun} “${payload.credential.name}” created`, secret: payload.secret });
      setName('');
      setExpires('');
    }
  }

  return (
    <Card title={title}>
      <p className="muted">{description}</p>
      {children}
      {shown ? <SecretOnce title={shown.title} secret={shown.secret} onDone={() => setShown(null)} /> : null}
      {done ? <Notice kind="success">{done}</Notice> : null}
      <FormProblems messages={actions.general} />
      {credentials.length ? (
        <CredentialTable
          caption={title}
          credentials={credentials}
          withScopes={withScopes}
          manage={manage}
          busy={busy}
          onRotate={async (credential) => {
            const payload = await run(actions, () => ops.rotate(credential.id));
            if (payload?.secret) setShown({ title: `New secret for “${credential.name}”`, secret: payload.secret });
          }}
          onRevoke={async (credential) => {
            if (await run(actions, () => ops.revoke(credential.id))) setDone(`Revoked ${credential.name}.`);
          }}
        />
      ) : (
        <p className="empty">No {noun}s yet.</p>
      )}
      {manage ? (
        <form onSubmit={create} noValidate className="form narrow" aria-label={`New ${noun}`}>
          <h3>New {noun}</h3>
          <FormProblems messages={form.general} />
          <Field label={`${noun} name`} name="name" value={name} onChange={(e) => setName(e.target.value)} error={form.fields['name']} autoComplete="off" hint="Who or what uses it, such as “ERP sync”." />
          {withScopes ? (
            <fieldset>
              <legend>What it may read</legend>
              {form.fields['scopes'] ? <p className="field-error" role="alert">{form.fields['scopes']}</p> : null}
              <div className={styles.checkGrid}>
                {(Object.keys(SCOPE_LABELS) as ApiScope[]).map((scope) => (
                  <label key={scope} className="checkbox">
                    <input type="checkbox" checked={scopes.includes(scope)} onChange={(e) => setScopes(e.target.checked ? [...scopes, scope] : scopes.filter((s) => s !== scope))} /> {SCOPE_LABELS[scope]}
                  </label>
                ))}
              </div>
            </fieldset>
          ) : null}
          <Field label="Expires after (days)" name="expiresInDays" inputMode="numeric" value={expires} onChange={(e) => setExpires(e.target.value)} error={expiresProblem ?? form.fields['expiresInDays']} hint="1 to 730; leave empty for no expiry." autoComplete="off" />
          <div>
            <Button type="submit" busy={busy}>Create {noun}</Button>
          </div>
        </form>
      ) : (
        <p className="hint">{readOnlyReason}</p>
      )}
    </Card>
  );
}
