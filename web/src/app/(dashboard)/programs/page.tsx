'use client';
import { useState } from 'react';
import { can } from '@guildhall/roles';
import { OrgPage } from '../../../components/org-page';
import { MyAssignments } from '../../../components/programs/my-assignments';
import { OrganizationPrograms } from '../../../components/programs/organization-programs';
import { PricingLink } from '../../../components/programs/pricing-overview';
import { PageHeader } from '../../../components/ui';

/**
 * Programs: every member sees their own entitlements; finance readers the org's programs and their
 * use; operators create, change and assign; rate cards and contracts for the roles that read them.
 */
export default function ProgramsPage() {
  const [assignmentsVersion, setAssignmentsVersion] = useState(0);
  return (
    <OrgPage href="/programs">
      {({ organization, membership }) => (
        <>
          <PageHeader title="Programs" description={`How ${organization.name} pays for its members’ bookings.`} />
          <MyAssignments organizationId={organization.id} organizationName={organization.name} refreshKey={assignmentsVersion} />
          {can(membership, 'programs.read') ? (
            <OrganizationPrograms organizationId={organization.id} membership={membership} onAssignmentsChanged={() => setAssignmentsVersion((v) => v + 1)} />
          ) : null}
          {can(membership, 'rateCards.read') ? <PricingLink /> : null}
        </>
      )}
    </OrgPage>
  );
}
