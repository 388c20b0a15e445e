'use client';
import Link from 'next/link';
import type { AuditLogEntryFragment } from '../../gql/graphql';
import { formatDateTime, humanize } from '../../lib/format';
import { Badge } from '../ui';
import type { AuditFilters } from './filters';
import styles from './audit.module.css';

/** Who acted: the person's name when a user did, else the kind of actor; the id is what auditors filter by. */
function actorLabel(entry: AuditLogEntryFragment): string {
  if (entry.actor?.name) return entry.actor.name;
  return humanize(entry.actorType);
}

/**
 * One entry: what happened, by whom, to what, when and from where; the field-by-field diff folds
 * away in a <details> (keyboard- and screen-reader-usable without script).
 */
export function AuditEntryItem({ entry, fresh, narrowHref }: { entry: AuditLogEntryFragment; fresh: boolean; narrowHref: (patch: Partial<AuditFilters>) => string }) {
  const changes = entry.changes ?? [];
  return (
    <li className={fresh ? `${styles.entry} ${styles.fresh}` : styles.entry}>
      <div className={styles.entryHead}>
        <strong>{humanize(entry.action)}</strong>
        <Badge>{humanize(entry.category)}</Badge>
        {fresh ? <Badge tone="good">New</Badge> : null}
        <time className="muted" dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time>
      </div>
      <dl className={styles.meta}>
        <div>
          <dt>Actor</dt>
          <dd>
            {actorLabel(entry)}
            {entry.actorId ? (
              <>
                {' '}<code>{entry.actorId}</code>{' '}
                <Link className={styles.narrow} href={narrowHref({ actorId: entry.actorId })} aria-label={`Filter: only entries by ${actorLabel(entry)}`}>filter</Link>
              </>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>Target</dt>
          <dd>
            {humanize(entry.targetType)} <code>{entry.targetId}</code>{' '}
            <Link className={styles.narrow} href={narrowHref({ targetType: entry.targetType, targetId: entry.targetId })} aria-label={`Filter: only entries about this ${humanize(entry.targetType).toLowerCase()}`}>filter</Link>
          </dd>
        </div>
        <div>
          <dt>IP address</dt>
          <dd>{entry.ip ?? '—'}</dd>
        </div>
        <div>
          <dt>Action</dt>
          <dd>
            <Link className={styles.actionLink} href={narrowHref({ action: entry.action })} aria-label={`Only ${entry.action} entries`}><code>{entry.action}</code></Link>
          </dd>
        </div>
      </dl>
      {changes.length ? (
        <details className={styles.changes}>
          <summary>
            {changes.length === 1 ? '1 field changed' : `${changes.length} fields changed`}
          </summary>
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">Changes of this entry</caption>
              <thead>
                <tr>
                  <th scope="col">Field</th>
                  <th scope="col">Before</th>
                  <th scope="col">After</th>
                </tr>
              </thead>
              <tbody>
                {changes.map((change) => (
                  <tr key={change.field}>
                    <th scope="row"><code>{change.field}</code></th>
                    <td>{change.before ?? <span className="muted">—</span>}</td>
                    <td>{change.after ?? <span className="muted">—</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}
      {entry.userAgent ? <p className={`muted ${styles.agent}`}>User agent: {entry.userAgent}</p> : null}
    </li>
  );
}
