'use client';
import type { MemberFacts, OrgFacts } from '@guildhall/roles';
import type { MemberRowFragment } from '../../gql/graphql';
import { Table } from '../ui';
import { MemberRowAdmin, MemberRowReadOnly } from './member-row';

/** The member list; `admin` (governance only) adds the role select and the status actions. */
export function MembersTable({ members, viewerId, admin }: {
  members: readonly MemberRowFragment[];
  viewerId: string;
  admin: { organizationId: string; actor: MemberFacts; org: OrgFacts; onChanged: (membership: MemberRowFragment, message: string) => void } | null;
}) {
  return (
    <Table caption="Members">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Email</th>
          <th scope="col">Role</th>
          <th scope="col">Status</th>
          <th scope="col">Joined</th>
          {admin ? <th scope="col">Actions</th> : null}
        </tr>
      </thead>
      <tbody>
        {members.map((member) =>
          admin ? (
            <MemberRowAdmin key={member.id} member={member} organizationId={admin.organizationId} actor={admin.actor} org={admin.org} onChanged={admin.onChanged} />
          ) : (
            <MemberRowReadOnly key={member.id} member={member} isViewer={member.user.id === viewerId} />
          ),
        )}
      </tbody>
    </Table>
  );
}
