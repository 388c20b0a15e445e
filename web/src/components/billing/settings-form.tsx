'use client';
import { useState, type FormEvent } from 'react';
import { ROLES, type Role } from '@guildhall/roles';
import { BillingUpdateSettingsDocument, type BillingAccountFieldsFragment, type BillingMode } from '../../gql/graphql';
import { humanize } from '../../lib/format';
import { useFormErrors } from '../../lib/use-form-errors';
import { useMutation } from '../../lib/use-graphql';
import { FormProblems } from '../data-state';
import { Button, Notice, SelectField } from '../ui';
import { MODE_LABELS } from './labels';

const MODES = Object.keys(MODE_LABELS) as BillingMode[];
const sameRoles = (a: readonly Role[], b: readonly Role[]) => a.length === b.length && a.every((role) => b.includes(role));

/**
 * billing.manage: mode, spending policy and PO requirement. Only what changed is sent, so the audit
 * trail names the settings someone actually changed.
 */
export function SettingsForm({ organizationId, account, onSaved }: { organizationId: string; account: BillingAccountFieldsFragment; onSaved: () => void }) {
  const [mode, setMode] = useState<BillingMode>(account.mode);
  const [roles, setRoles] = useState<Role[]>(account.spendingRoles);
  const [requiresPo, setRequiresPo] = useState(account.requiresPurchaseOrder);
  const [saved, setSaved] = useState(false);
  const [update, { running }] = useMutation(BillingUpdateSettingsDocument);
  const errors = useFormErrors();
  const changed = mode !== account.mode || !sameRoles(roles, account.spendingRoles) || requiresPo !== account.requiresPurchaseOrder;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const input = {
      organizationId,
      ...(mode !== account.mode ? { mode } : {}),
      ...(!sameRoles(roles, account.spendingRoles) ? { spendingRoles: roles } : {}),
      ...(requiresPo !== account.requiresPurchaseOrder ? { requiresPurchaseOrder: requiresPo } : {}),
    };
    const payload = errors.take(await update({ input }), (data) => data.updateBillingSettings);
    if (!payload) return;
    setSaved(true);
    onSaved();
  }

  const toggle = (role: Role, on: boolean) => {
    setSaved(false);
    setRoles((current) => (on ? ROLES.filter((r) => r === role || current.includes(r)) : current.filter((r) => r !== role)));
  };

  return (
    <form onSubmit={submit} noValidate className="form narrow" aria-label="Billing settings">
      <FormProblems messages={errors.general} />
      {saved ? <Notice kind="success">Billing settings saved.</Notice> : null}
      <SelectField
        label="Billing mode"
        value={mode}
        onChange={(e) => {
          setSaved(false);
          setMode(e.target.value as BillingMode);
        }}
        options={MODES.map((value) => ({ value, label: MODE_LABELS[value].label }))}
        error={errors.fields['mode']}
      />
      <p className="hint">{MODE_LABELS[mode].explains} Leaving seat pack mode needs the credits used first; any change needs the unbilled charges invoiced first.</p>
      <fieldset aria-describedby="spending-roles-hint">
        <legend>Roles that may spend the organization’s funds</legend>
        {ROLES.map((role) => (
          <label key={role} className="checkbox">
            <input type="checkbox" checked={roles.includes(role)} onChange={(e) => toggle(role, e.target.checked)} />
            {humanize(role)}
          </label>
        ))}
        <small id="spending-roles-hint" className="hint">Only active members in these roles can buy through the organization. Top-ups also need owner or billing admin.</small>
        {errors.fields['spendingRoles'] ? <small className="field-error" role="alert">{errors.fields['spendingRoles']}</small> : null}
      </fieldset>
      {!roles.length ? <Notice kind="warning">With no role selected, nobody can spend the organization’s funds.</Notice> : null}
      <label className="checkbox">
        <input type="checkbox" checked={requiresPo} onChange={(e) => { setSaved(false); setRequiresPo(e.target.checked); }} />
        Invoiced purchases must draw on a purchase order
      </label>
      {errors.fields['requiresPurchaseOrder'] ? <small className="field-error" role="alert">{errors.fields['requiresPurchaseOrder']}</small> : null}
      <div>
        <Button type="submit" busy={running} disabled={!changed}>Save billing settings</Button>
      </div>
    </form>
  );
}
