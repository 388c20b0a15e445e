'use client';
import Link from 'next/link';
import { can, canReadAnyAudit, type Membership } from '@guildhall/roles';
import { ActivityFeed } from '../../components/activity-feed';
import { DataState } from '../../components/data-state';
import { Badge, Button, Card, PageHeader, StatCard } from '../../components/ui';
import { OrganizationHomeDocument } from '../../gql/graphql';
import { formatDate, formatMoney, humanize } from '../../lib/format';
import { useSession, type ViewerOrganization } from '../../lib/session';
import { useQuery } from '../../lib/use-graphql';

export default function HomePage() {
  const { organization, membership } = useSession();
  if (organization && membership) return <OrganizationHome organization={organization} membership={membership} />;
  return <PersonalHome />;
}

function PersonalHome() {
  const { viewer, switchTo } = useSession();
  if (!viewer) return null;
  return (
    <>
      <PageHeader title={`Welcome, ${viewer.name}`} description="Your personal space. Switch to an organization to work in it." actions={<Link className="button primary" href="/organizations/new">New organization</Link>} />
      <Card title="Your organizations">
        {viewer.organizations.length ? (
          <ul className="list">
            {viewer.organizations.map((org) => (
              <li key={org.id}>
                <span>
                  {org.name} <Badge>{humanize(org.viewerMembership?.role ?? '')}</Badge>
                </span>
                <Button variant="secondary" onClick={() => switchTo(org.id)}>Open {org.name}</Button>
              </li>
            ))}
          </ul>
        ) : (
          <p>You are not a member of any organization yet. Create one, or accept an invitation from your email.</p>
        )}
      </Card>
    </>
  );
}

/** Adapts to the role: everyone sees the org's numbers; finance roles its money; auditors the live feed. */
function OrganizationHome({ organization, membership }: { organization: ViewerOrganization; membership: Membership }) {
  const finance = can(membership, 'billing.read');
  const home = useQuery(OrganizationHomeDocument, { organizationId: organization.id, finance });
  return (
    <>
      <PageHeader title={organization.name} description={`You are ${humanize(membership.role)} here.`} />
      <DataState loading={home.loading} problem={home.problem} data={home.data} retry={() => void home.refetch()}>
        {({ organization: org }) => {
          const outstanding = org.billingAccount?.invoices.nodes.filter((invoice) => invoice.outstanding.amountMinor > 0 && invoice.status !== 'DRAFT' && invoice.status !== 'VOID') ?? [];
          return (
            <>
              <div className="stats">
                <StatCard label="Active members" value={org.members.totalCount} />
                <StatCard label="Learner seats" value={`${org.seatsUsed} / ${org.seatsTotal}`} detail={org.seatsUsed >= org.seatsTotal ? 'All seats taken' : `${org.seatsTotal - org.seatsUsed} free`} />
                <StatCard label="Status" value={humanize(org.status)} />
              </div>
              {org.billingAccount ? (
                <Card title="Finance" actions={<Link href="/billing">Open billing</Link>}>
                  <div className="stats">
                    <StatCard label="Credit balance" value={formatMoney(org.billingAccount.creditBalance.amountMinor, org.billingAccount.creditBalance.currency)} />
                    <StatCard label="Unbilled charges" value={formatMoney(org.billingAccount.unbilledCharges.amountMinor, org.billingAccount.unbilledCharges.currency)} />
                    <StatCard label="Outstanding invoices" value={outstanding.length} detail={outstanding.length ? formatMoney(outstanding.reduce((sum, i) => sum + i.outstanding.amountMinor, 0), outstanding[0]!.outstanding.currency) : 'Nothing due'} />
                  </div>
                  {outstanding.length ? (
                    <ul className="list">
                      {outstanding.map((invoice) => (
                        <li key={invoice.id}>
                          <span>{invoice.number ?? 'Draft'} · due {formatDate(invoice.dueDate)}</span>
                          <strong>{formatMoney(invoice.outstanding.amountMinor, invoice.outstanding.currency)}</strong>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </Card>
              ) : null}
            </>
          );
        }}
      </DataState>
      {canReadAnyAudit(membership) ? (
        <Card title="Live activity">
          <ActivityFeed organizationId={organization.id} />
        </Card>
      ) : null}
    </>
  );
}
