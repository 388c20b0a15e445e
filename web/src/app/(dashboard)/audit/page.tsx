'use client';
import { Suspense } from 'react';
import { AuditLog } from '../../../components/audit/audit-log';
import { OrgPage } from '../../../components/org-page';
import { PageHeader } from '../../../components/ui';
import { Loading } from '../../../components/data-state';

export default function AuditPage() {
  return (
    <OrgPage href="/audit">
      {({ organization, membership }) => (
        <>
          <PageHeader title="Audit log" description={`Everything recorded in ${organization.name} that your role may read, newest first. Filters stay in the address, so a filtered view can be shared.`} />
          {/* the filters are read from the URL (useSearchParams), which a prebuilt page reads only under Suspense */}
          <Suspense fallback={<Loading />}>
            <AuditLog organizationId={organization.id} membership={membership} />
          </Suspense>
        </>
      )}
    </OrgPage>
  );
}
