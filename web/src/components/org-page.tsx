'use client';
import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Membership } from '@guildhall/roles';
import { humanize } from '../lib/format';
import { mayOpen } from '../lib/navigation';
import { useSession, type ViewerOrganization } from '../lib/session';
import { Notice } from './ui';

/**
 * An org page: rendered only in an org's context and for the roles its navigation entry allows
 * (the server's predicates). A deep link from another role answers with a sentence, not a broken page.
 */
export function OrgPage({ href, children }: { href: string; children: (context: { organization: ViewerOrganization; membership: Membership }) => ReactNode }) {
  const { organization, membership, features, viewer } = useSession();
  if (!viewer) return null;
  if (!organization || !membership) {
    return (
      <Notice kind="info">
        <p>This page belongs to an organization. Choose one in the switcher at the top{viewer.organizations.length ? '' : ', or '}
          {viewer.organizations.length ? '.' : <Link href="/organizations/new">create your first organization</Link>}
        </p>
      </Notice>
    );
  }
  if (!mayOpen(href, membership, features, false)) {
    return (
      <Notice kind="info">
        <p>Your role in {organization.name} ({humanize(membership.role)}) does not include this page.</p>
      </Notice>
    );
  }
  return <>{children({ organization, membership })}</>;
}
