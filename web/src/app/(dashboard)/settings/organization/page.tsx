'use client';
import type { Membership } from '@guildhall/roles';
import { DataState } from '../../../../components/data-state';
import { OrganizationCapabilities } from '../../../../components/settings/organization-capabilities';
import { OrganizationParent } from '../../../../components/settings/organization-parent';
import { SettingsSection } from '../../../../components/settings/settings-tabs';
import { SettingsOrganizationDocument } from '../../../../gql/graphql';
import { useSession } from '../../../../lib/session';
import { useQuery } from '../../../../lib/use-graphql';

export default function SettingsOrganizationPage() {
  return <SettingsSection href="/settings/organization">{({ organization, membership }) => <OrganizationStructure organizationId={organization.id} membership={membership} />}</SettingsSection>;
}

/** What the org does and where it sits in its tree; OWNER changes both, governance reads. */
function OrganizationStructure({ organizationId, membership }: { organizationId: string; membership: Membership }) {
  const { viewer } = useSession();
  const query = useQuery(SettingsOrganizationDocument, { organizationId });
  // no client cache: after a change the section reads the org again (capabilities, parent, depth)
  const reload = query.refetch;
  return (
    <DataState loading={query.loading} problem={query.problem} data={query.data} retry={() => void query.refetch()} label="Loading the organization…">
      {(data) =>
        data.organization ? (
          <>
            <OrganizationCapabilities org={data.organization} membership={membership} onSaved={reload} />
            <OrganizationParent org={data.organization} membership={membership} organizations={viewer?.organizations ?? []} onSaved={reload} />
          </>
        ) : (
          <p>This organization is no longer available.</p>
        )
      }
    </DataState>
  );
}
