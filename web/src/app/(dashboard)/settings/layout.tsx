'use client';
import type { ReactNode } from 'react';
import { OrgPage } from '../../../components/org-page';
import { SettingsTabs } from '../../../components/settings/settings-tabs';
import { PageHeader } from '../../../components/ui';

/** Every settings section: the org's context, the roles the Settings entry allows, and the tabs the role may open. */
export default function SettingsLayout({ children }: { children: ReactNode }) {
  return (
    <OrgPage href="/settings">
      {({ organization, membership }) => (
        <>
          <PageHeader title="Settings" description={`How ${organization.name} is set up: its profile, structure, sign-in, machine access and webhooks.`} />
          <SettingsTabs membership={membership} />
          {children}
        </>
      )}
    </OrgPage>
  );
}
