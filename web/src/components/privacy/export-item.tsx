'use client';
import type { DataExportItemFragment } from '../../gql/graphql';
import { formatDateTime, humanize } from '../../lib/format';
import { Badge, Progress } from '../ui';
import styles from './privacy.module.css';

const TONE = { PENDING: 'warn', READY: 'good', FAILED: 'bad', EXPIRED: 'neutral' } as const;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/**
 * The signed link, on this origin: the dashboard proxies /data-exports/*, so the download works
 * whatever origin the services were told to put in links.
 */
export function sameOriginLink(url: string): string {
  try {
    const parsed = new URL(url, 'http://dashboard.invalid');
    return parsed.pathname.startsWith('/data-exports/') ? `${parsed.pathname}${parsed.search}` : url;
  } catch {
    return url;
  }
}

/** One export: its progress while gathered, its link while READY, why it failed, or that it expired. */
export function ExportItem({ item }: { item: DataExportItemFragment }) {
  return (
    <li className={styles.export}>
      <div className={styles.exportHead}>
        <span>
          Requested <time dateTime={item.requestedAt}>{formatDateTime(item.requestedAt)}</time>
        </span>
        <Badge tone={TONE[item.status]}>{item.status === 'PENDING' ? 'Gathering' : humanize(item.status)}</Badge>
      </div>
      {item.status === 'PENDING' ? (
        <Progress
          label={item.sectionsTotal ? `Gathering: ${item.sectionsReady} of ${item.sectionsTotal} parts ready` : 'Gathering…'}
          value={item.sectionsTotal ? item.sectionsReady : undefined}
          max={item.sectionsTotal || undefined}
        />
      ) : null}
      {item.status === 'READY' && item.downloadUrl ? (
        <p className={styles.download}>
          <a className="button primary" href={sameOriginLink(item.downloadUrl)} download>
            Download export{item.bytes !== null ? ` (${formatBytes(item.bytes)})` : ''}
          </a>
          <span className="muted">
            Ready {formatDateTime(item.readyAt)} · link valid until {formatDateTime(item.expiresAt)}
            {item.downloadedAt ? ` · last downloaded ${formatDateTime(item.downloadedAt)}` : ''}
          </span>
        </p>
      ) : null}
      {item.status === 'FAILED' ? <p className="field-error">{item.failure ?? 'A part of the export did not arrive in time.'} You may ask again now.</p> : null}
      {item.status === 'EXPIRED' ? <p className="muted">Expired {formatDateTime(item.expiresAt)}; its file is deleted. Ask for a new export if you need one.</p> : null}
    </li>
  );
}
