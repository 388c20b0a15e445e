'use client';
import { SettingsSection } from '../../../../components/settings/settings-tabs';
import { WebhookEndpoints } from '../../../../components/settings/webhook-endpoints';

export default function SettingsWebhooksPage() {
  return <SettingsSection href="/settings/webhooks">{({ organization, membership }) => <WebhookEndpoints organizationId={organization.id} membership={membership} />}</SettingsSection>;
}
