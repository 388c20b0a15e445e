'use client';
import { useState, type FormEvent } from 'react';
import { PlatformTransitionOrganizationDocument, type OrganizationLifecycleAction, type OrganizationStatus } from '../../gql/graphql';
import { useFormErrors } from '../../lib/use-form-errors';
import { useMutation } from '../../lib/use-graphql';
import { ConfirmButton } from '../confirm-button';
import { FormProblems } from '../data-state';
import { Button, Field, Notice, SelectField } from '../ui';
import { LIFECYCLE, LIFECYCLE_ACTIONS, STATUS_LABEL } from './labels';

const CONSEQUENCE: Partial<Record<OrganizationLifecycleAction, string>> = {
  SUSPEND: 'Its members will only be able to read until it is reactivated.',
  DEACTIVATE: 'It disappears for its members, for good.',
};

/**
 * transitionOrganization. With a known status only the actions valid from it are offered; with an
 * unknown one (an org the admin cannot read) all are, and the server's compare-and-set refuses a wrong
 * one under the action field. Suspending and deactivating are asked twice.
 */
export function LifecycleForm({ organizationId, name, status, onChanged }: { organizationId: string; name: string; status: OrganizationStatus | null; onChanged: (status: OrganizationStatus, message: string) => void }) {
  const offered = LIFECYCLE_ACTIONS.filter((action) => status === null || LIFECYCLE[action].from.includes(status));
  const [chosen, setChosen] = useState<OrganizationLifecycleAction | ''>('');
  const [reason, setReason] = useState('');
  const [transition, { running }] = useMutation(PlatformTransitionOrganizationDocument);
  const errors = useFormErrors();
  const action: OrganizationLifecycleAction | undefined = chosen && offered.includes(chosen) ? chosen : offered[0];

  if (!action) return <Notice kind="info"><p>A {STATUS_LABEL[status!].toLowerCase()} organization has no further transitions.</p></Notice>;

  async function run() {
    if (!action) return;
    errors.clear();
    const payload = errors.take(await transition({ input: { organizationId, action, reason: reason.trim() || null } }), (data) => data.transitionOrganization);
    if (!payload) return;
    setReason('');
    setChosen('');
    onChanged(LIFECYCLE[action].to, `${name}: ${LIFECYCLE[action].label.toLowerCase()} done — now ${STATUS_LABEL[LIFECYCLE[action].to]}.`);
  }

  return (
    <form
      className="form narrow"
      aria-label="Change the organization’s status"
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        if (!LIFECYCLE[action].confirm) void run();
      }}
    >
      <FormProblems messages={errors.general} />
      <SelectField
        label="Action"
        name="action"
        value={action}
        onChange={(e) => setChosen(e.target.value as OrganizationLifecycleAction)}
        options={offered.map((value) => ({ value, label: `${LIFECYCLE[value].label} (→ ${STATUS_LABEL[LIFECYCLE[value].to]})` }))}
        error={errors.fields['action'] ?? errors.fields['organizationId']}
      />
      <Field label="Reason (kept in the audit log)" name="reason" value={reason} onChange={(e) => setReason(e.target.value)} error={errors.fields['reason']} maxLength={500} />
      <div>
        {LIFECYCLE[action].confirm ? (
          <ConfirmButton label={`${LIFECYCLE[action].label} organization`} question={`${LIFECYCLE[action].label} ${name}? ${CONSEQUENCE[action] ?? ''}`} confirmLabel={`Yes, ${LIFECYCLE[action].label.toLowerCase()}`} onConfirm={run} busy={running} />
        ) : (
          <Button type="submit" busy={running}>{LIFECYCLE[action].label} organization</Button>
        )}
      </div>
    </form>
  );
}
