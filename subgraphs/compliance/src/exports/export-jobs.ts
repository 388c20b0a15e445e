import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent, type Consumer, type DomainEvent, type ScheduledJob, type SubgraphServices } from '@guildhall/kernel';
import { EXPORT_DEADLINE_MS } from '../domain/data-export.js';
import { DATA_EXPORT } from './data-exports.js';

const CAUSE = { principal: { kind: 'service' as const, service: 'compliance' }, origin: null };

/**
 * Exports past their 7 days are EXPIRED and their files deleted (the link then answers 410); an
 * export whose sections did not all come within the hour FAILED (the org may ask again at once).
 */
export async function sweepDataExports(em: EntityManager, services: SubgraphServices, now: Date = new Date()): Promise<{ expired: number; failed: number }> {
  const expired = await em.execute<{ id: string; organization_id: string }[]>(
    `update ${DATA_EXPORT} set status = 'EXPIRED' where status = 'READY' and expires_at <= ? returning id, organization_id`,
    [now],
  );
  const failed = await em.execute<{ id: string; organization_id: string; sections: Record<string, number> }[]>(
    `update ${DATA_EXPORT} set status = 'FAILED', notify_email = null, failure = 'not every part of the export arrived in time'
      where status = 'PENDING' and requested_at <= ? returning id, organization_id, sections`,
    [new Date(now.getTime() - EXPORT_DEADLINE_MS)],
  );
  for (const row of [...expired, ...failed]) await services.exports.remove(row.id);
  for (const row of failed) {
    recordEvent(em, CAUSE, { type: 'compliance.data-export.failed', organizationId: row.organization_id, aggregateId: row.id, payload: { organizationId: row.organization_id, exportId: row.id, reason: `arrived: ${Object.keys(row.sections).join(', ') || 'nothing'}` } });
  }
  await em.flush();
  return { expired: expired.length, failed: failed.length };
}

export const sweepDataExportsJob: ScheduledJob = {
  name: 'compliance.sweep-data-exports',
  every: '15 minutes',
  async run(em, services) {
    await em.transactional((tx) => sweepDataExports(tx, services));
  },
};

/**
 * An erased member's name and e-mail must not stay downloadable: the org's exports made before the
 * erasure are withdrawn (their files deleted; FAILED, so the org may ask for a new one at once).
 */
export const withdrawExportsOnErasure: Consumer = {
  name: 'compliance.withdraw-exports-on-erasure',
  on: ['organization.member.removed'],
  async handle(em, raw, services) {
    const { organizationId, source } = (raw as DomainEvent<'organization.member.removed'>).payload;
    if (source !== 'dpdp_erasure') return;
    const withdrawn = await em.execute<{ id: string }[]>(
      `update ${DATA_EXPORT} set status = 'FAILED', notify_email = null, failure = 'withdrawn: a member of the organization was erased; ask for a new export'
        where organization_id = ? and status in ('PENDING', 'READY') returning id`,
      [organizationId],
    );
    for (const row of withdrawn) await services.exports.remove(row.id);
  },
};
