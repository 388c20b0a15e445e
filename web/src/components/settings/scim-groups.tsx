'use client';
import { useState } from 'react';
import { ROLES, type Role } from '@guildhall/roles';
import { MapScimGroupRoleDocument, type SettingsCredentialsQuery } from '../../gql/graphql';
import { humanize } from '../../lib/format';
import { useFormErrors } from '../../lib/use-form-errors';
import { useMutation } from '../../lib/use-graphql';
import { FormProblems } from '../data-state';
import { Button, Card, Notice, Table } from '../ui';
import styles from './settings.module.css';
import { onlyRolesMay } from './who-may';

type Group = NonNullable<SettingsCredentialsQuery['organization']['scimGroups']>[number];

// a group never maps to OWNER (the server refuses it; OWNERs are named in Guildhall)
const ROLE_OPTIONS = ROLES.filter((role) => role !== 'OWNER');

/** SCIM groups pushed by the IdP and the role each gives: the OWNER maps, governance reads. */
export function ScimGroups({ organizationId, groups, manage, onChanged }: { organizationId: string; groups: readonly Group[]; manage: boolean; onChanged: () => Promise<void> }) {
  return (
    <Card title="SCIM groups and roles">
      <p className="muted">A member gets the highest role among their groups; members of no mapped group are learners. Owners are never changed by SCIM.</p>
      {!manage ? <p className="hint">{onlyRolesMay('scimGroups.manage', 'change which role a group gives')}</p> : null}
      {groups.length ? (
        <Table caption="SCIM groups">
          <thead>
            <tr>
              <th scope="col">Group</th>
              <th scope="col" className="number">Members</th>
              <th scope="col">Role</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((group) => (
              <tr key={group.id}>
                <td>{group.displayName}</td>
                <td className="number">{group.memberCount}</td>
                <td>{manage ? <GroupRole organizationId={organizationId} group={group} onChanged={onChanged} /> : group.role ? humanize(group.role) : 'None (learner)'}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <p className="empty">No groups yet: they appear once your identity provider pushes them over SCIM.</p>
      )}
    </Card>
  );
}

/** A select and its own Save: changing a select must not fire on its own (arrow keys move through options). */
function GroupRole({ organizationId, group, onChanged }: { organizationId: string; group: Group; onChanged: () => Promise<void> }) {
  const [role, setRole] = useState<Role | ''>(group.role ?? '');
  const [map, { running }] = useMutation(MapScimGroupRoleDocument);
  const errors = useFormErrors();
  const [saved, setSaved] = useState(false);
  const id = `scim-group-${group.id}`;
  return (
    <div className={`actions ${styles.clip}`}>
      <label htmlFor={id} className="visually-hidden">Role for {group.displayName}</label>
      <select id={id} value={role} onChange={(e) => { setSaved(false); setRole(e.target.value as Role | ''); }}>
        <option value="">None (learner)</option>
        {ROLE_OPTIONS.map((option) => (
          <option key={option} value={option}>{humanize(option)}</option>
        ))}
      </select>
      <Button
        variant="secondary"
        busy={running}
        disabled={role === (group.role ?? '')}
        onClick={async () => {
          const payload = errors.take(await map({ input: { organizationId, groupId: group.id, role: role || null } }), (data) => data.mapScimGroupRole);
          if (!payload) return;
          setSaved(true);
          await onChanged();
        }}
      >
        Save<span className="visually-hidden"> role for {group.displayName}</span>
      </Button>
      <FormProblems messages={[...errors.general, ...Object.values(errors.fields)]} />
      {saved ? <Notice kind="success">Saved: members’ roles follow at once.</Notice> : null}
    </div>
  );
}
