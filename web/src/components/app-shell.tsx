'use client';
import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { useEffect, type ReactNode } from 'react';
import { SignOutDocument } from '../gql/graphql';
import { formatDateTime, humanize } from '../lib/format';
import { navFor } from '../lib/navigation';
import { useSession } from '../lib/session';
import { useMutation } from '../lib/use-graphql';
import { DataState } from './data-state';
import { Button, Notice } from './ui';

/** Signed-in pages: the header with the org switcher, the navigation the role allows, the page. */
export function AppShell({ children }: { children: ReactNode }) {
  const session = useSession();
  const router = useRouter();
  const pathname = usePathname();
  useEffect(() => {
    if (session.viewer === null) router.replace(`/sign-in?returnTo=${encodeURIComponent(pathname)}`);
  }, [session.viewer, pathname, router]);
  return (
    <DataState loading={session.viewer === undefined} problem={session.problem} data={session.viewer ?? undefined} retry={() => void session.refresh()}>
      {(viewer) => (
        <div className="shell">
          <header className="topbar">
            <Link href="/" className="brand">Guildhall</Link>
            <OrganizationSwitcher />
            <div className="account">
              <span className="muted" title={viewer.email}>{viewer.name}</span>
              <SignOutButton />
            </div>
          </header>
          {session.maintenance ? (
            <Notice kind="warning">
              Maintenance until {formatDateTime(session.maintenance.endsAt)}: {session.maintenance.message}
            </Notice>
          ) : null}
          <Navigation />
          <main id="main" className="content" tabIndex={-1}>
            {children}
          </main>
        </div>
      )}
    </DataState>
  );
}

function Navigation() {
  const { membership, features, organization, viewer } = useSession();
  const pathname = usePathname();
  const items = navFor(membership, features, !organization, viewer?.platformAdmin);
  return (
    <nav className="sidebar" aria-label="Dashboard">
      <ul>
        {items.map((item) => {
          const current = item.href === '/' ? pathname === '/' : pathname.startsWith(item.href);
          return (
            <li key={item.href}>
              <Link href={item.href} aria-current={current ? 'page' : undefined}>
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function OrganizationSwitcher() {
  const { viewer, organization, switchTo } = useSession();
  const router = useRouter();
  if (!viewer) return null;
  return (
    <div className="switcher">
      <label htmlFor="organization-switcher" className="visually-hidden">Working in</label>
      <select
        id="organization-switcher"
        value={organization?.id ?? ''}
        onChange={(event) => {
          switchTo(event.target.value || null);
          router.push('/');
        }}
      >
        <option value="">Personal</option>
        {viewer.organizations.map((org) => (
          <option key={org.id} value={org.id}>
            {org.name} ({humanize(org.viewerMembership?.role ?? 'LEARNER')})
          </option>
        ))}
      </select>
    </div>
  );
}

function SignOutButton() {
  const [signOut, { running }] = useMutation(SignOutDocument);
  return (
    <Button
      variant="secondary"
      busy={running}
      onClick={async () => {
        await signOut({});
        // a full load: nothing of the signed-out person's state stays in memory
        window.location.assign('/sign-in');
      }}
    >
      Sign out
    </Button>
  );
}
