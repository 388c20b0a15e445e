'use client';
import type { InvitationRowFragment } from '../../gql/graphql';
import { Table } from '../ui';
import { InvitationRow } from './invitation-row';

export function InvitationsTable({ invitations, organizationId, onChanged }: { invitations: readonly InvitationRowFragment[]; organizationId: string; onChanged: (invitation: InvitationRowFragment, message: string) => void }) {
  return (
    <Table caption="Invitations">
      <thead>
        <tr>
          <th scope="col">Email</th>
          <th scope="col">Role</th>
          <th scope="col">Status</th>
          <th scope="col">Invited by</th>
          <th scope="col">Sent</th>
          <th scope="col">Expires</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {invitations.map((invitation) => (
          <InvitationRow key={invitation.id} invitation={invitation} organizationId={organizationId} onChanged={onChanged} />
        ))}
      </tbody>
    </Table>
  );
}
