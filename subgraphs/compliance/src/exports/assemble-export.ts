import type { EntityManager } from '@mikro-orm/postgresql';
import { createLogger, recordEvent, selectRows, type Consumer, type DomainEvent, type EventCause, type SubgraphServices } from '@guildhall/kernel';
import { DATA_EXPORT_SCHEMA_VERSION, DATA_EXPORT_SECTIONS } from '../domain/data-export.js';
import { DATA_EXPORT, downloadUrl, linkExpiry, selectExport } from './data-exports.js';

const log = createLogger('compliance');
const CAUSE: EventCause = { principal: { kind: 'service', service: 'compliance' }, origin: null };

/** Compliance's own section: the org's audit log (its entries hold ids and facts, never personal data). */
export const exportAuditSection: Consumer = {
  name: 'compliance.export-audit-section',
  on: ['compliance.data-export.requested'],
  async handle(em, raw, services) {
    const { organizationId, exportId } = (raw as DomainEvent<'compliance.data-export.requested'>).payload;
    const entries = await selectRows(
      em,
      `select id, category, action, actor_kind, actor_id, target_type, target_id, event_type, ip, user_agent, metadata, occurred_at from "compliance"."audit_entry" where organization_id = ? order by occurred_at, id`,
      [organizationId],
    );
    await services.exports.writeSection(exportId, 'audit', { auditLog: entries });
    await sectionArrived(em, services, exportId, 'audit', entries.length);
  },
};

/** Each context's section, as it says it wrote it. */
export const collectExportSections: Consumer = {
  name: 'compliance.collect-export-sections',
  on: ['organization.data-export.section-ready', 'billing.data-export.section-ready', 'payouts.data-export.section-ready'],
  async handle(em, raw, services) {
    const { exportId, section, rows } = (raw as DomainEvent<'billing.data-export.section-ready'>).payload;
    await sectionArrived(em, services, exportId, section, rows);
  },
};

/**
 * Notes a section under the export's row lock; the one that completes the set joins the files into
 * the bundle, makes it READY with a link valid 7 days, and mails the link to whoever asked.
 */
async function sectionArrived(em: EntityManager, services: SubgraphServices, exportId: string, section: string, rows: number) {
  const [row] = await em.execute<{ sections: Record<string, number>; status: string }[]>(
    `update ${DATA_EXPORT} set sections = sections || jsonb_build_object(?::text, ?::int) where id = ? returning sections, status`,
    [section, rows, exportId],
  );
  if (!row || row.status !== 'PENDING' || !DATA_EXPORT_SECTIONS.every((s) => s in row.sections)) return;
  const exported = (await selectExport(em, exportId))!;
  const readyAt = new Date();
  const bytes = await services.exports.assemble(
    exportId,
    { schemaVersion: DATA_EXPORT_SCHEMA_VERSION, exportId, organizationId: exported.organizationId, requestedAt: exported.requestedAt.toISOString(), generatedAt: readyAt.toISOString() },
    DATA_EXPORT_SECTIONS,
  );
  const expiresAt = linkExpiry(readyAt);
  await em.execute(`update ${DATA_EXPORT} set status = 'READY', bytes = ?, ready_at = ?, expires_at = ?, notify_email = null where id = ? and status = 'PENDING'`, [bytes, readyAt, expiresAt, exportId]);
  recordEvent(em, CAUSE, { type: 'compliance.data-export.ready', organizationId: exported.organizationId, aggregateId: exportId, payload: { organizationId: exported.organizationId, exportId } });
  await em.flush();
  if (!exported.notifyEmail) return;
  const url = downloadUrl(services, { id: exportId, status: 'READY', expiresAt })!;
  try {
    await services.mailer.send({
      to: exported.notifyEmail,
      subject: 'Your Guildhall data export is ready',
      text: `The data export you asked for is ready: ${url}\n\nThe link works until ${expiresAt.toISOString().slice(0, 10)} and lets whoever holds it download the organization's data; do not forward it.`,
    });
  } catch (error) {
    // the export is ready either way: the dashboard shows its link to those who may download it
    log.warn(`data export ${exportId}: the ready mail was not sent (${(error as Error).message})`);
  }
}
