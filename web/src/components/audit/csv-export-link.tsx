'use client';
import { useId } from 'react';
import { csvHref, csvIgnores, type AuditFilters } from './filters';
import styles from './audit.module.css';

/**
 * The gateway's streamed CSV, through this origin (the dashboard proxies /exports/*), so the
 * session cookie authenticates it. It carries the category and dates; it says when other filters
 * cannot travel with it rather than hand over a file that looks filtered and is not.
 */
export function CsvExportLink({ organizationId, filters }: { organizationId: string; filters: AuditFilters }) {
  const partial = csvIgnores(filters);
  const scopeId = useId();
  return (
    <span className={styles.csv}>
      <a className="button secondary" href={csvHref(organizationId, filters)} download aria-describedby={partial ? scopeId : undefined}>
        Export CSV
      </a>
      {partial ? (
        <small id={scopeId} className="hint">
          The CSV applies the category and dates only, not action, actor or target.
        </small>
      ) : null}
    </span>
  );
}
