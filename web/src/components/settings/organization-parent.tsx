'use client';
import { useState, type FormEvent } from 'react';
import { can, type Membership } from '@guildhall/roles';
import { SettingsOrganizationParentDocument, type SettingsOrganizationFieldsFragment } from '../../gql/graphql';
import { useFormErrors } from '../../lib/use-form-errors';
import { useMutation } from '../../lib/use-graphql';
import type { ViewerOrganization } from '../../lib/session';
import { ConfirmButton } from '../confirm-button';
import { FormProblems } from '../data-state';
import { Button, Card, Notice, SelectField, StatCard } from '../ui';
import { onlyRolesMay } from './who-may';

type Org = SettingsOrganizationFieldsFragment;

/** Where the org sits: `parent` is null both at the top and when the caller is not a member of it. */
function describeParent(org: Org): string {
  if (org.parent) return org.parent.name;
  return org.depth === 0 ? 'None (top level)' : 'An organization you are not a member of';
}

/**
 * The org's parent (setParentOrganization): an OWNER of both links them, so the choices are the
 * viewer's other orgs where they are OWNER. Cycles and trees over 5 deep are the server's to refuse,
 * under the field.
 */
export function OrganizationParent({ org, membership, organizations, onSaved }: { org: Org; membership: Membership; organizations: readonly ViewerOrganization[]; onSaved: () => Promise<void> }) {
  const [parentId, setParentId] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const [setParent, { running }] = useMutation(SettingsOrganizationParentDocument);
  const errors = useFormErrors();
  const editable = can(membership, 'organization.hierarchy.manage');
  const owned = organizations.filter((o) => o.id !== org.id && can(o.viewerMembership ?? undefined, 'organization.hierarchy.manage'));
  const candidates = owned.filter((o) => o.id !== org.parent?.id);

  async function move(to: string | null) {
    setSaved(null);
    errors.clear();
    const payload = errors.take(await setParent({ input: { organizationId: org.id, parentId: to } }), (data) => data.setParentOrganization);
    if (!payload) return;
    const name = payload.organization?.parent?.name;
    setSaved(to ? `${org.name} now sits under ${name ?? 'the chosen organization'}.` : `${org.name} is now at the top of its own tree.`);
    setParentId('');
    await onSaved();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!parentId) return errors.fail('Choose the organization to place this one under.');
    await move(parentId);
  }

  return (
    <Card title="Parent organization">
      <div className="stats">
        <StatCard label="Parent" value={describeParent(org)} />
        <StatCard label="Depth" value={org.depth} detail={org.depth === 0 ? 'At the top' : `${org.depth} level${org.depth === 1 ? '' : 's'} below the top (at most 5)`} />
      </div>
      {saved ? <Notice kind="success">{saved}</Notice> : null}
      {!editable ? (
        <p className="hint">{onlyRolesMay('organization.hierarchy.manage', 'change where the organization sits (an owner of both organizations)')}</p>
      ) : (
        <form onSubmit={submit} noValidate className="form" aria-label="Set parent organization">
          <FormProblems messages={errors.general} />
          {candidates.length ? (
            <div className="form-row">
              <SelectField
                label="New parent"
                value={parentId}
                onChange={(e) => setParentId(e.target.value)}
                error={errors.fields['parentId']}
                options={[{ value: '', label: 'Choose an organization you own' }, ...candidates.map((o) => ({ value: o.id, label: o.name }))]}
              />
              <Button type="submit" busy={running}>Set parent</Button>
            </div>
          ) : owned.length ? null : (
            <p className="hint">To place {org.name} under another organization you must be an owner of both; you own no other organization.</p>
          )}
          {/* parentId null moves it to the top (SetParentOrganizationInput) */}
          {org.depth > 0 ? (
            <p>
              <ConfirmButton label="Remove parent" question={`Move ${org.name} (and its sub-organizations) to the top?`} confirmLabel="Move to the top" variant="secondary" busy={running} onConfirm={() => move(null)} />
            </p>
          ) : null}
        </form>
      )}
    </Card>
  );
}
