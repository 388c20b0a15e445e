'use client';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Membership } from '@guildhall/roles';
import { AuditLogLiveDocument, type AuditLogEntryFragment, type AuditLogLiveSubscription } from '../../gql/graphql';
import { messageFor } from '../../lib/error-messages';
import { useSubscription } from '../../lib/live';
import { DataState } from '../data-state';
import { Badge, Button, Card, Notice } from '../ui';
import { AuditEntryItem } from './audit-entry';
import { AuditFilterForm } from './audit-filters';
import { CsvExportLink } from './csv-export-link';
import { activeFilterCount, filtersQuery, matchesFilters, NO_FILTERS, parseFilters, queryVariables, readableCategories, type AuditFilters } from './filters';
import { useAuditLog } from './use-audit-log';
import styles from './audit.module.css';

const PAGE_SIZE = 25;

/** The org's audit log: filters kept in the URL, keyset pages, and new matching entries live on top. */
export function AuditLog({ organizationId, membership }: { organizationId: string; membership: Membership }) {
  const categories = useMemo(() => readableCategories(membership), [membership]);
  const search = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const filters = useMemo(() => parseFilters(new URLSearchParams(search.toString()), categories), [search, categories]);
  const query = filtersQuery(filters);
  const hrefFor = useCallback((next: AuditFilters) => {
    const qs = filtersQuery(next);
    return qs ? `${pathname}?${qs}` : pathname;
  }, [pathname]);
  // push, not replace: Back returns to the previous view, and the address is the view to share
  const apply = (next: AuditFilters) => router.push(hrefFor(next), { scroll: false });

  const log = useAuditLog(useMemo(() => queryVariables(organizationId, filters, PAGE_SIZE), [organizationId, filters]));

  // live entries belong to one org and one set of filters; another view starts with none
  const viewKey = `${organizationId}?${query}`;
  const [live, setLive] = useState<{ key: string; entries: AuditLogEntryFragment[] }>({ key: viewKey, entries: [] });
  const current = useRef({ viewKey, filters });
  current.current = { viewKey, filters };
  const onEntry = useCallback((data: AuditLogLiveSubscription) => {
    const entry = data.organizationActivity;
    const { viewKey: key, filters: active } = current.current;
    if (!matchesFilters(entry, active)) return;
    setLive((previous) => ({ key, entries: [entry, ...(previous.key === key ? previous.entries.filter((e) => e.id !== entry.id) : [])] }));
  }, []);
  const status = useSubscription(AuditLogLiveDocument, { organizationId }, onEntry);
  const liveEntries = live.key === viewKey ? live.entries : [];

  return (
    <>
      <Card title="Filters">
        <AuditFilterForm key={query} applied={filters} categories={categories} onApply={apply} />
      </Card>
      <Card
        title="Entries"
        actions={
          <div className={styles.toolbar}>
            <Badge tone={status === 'live' ? 'good' : 'warn'}>{status === 'live' ? 'Live' : status === 'connecting' ? 'Connecting…' : 'Reconnecting…'}</Badge>
            <CsvExportLink organizationId={organizationId} filters={filters} />
          </div>
        }
      >
        <DataState
          loading={log.loading}
          problem={log.problem}
          data={log.data}
          retry={log.reload}
          label="Loading the audit log…"
          isEmpty={(data) => !data.nodes.length && !liveEntries.length}
          empty={
            activeFilterCount(filters) ? (
              <>
                <p>No entries match these filters.</p>
                <Button variant="secondary" onClick={() => apply(NO_FILTERS)}>Clear filters</Button>
              </>
            ) : (
              <p>Nothing has been recorded yet.</p>
            )
          }
        >
          {(data) => {
            const loaded = new Set(data.nodes.map((entry) => entry.id));
            const fresh = liveEntries.filter((entry) => !loaded.has(entry.id));
            const all = [...fresh, ...data.nodes];
            const freshIds = new Set(fresh.map((entry) => entry.id));
            return (
              <>
                <p className="muted" role="status" aria-live="polite">
                  {all.length === 1 ? '1 entry' : `${all.length} entries`}
                  {data.hasNextPage ? ' so far' : ''}
                  {fresh.length ? ` · ${fresh.length} new since you opened this view` : ''}
                </p>
                <ol className={styles.entries} aria-label="Audit entries">
                  {all.map((entry) => (
                    <AuditEntryItem key={entry.id} entry={entry} fresh={freshIds.has(entry.id)} narrowHref={(patch) => hrefFor({ ...filters, ...patch })} />
                  ))}
                </ol>
                {log.moreProblem ? (
                  <Notice kind="error">
                    <p>{messageFor(log.moreProblem)}</p>
                  </Notice>
                ) : null}
                {data.hasNextPage ? (
                  <Button variant="secondary" busy={log.loading} onClick={log.loadMore}>
                    Load more
                  </Button>
                ) : all.length > PAGE_SIZE ? (
                  <p className="muted">That is the whole log for these filters.</p>
                ) : null}
              </>
            );
          }}
        </DataState>
      </Card>
    </>
  );
}
