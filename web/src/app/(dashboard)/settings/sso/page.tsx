'use client';
import { SettingsSection } from '../../../../components/settings/settings-tabs';
import { SsoConnections } from '../../../../components/settings/sso-connections';

export default function SettingsSsoPage() {
  return <SettingsSection href="/settings/sso">{({ organization, membership }) => <SsoConnections organizationId={organization.id} membership={membership} />}</SettingsSection>;
}
