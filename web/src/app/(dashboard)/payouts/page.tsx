'use client';
import { can } from '@guildhall/roles';
import { OrgPage } from '../../../components/org-page';
import { PayoutsView } from '../../../components/payouts/payouts-view';
import { Notice, PageHeader } from '../../../components/ui';
import { useSession } from '../../../lib/session';
import { Loading } from '../../../components/data-state';

/**
 * Payouts: the org's (as a host) in an org's context, your own (as an expert) in the personal one.
 * With FEATURE_PAYOUTS off the graph has no payout fields at all, so nothing is queried.
 */
export default function PayoutsPage() {
  const { organization, viewer, features, featuresLoaded } = useSession();
  if (!viewer) return null;
  if (!featuresLoaded) {
    return (
      <Loading />
    );
  }
  if (!features.payouts) {
    return (
      <>
        <PageHeader title="Payouts" />
        <Notice kind="info">
          <p>Payouts are switched off on this Guildhall.</p>
        </Notice>
      </>
    );
  }
  if (!organization) {
    return <PayoutsView key="personal" scope={{ payee: { kind: 'USER', id: viewer.id }, organizationName: null, mayLinkAccount: true, mayEditTaxProfile: true }} />;
  }
  return (
    <OrgPage href="/payouts">
      {({ organization: org, membership }) => (
        <PayoutsView
          key={org.id}
          scope={{
            payee: { kind: 'ORGANIZATION', id: org.id },
            organizationName: org.name,
            mayLinkAccount: can(membership, 'payoutAccount.manage'),
            mayEditTaxProfile: can(membership, 'payouts.manage'),
          }}
        />
      )}
    </OrgPage>
  );
}
