'use client';
import { DomainClaims } from '../../../../components/settings/domain-claims';
import { SettingsSection } from '../../../../components/settings/settings-tabs';

export default function SettingsDomainsPage() {
  return <SettingsSection href="/settings/domains">{({ organization, membership }) => <DomainClaims organizationId={organization.id} membership={membership} />}</SettingsSection>;
}
