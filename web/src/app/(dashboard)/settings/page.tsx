'use client';
import { can, type Membership } from '@guildhall/roles';
import { DataState } from '../../../components/data-state';
import { ProfileForm } from '../../../components/settings/profile-form';
import { SettingsSection } from '../../../components/settings/settings-tabs';
import { Card } from '../../../components/ui';
import { SettingsProfileDocument } from '../../../gql/graphql';
import { useSession } from '../../../lib/session';
import { useQuery } from '../../../lib/use-graphql';

export default function SettingsProfilePage() {
  return <SettingsSection href="/settings">{({ organization, membership }) => <Profile organizationId={organization.id} membership={membership} />}</SettingsSection>;
}

function Profile({ organizationId, membership }: { organizationId: string; membership: Membership }) {
  const { refresh } = useSession();
  // tax and billing fields are readable by finance roles only: asked for only then
  const profile = useQuery(SettingsProfileDocument, { organizationId, finance: can(membership, 'billing.read') });
  return (
    <Card title="Profile">
      <DataState loading={profile.loading} problem={profile.problem} data={profile.data} retry={() => void profile.refetch()} label="Loading the profile…">
        {({ organization }) => (
          <ProfileForm
            org={organization}
            membership={membership}
            onSaved={async () => {
              // the switcher shows the name too
              await Promise.all([profile.refetch(), refresh()]);
            }}
          />
        )}
      </DataState>
    </Card>
  );
}
