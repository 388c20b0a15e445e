'use client';
import { useCallback, useEffect, useState } from 'react';
import { OrganizationActivityDocument, RecentActivityDocument, type ActivityEntryFragment } from '../gql/graphql';
import { formatDateTime, humanize } from '../lib/format';
import { useSubscription } from '../lib/live';
import { useQuery } from '../lib/use-graphql';
import { DataState } from './data-state';
import { Badge } from './ui';

/** One audit entry as a sentence: who did what to what, and what changed. */
export function describeEntry(entry: ActivityEntryFragment): string {
  const who = entry.actor?.name ?? humanize(entry.actorType);
  const changes = entry.changes?.map((change) => `${change.field}: ${change.before ?? '—'} → ${change.after ?? '—'}`).join(', ');
  return `${who} · ${humanize(entry.action)}${changes ? ` (${changes})` : ''}`;
}

/** The latest entries, then every new one as the gateway pushes it over graphql-ws. */
export function ActivityFeed({ organizationId, limit = 10 }: { organizationId: string; limit?: number }) {
  const recent = useQuery(RecentActivityDocument, { organizationId });
  const [entries, setEntries] = useState<ActivityEntryFragment[]>([]);
  useEffect(() => setEntries([]), [organizationId]);
  const onEntry = useCallback((data: { organizationActivity: ActivityEntryFragment }) => setEntries((current) => [data.organizationActivity, ...current.filter((e) => e.id !== data.organizationActivity.id)]), []);
  const status = useSubscription(OrganizationActivityDocument, { organizationId }, onEntry);
  return (
    <div className="feed">
      <p className="feed-status">
        <Badge tone={status === 'live' ? 'good' : 'warn'}>{status === 'live' ? 'Live' : status === 'connecting' ? 'Connecting…' : 'Reconnecting…'}</Badge>
      </p>
      <DataState loading={recent.loading} problem={recent.problem} data={recent.data} retry={() => void recent.refetch()} isEmpty={(d) => !d.organization.auditLog.nodes.length && !entries.length} empty={<p>No activity yet.</p>}>
        {(data) => {
          const seen = new Set(entries.map((e) => e.id));
          const all = [...entries, ...data.organization.auditLog.nodes.filter((e) => !seen.has(e.id))].slice(0, limit);
          return (
            <ol className="feed-list" aria-live="polite" aria-label="Activity">
              {all.map((entry) => (
                <li key={entry.id}>
                  <span>{describeEntry(entry)}</span>
                  <time className="muted" dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time>
                </li>
              ))}
            </ol>
          );
        }}
      </DataState>
    </div>
  );
}
