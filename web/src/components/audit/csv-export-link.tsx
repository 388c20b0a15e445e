'use client';
import { csvHref, type AuditFilters } from './filters';

/**
 * The gateway's streamed CSV of exactly the filtered view, through this origin (the dashboard
 * proxies /exports/*), so the session cookie authenticates it.
 */
export function CsvExportLink({ organizationId, filters }: { organizationId: string; filters: AuditFilters }) {
  return (
    <a className="button secondary" href={csvHref(organizationId, filters)} download>
      Export CSV
    </a>
  );
}
