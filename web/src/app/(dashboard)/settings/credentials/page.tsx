'use client';
import { CredentialsPanel } from '../../../../components/settings/credentials-panel';
import { SettingsSection } from '../../../../components/settings/settings-tabs';

export default function SettingsCredentialsPage() {
  return <SettingsSection href="/settings/credentials">{({ organization, membership }) => <CredentialsPanel organizationId={organization.id} membership={membership} />}</SettingsSection>;
}
