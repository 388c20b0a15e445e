'use client';
import Link from 'next/link';
import { can, type MemberFacts, type Membership, type OrgFacts } from '@guildhall/roles';
import { useCallback, useRef, useState } from 'react';
import { DataState } from '../../../components/data-state';
import { BulkInviteForm } from '../../../components/members/bulk-invite-form';
import { InviteMemberForm } from '../../../components/members/invite-member-form';
import { LoadMore } from '../../../components/members/load-more';
import { MemberFilters, type MemberFilter } from '../../../components/members/member-filters';
import { grantableRoles } from '../../../components/members/member-rules';
import { MembersTable } from '../../../components/members/members-table';
import { SeatsLine } from '../../../components/members/seats-line';
import { useKeysetPages } from '../../../components/members/use-keyset-pages';
import { OrgPage } from '../../../components/org-page';
import { Card, Notice, PageHeader } from '../../../components/ui';
import { MemberAdminFactsDocument, MembersChangedDocument, MembersListDocument, type MemberRowFragment } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-request';
import { useSubscription } from '../../../lib/live';
import { useSession, type ViewerOrganization } from '../../../lib/session';
import { useQuery } from '../../../lib/use-graphql';

const PAGE_SIZE = 20;

export default function MembersPage() {
  return <OrgPage href="/members">{({ organization, membership }) => <Members organization={organization} membership={membership} />}</OrgPage>;
}

function Members({ organization, membership }: { organization: ViewerOrganization; membership: Membership }) {
  const { viewer } = useSession();
  const viewerId = viewer?.id ?? '';
  const manage = can(membership, 'members.manage');
  const invite = can(membership, 'invitations.manage');
  // the rules' facts (owners, capabilities, seats) matter only to those who administer
  const needsFacts = manage || invite;
  const facts = useQuery(MemberAdminFactsDocument, { organizationId: organization.id }, { skip: !needsFacts });
  const [filter, setFilter] = useState<MemberFilter>({ role: null, status: null, search: '' });
  const [notice, setNotice] = useState<string | null>(null);
  const fetchPage = useCallback(
    async (after: string | null) =>
      (await execute(MembersListDocument, { organizationId: organization.id, first: PAGE_SIZE, after, role: filter.role, status: filter.status, search: filter.search || null })).organization.members,
    [organization.id, filter],
  );
  const pages = useKeysetPages(fetchPage, JSON.stringify([organization.id, filter]));

  const org = facts.data?.organization;
  const orgFacts: OrgFacts | undefined = org ? { canHost: org.canHost, canSponsor: org.canSponsor, activeOwners: org.activeOwners.totalCount } : undefined;
  const actor: MemberFacts = { userId: viewerId, role: membership.role, status: membership.status };
  const { replace } = pages;
  const refetchFacts = facts.refetch;
  const onChanged = useCallback(
    (changed: MemberRowFragment, message: string) => {
      replace(changed);
      setNotice(message);
      // owners and seats may have moved: the next decision reads them fresh
      void refetchFacts();
    },
    [replace, refetchFacts],
  );
  // live: a change made elsewhere (another admin, SCIM, an accepted invitation) shows at once; a
  // membership not on screen yet may belong on the first page, so the list starts again
  const shown = useRef(pages.nodes);
  shown.current = pages.nodes;
  const { reload } = pages;
  const onLive = useCallback(
    ({ membersChanged: changed }: { membersChanged: MemberRowFragment }) => {
      if (shown.current?.some((node) => node.id === changed.id)) replace(changed);
      else void reload();
      if (needsFacts) void refetchFacts();
    },
    [replace, reload, refetchFacts, needsFacts],
  );
  useSubscription(MembersChangedDocument, { organizationId: organization.id }, onLive);
  const admin = manage && orgFacts ? { organizationId: organization.id, actor, org: orgFacts, onChanged } : null;
  const listData = pages.nodes && (!needsFacts || orgFacts) ? pages.nodes : undefined;
  const filtered = filter.role !== null || filter.status !== null || filter.search !== '';

  return (
    <>
      <PageHeader title="Members" description={`Everyone in ${organization.name}, in the order they joined.`} actions={invite ? <Link className="button secondary" href="/invitations">Invitations</Link> : null} />
      {invite ? (
        <Card title="Invite people">
          <DataState loading={facts.loading} problem={facts.problem} data={org} retry={() => void facts.refetch()}>
            {(loaded) => (
              <>
                <SeatsLine used={loaded.seatsUsed} total={loaded.seatsTotal} />
                <InviteMemberForm organizationId={organization.id} roles={grantableRoles(actor, orgFacts!)} />
                <BulkInviteForm organizationId={organization.id} />
              </>
            )}
          </DataState>
        </Card>
      ) : null}
      <Card title="Member list">
        <MemberFilters value={filter} onChange={setFilter} />
        {notice ? <Notice kind="success"><p>{notice}</p></Notice> : null}
        <DataState
          loading={pages.loading || facts.loading}
          problem={pages.problem ?? facts.problem}
          data={listData}
          isEmpty={(nodes) => nodes.length === 0}
          empty={<p>{filtered ? 'No member matches these filters.' : 'No members yet.'}</p>}
          retry={() => {
            void pages.reload();
            if (needsFacts) void facts.refetch();
          }}
          label="Loading members…"
        >
          {(nodes) => (
            <>
              <MembersTable members={nodes} viewerId={viewerId} admin={admin} />
              <LoadMore shown={nodes.length} total={pages.totalCount} hasNextPage={pages.hasNextPage} loading={pages.loadingMore} problem={pages.moreProblem} onLoadMore={() => void pages.loadMore()} noun="members" />
            </>
          )}
        </DataState>
      </Card>
    </>
  );
}
