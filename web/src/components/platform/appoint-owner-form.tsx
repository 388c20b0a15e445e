'use client';
import { useState, type FormEvent } from 'react';
import { PlatformAppointOwnerDocument, PlatformOrganizationMembersDocument } from '../../gql/graphql';
import { humanize } from '../../lib/format';
import { useFormErrors } from '../../lib/use-form-errors';
import { useMutation, useQuery } from '../../lib/use-graphql';
import { DataState, FormProblems } from '../data-state';
import { Button, Notice, SelectField } from '../ui';
import { isUuid } from './labels';

/**
 * appointOrganizationOwner, for an org left without an ACTIVE OWNER (its only one was erased): its
 * ACTIVE members are offered while no OWNER is left; the server checks both conditions again.
 */
export function AppointOwnerForm({ organizationId }: { organizationId: string }) {
  const members = useQuery(PlatformOrganizationMembersDocument, { id: organizationId });
  const [membershipId, setMembershipId] = useState('');
  const [localError, setLocalError] = useState<string>();
  const [done, setDone] = useState<string | null>(null);
  const [appoint, { running }] = useMutation(PlatformAppointOwnerDocument);
  const errors = useFormErrors();

  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    setDone(null);
    const id = membershipId.trim();
    if (!isUuid(id)) {
      setLocalError('Choose an active member.');
      return;
    }
    setLocalError(undefined);
    const payload = errors.take(await appoint({ input: { organizationId, membershipId: id } }), (data) => data.appointOrganizationOwner);
    if (!payload?.membership) return;
    setDone('The member is now the organization’s OWNER.');
    setMembershipId('');
    void members.refetch();
  }

  const form = (options: { value: string; label: string }[]) => (
    <form onSubmit={submit} noValidate className="form narrow" aria-label="Appoint an owner">
      <FormProblems messages={errors.general} />
      <SelectField label="Active member" name="membershipId" value={membershipId} onChange={(e) => setMembershipId(e.target.value)} options={[{ value: '', label: 'Choose a member' }, ...options]} error={localError ?? errors.fields['membershipId'] ?? errors.fields['organizationId']} />
      <div>
        <Button type="submit" busy={running}>Appoint owner</Button>
      </div>
    </form>
  );

  return (
    <>
      {done ? <Notice kind="success"><p>{done}</p></Notice> : null}
      <DataState loading={members.loading} problem={members.problem} data={members.data?.organization} retry={() => void members.refetch()} label="Loading members…">
        {(org) =>
          org.activeOwners.totalCount > 0 ? (
            <p className="muted">This organization has an active owner: its owners manage its roles.</p>
          ) : (
            form(org.members.nodes.map((m) => ({ value: m.id, label: `${m.email ?? m.id} (${humanize(m.role)})` })))
          )
        }
      </DataState>
    </>
  );
}
