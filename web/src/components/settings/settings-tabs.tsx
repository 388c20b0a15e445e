'use client';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { can, type Membership } from '@guildhall/roles';
import { humanize } from '../../lib/format';
import { useOrganization, type ViewerOrganization } from '../../lib/session';
import { Notice } from '../ui';
import { SectionTabs } from '../section-tabs';

export interface SettingsTab {
  href: string;
  label: string;
  /** The server's own capabilities: a tab is offered only when its data is readable by the role. */
  visible: (membership: Membership) => boolean;
}

export const SETTINGS_TABS: readonly SettingsTab[] = [
  { href: '/settings', label: 'Profile', visible: (m) => can(m, 'organization.update') || can(m, 'billing.manage') || can(m, 'organization.tax.manage') },
  { href: '/settings/domains', label: 'Domains', visible: (m) => can(m, 'sso.read') },
  { href: '/settings/sso', label: 'Single sign-on', visible: (m) => can(m, 'sso.read') },
  { href: '/settings/credentials', label: 'API keys and SCIM', visible: (m) => can(m, 'apiKeys.read') || can(m, 'scimTokens.read') || can(m, 'scimGroups.read') },
  { href: '/settings/webhooks', label: 'Webhooks', visible: (m) => can(m, 'webhooks.manage') },
  // OWNER changes capabilities and the parent; the rest of governance reads them
  { href: '/settings/organization', label: 'Organization', visible: (m) => can(m, 'organization.capabilities.manage') || can(m, 'organization.hierarchy.manage') || can(m, 'organization.update') },
];

export function SettingsTabs({ membership }: { membership: Membership }) {
  return <SectionTabs label="Settings sections" tabs={SETTINGS_TABS.filter((tab) => tab.visible(membership))} />;
}

/**
 * One settings section: rendered only for the roles its tab is offered to, so a deep link from
 * another role gets a sentence and the sections it may open instead of a refused query.
 */
export function SettingsSection({ href, children }: { href: string; children: (context: { organization: ViewerOrganization; membership: Membership }) => ReactNode }) {
  const { organization, membership } = useOrganization();
  const tab = SETTINGS_TABS.find((entry) => entry.href === href);
  if (tab && !tab.visible(membership)) {
    const others = SETTINGS_TABS.filter((entry) => entry.visible(membership));
    return (
      <Notice kind="info">
        <p>Your role in {organization.name} ({humanize(membership.role)}) does not include {tab.label.toLowerCase()} settings.</p>
        {others.length ? (
          <p>
            You can open:{' '}
            {others.map((entry, index) => (
              <span key={entry.href}>
                {index ? ', ' : ''}
                <Link href={entry.href}>{entry.label}</Link>
              </span>
            ))}
            .
          </p>
        ) : null}
      </Notice>
    );
  }
  return <>{children({ organization, membership })}</>;
}
