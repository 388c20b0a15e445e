'use client';
import type { ReactNode } from 'react';
import { useSession } from '../../lib/session';
import { Notice, PageHeader } from '../ui';
import { SectionTabs } from '../section-tabs';

const TABS = [
  { href: '/platform', label: 'Organizations' },
  { href: '/platform/erasure', label: 'Erasure requests' },
  { href: '/platform/maintenance', label: 'Maintenance' },
  { href: '/platform/payouts', label: 'Payout batches', payouts: true },
] as const;

/**
 * Every console page: the platform-admin gate and the section tabs. The gate renders nothing of the
 * page for anyone else, so no platform query is even sent (the graph would refuse it anyway).
 */
export function PlatformFrame({ children }: { children: ReactNode }) {
  const { viewer, features } = useSession();
  if (!viewer?.platformAdmin) {
    return (
      <>
        <PageHeader title="Platform" />
        <Notice kind="warning">
          <p>This console is for platform administrators.</p>
        </Notice>
      </>
    );
  }
  return (
    <>
      <PageHeader title="Platform" description="Operate Guildhall itself: organizations, erasure requests, maintenance windows and payouts." />
      <SectionTabs label="Platform sections" tabs={TABS.filter((tab) => !('payouts' in tab) || features.payouts)} />
      {children}
    </>
  );
}
