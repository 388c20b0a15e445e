'use client';
import { can } from '@guildhall/roles';
import { DataExportExplainer, DataExports, exportRoles } from '../../../components/privacy/data-exports';
import { ErasureRequestCard } from '../../../components/privacy/erasure-request';
import { Notice, PageHeader } from '../../../components/ui';
import { useSession } from '../../../lib/session';

/**
 * Privacy, in both contexts: in an org, its data export (for the roles that may ask, an explanation
 * for the rest); everywhere, the person's own erasure request.
 */
export default function PrivacyPage() {
  const { viewer, organization, membership } = useSession();
  if (!viewer) return null;
  return (
    <>
      <PageHeader title="Privacy" description="Your rights under India’s Digital Personal Data Protection Act: a copy of your organization’s data, and erasure of your own." />
      {organization && membership ? (
        can(membership, 'dataExport.request') ? (
          <DataExports key={organization.id} organizationId={organization.id} organizationName={organization.name} />
        ) : (
          <DataExportExplainer organizationName={organization.name} role={membership.role} />
        )
      ) : (
        <Notice kind="info">
          <p>An organization’s data export is asked for in that organization: switch to one where you are an {exportRoles()}.</p>
        </Notice>
      )}
      <ErasureRequestCard />
    </>
  );
}
