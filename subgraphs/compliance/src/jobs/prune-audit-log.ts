import type { EntityManager } from '@mikro-orm/postgresql';
import { createLogger, recordEvent, selectRows, type ScheduledJob } from '@guildhall/kernel';
import { AUDIT_CATEGORIES, RETENTION_YEARS, type AuditCategory } from '../domain/audit-catalog.js';

const log = createLogger('compliance:prune-audit-log');
const SYSTEM = { principal: { kind: 'service', service: 'compliance' }, origin: null } as const;

/** The moment before which a category's entries are past retention: `now` minus its years, by the UTC calendar. */
export function retentionCutoff(category: AuditCategory, now: Date): Date {
  const cutoff = new Date(now.getTime());
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - RETENTION_YEARS[category]);
  return cutoff;
}

export interface PruneSummary {
  organizationId: string | null;
  deleted: Partial<Record<AuditCategory, number>>;
}

/**
 * Deletes every entry older than its category's retention (7 years for INVOICE, PAYOUT, WALLET,
 * CONTRACT, CONSENT; 2 for the rest, by `occurred_at`) and records one `compliance.audit.pruned`
 * per org that lost entries (one more for platform-level entries), with the counts per category;
 * the audit consumer turns each into an AUDIT_PRUNED entry. Nothing deleted, nothing recorded.
 *
 * One transaction: the deletions and their summaries commit together or not at all. It alone sets
 * `compliance.pruning`, the only way past the trigger that refuses deletes of audit entries. A daily
 * run deletes one day's worth of expired entries; the first run on a long backlog deletes it all at once.
 */
export async function pruneAuditLog(em: EntityManager, now: Date = new Date()): Promise<PruneSummary[]> {
  const cutoffs = AUDIT_CATEGORIES.map((category) => ({ category, cutoff: retentionCutoff(category, now) }));
  return em.transactional(async (tx) => {
    await tx.execute(`set local compliance.pruning = 'on'`, [], 'run');
    const counts = await selectRows<{ organizationId: string | null; category: AuditCategory; deleted: string }>(
      tx,
      `with cutoff (category, before) as (values ${cutoffs.map(() => '(?::text, ?::timestamptz)').join(', ')}),
        gone as (
          delete from "compliance"."audit_entry" e using cutoff c
           where e.category = c.category and e.occurred_at < c.before
          returning e.organization_id, e.category)
       select organization_id, category, count(*) as deleted from gone group by organization_id, category`,
      cutoffs.flatMap(({ category, cutoff }) => [category, cutoff.toISOString()]),
    );
    await tx.execute(`set local compliance.pruning = 'off'`, [], 'run');
    const byOrg = new Map<string | null, PruneSummary>();
    for (const row of counts) {
      const summary = byOrg.get(row.organizationId) ?? { organizationId: row.organizationId, deleted: {} };
      summary.deleted[row.category] = Number(row.deleted);
      byOrg.set(row.organizationId, summary);
    }
    const summaries = [...byOrg.values()];
    for (const summary of summaries) {
      const olderThan = Object.fromEntries(cutoffs.filter(({ category }) => summary.deleted[category]).map(({ category, cutoff }) => [category, cutoff.toISOString()]));
      recordEvent(tx, SYSTEM, {
        type: 'compliance.audit.pruned',
        organizationId: summary.organizationId,
        aggregateId: summary.organizationId ?? 'platform',
        payload: { organizationId: summary.organizationId, deleted: summary.deleted as Record<string, number>, olderThan },
      });
    }
    await tx.flush();
    if (summaries.length) log.info('pruned the audit log', { organizations: summaries.length, entries: counts.reduce((n, r) => n + Number(r.deleted), 0) });
    return summaries;
  });
}

/** Daily: compliance:prune-audit-log. */
export const pruneAuditLogJob: ScheduledJob = {
  name: 'prune-audit-log',
  every: '1 day',
  async run(em) {
    await pruneAuditLog(em as EntityManager, new Date());
  },
};
