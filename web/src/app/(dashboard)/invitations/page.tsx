'use client';
import Link from 'next/link';
import { useCallback, useState } from 'react';
import { DataState } from '../../../components/data-state';
import { InvitationStatusFilter } from '../../../components/members/invitation-status-filter';
import { InvitationsTable } from '../../../components/members/invitations-table';
import { LoadMore } from '../../../components/members/load-more';
import { useKeysetPages } from '../../../components/members/use-keyset-pages';
import { OrgPage } from '../../../components/org-page';
import { Card, Notice, PageHeader } from '../../../components/ui';
import { InvitationsListDocument, type InvitationRowFragment, type InvitationStatus } from '../../../gql/graphql';
import { execute } from '../../../lib/graphql-request';
import type { ViewerOrganization } from '../../../lib/session';

const PAGE_SIZE = 20;

export default function InvitationsPage() {
  return <OrgPage href="/invitations">{({ organization }) => <Invitations organization={organization} />}</OrgPage>;
}

function Invitations({ organization }: { organization: ViewerOrganization }) {
  const [status, setStatus] = useState<InvitationStatus | null>('PENDING');
  const [notice, setNotice] = useState<string | null>(null);
  const fetchPage = useCallback(
    async (after: string | null) => (await execute(InvitationsListDocument, { organizationId: organization.id, first: PAGE_SIZE, after, status })).organization.invitations,
    [organization.id, status],
  );
  const pages = useKeysetPages(fetchPage, JSON.stringify([organization.id, status]));
  const { replace } = pages;
  const onChanged = useCallback(
    (invitation: InvitationRowFragment, message: string) => {
      replace(invitation);
      setNotice(message);
    },
    [replace],
  );

  return (
    <>
      <PageHeader title="Invitations" description={`Who has been invited to ${organization.name}, newest first.`} actions={<Link className="button primary" href="/members">Invite people</Link>} />
      <Card>
        <InvitationStatusFilter
          value={status}
          onChange={(next) => {
            setStatus(next);
            setNotice(null);
          }}
        />
        {notice ? <Notice kind="success"><p>{notice}</p></Notice> : null}
        <DataState
          loading={pages.loading}
          problem={pages.problem}
          data={pages.nodes}
          isEmpty={(nodes) => nodes.length === 0}
          empty={
            <p>
              {status ? `No ${status.toLowerCase()} invitations.` : 'No invitations yet.'} <Link href="/members">Invite someone from Members</Link>.
            </p>
          }
          retry={() => void pages.reload()}
          label="Loading invitations…"
        >
          {(nodes) => (
            <>
              <InvitationsTable invitations={nodes} organizationId={organization.id} onChanged={onChanged} />
              <LoadMore shown={nodes.length} total={pages.totalCount} hasNextPage={pages.hasNextPage} loading={pages.loadingMore} problem={pages.moreProblem} onLoadMore={() => void pages.loadMore()} noun="invitations" />
            </>
          )}
        </DataState>
      </Card>
    </>
  );
}
