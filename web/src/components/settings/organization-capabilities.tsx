'use client';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { can, type Membership } from '@guildhall/roles';
import { SettingsOrganizationCapabilitiesDocument, type SettingsOrganizationFieldsFragment } from '../../gql/graphql';
import { ERROR_MESSAGES } from '../../lib/error-messages';
import { useFormErrors } from '../../lib/use-form-errors';
import { useMutation } from '../../lib/use-graphql';
import { FormProblems } from '../data-state';
import { Button, Card, Notice } from '../ui';
import { onlyRolesMay } from './who-may';

type Org = SettingsOrganizationFieldsFragment;

/** A labelled checkbox with its hint, and the server's error under it (aria-describedby ties them). */
function CheckField({ label, hint, error, checked, disabled, onChange }: { label: string; hint: string; error: string | undefined; checked: boolean; disabled: boolean; onChange: (checked: boolean) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label className="checkbox" htmlFor={id}>
        <input id={id} type="checkbox" checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} aria-invalid={error ? true : undefined} aria-describedby={`${id}-${error ? 'error' : 'hint'}`} />
        {label}
      </label>
      {error ? <small id={`${id}-error`} className="field-error" role="alert">{error}</small> : <small id={`${id}-hint`} className="hint">{hint}</small>}
    </div>
  );
}

/**
 * canSponsor / canHost (OWNER; others read). At least one stays on; hosting may be gated by the
 * platform (HOST_ORGS_GATED), and neither goes off while members depend on it: the server says which.
 */
export function OrganizationCapabilities({ org, membership, onSaved }: { org: Org; membership: Membership; onSaved: () => Promise<void> }) {
  const [values, setValues] = useState({ canSponsor: org.canSponsor, canHost: org.canHost });
  const [saved, setSaved] = useState<string | null>(null);
  const [save, { running }] = useMutation(SettingsOrganizationCapabilitiesDocument);
  const errors = useFormErrors();
  // a refetch after saving brings the stored values back into the form
  useEffect(() => setValues({ canSponsor: org.canSponsor, canHost: org.canHost }), [org.canSponsor, org.canHost]);
  const editable = can(membership, 'organization.capabilities.manage');
  const changed = values.canSponsor !== org.canSponsor || values.canHost !== org.canHost;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    errors.clear();
    if (!values.canSponsor && !values.canHost) return errors.fail('An organization must sponsor learners, host experts, or both.');
    const result = await save({ input: { organizationId: org.id, ...values } });
    // the platform's gate is worded by the shared table, not the server's developer-facing sentence
    const gated = result.data?.setOrganizationCapabilities.userErrors.find((e) => e.code === 'HOST_ORGS_GATED');
    const payload = errors.take(result, (data) => ({
      ...data.setOrganizationCapabilities,
      userErrors: data.setOrganizationCapabilities.userErrors.map((e) => (e === gated ? { ...e, message: ERROR_MESSAGES.HOST_ORGS_GATED } : e)),
    }));
    if (!payload) return;
    setSaved('Capabilities saved.');
    await onSaved();
  }

  return (
    <Card title="What the organization does">
      <form onSubmit={submit} noValidate className="form" aria-label="Organization capabilities">
        <FormProblems messages={errors.general} />
        <CheckField label="Sponsors learners" hint="Buys consultations and programs for its learner members." error={errors.fields['canSponsor']} checked={values.canSponsor} disabled={!editable || running} onChange={(canSponsor) => setValues((v) => ({ ...v, canSponsor }))} />
        <CheckField label="Hosts experts" hint="Its expert members sell on the marketplace, priced by its rate cards." error={errors.fields['canHost']} checked={values.canHost} disabled={!editable || running} onChange={(canHost) => setValues((v) => ({ ...v, canHost }))} />
        {editable ? (
          <p>
            <Button type="submit" busy={running} disabled={!changed}>Save capabilities</Button>
          </p>
        ) : (
          <p className="hint">{onlyRolesMay('organization.capabilities.manage', 'change what the organization does')}</p>
        )}
        {saved ? <Notice kind="success">{saved}</Notice> : null}
      </form>
    </Card>
  );
}
