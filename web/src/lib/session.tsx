'use client';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Membership } from '@guildhall/roles';
import { SessionDocument, type SessionQuery } from '../gql/graphql';
import type { Problem } from './graphql-request';
import type { DashboardFeatures } from './navigation';
import { useQuery } from './use-graphql';

export type Viewer = NonNullable<SessionQuery['viewer']>;
export type ViewerOrganization = Viewer['organizations'][number];

export interface SessionState {
  /** undefined while loading; null when signed out. */
  viewer: Viewer | null | undefined;
  problem: Problem | null;
  maintenance: SessionQuery['activeMaintenance'];
  /** What the gateway serves; off until /features.json has answered (`featuresLoaded`). */
  features: DashboardFeatures;
  featuresLoaded: boolean;
  /** The org the dashboard is working in; null in the personal context. */
  organization: ViewerOrganization | null;
  membership: Membership | undefined;
  switchTo: (organizationId: string | null) => void;
  refresh: () => Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);
const STORAGE_KEY = 'guildhall.organization';

export function SessionProvider({ children }: { children: ReactNode }) {
  const session = useQuery(SessionDocument, {});
  const [selected, setSelected] = useState<string | null>(null);
  const [features, setFeatures] = useState<DashboardFeatures | null>(null);
  useEffect(() => {
    setSelected(localStorage.getItem(STORAGE_KEY));
    fetch('/features.json')
      .then((response) => response.json() as Promise<DashboardFeatures>)
      .then(setFeatures)
      .catch(() => setFeatures({ payouts: false }));
  }, []);
  const switchTo = useCallback((organizationId: string | null) => {
    if (organizationId) localStorage.setItem(STORAGE_KEY, organizationId);
    else localStorage.removeItem(STORAGE_KEY);
    setSelected(organizationId);
  }, []);
  const viewer = session.problem?.code === 'UNAUTHENTICATED' ? null : session.data ? session.data.viewer : undefined;
  // a stored org the person left (or never had) falls back to the personal context
  const organization = viewer?.organizations.find((org) => org.id === selected) ?? null;
  const value = useMemo<SessionState>(
    () => ({
      viewer,
      problem: session.problem?.code === 'UNAUTHENTICATED' ? null : session.problem,
      maintenance: session.data?.activeMaintenance ?? null,
      features: features ?? { payouts: false },
      featuresLoaded: features !== null,
      organization,
      membership: organization?.viewerMembership ?? undefined,
      switchTo,
      refresh: session.refetch,
    }),
    [viewer, session.problem, session.data, features, organization, switchTo, session.refetch],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** For org pages: the current org and membership, which the app shell guarantees are there. */
export function useOrganization(): { organization: ViewerOrganization; membership: Membership } {
  const { organization, membership } = useSession();
  if (!organization || !membership) throw new Error('useOrganization outside an org page');
  return { organization, membership };
}
