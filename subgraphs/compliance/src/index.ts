import type { SubgraphModule } from '@guildhall/kernel';
import { recordAuditEntryWhenEventOccurs } from './consumers/record-audit-entry-when-event-occurs.js';
import { createWebhookDeliveriesWhenEventOccurs } from './consumers/create-webhook-deliveries-when-event-occurs.js';
import { webhookJobs } from './jobs/deliver-webhooks.js';
import { completeErasureWhenContextsReport } from './consumers/complete-erasure-when-contexts-report.js';
import { erasureSlaWarnings } from './jobs/erasure-sla-warnings.js';
import { collectExportSections, exportAuditSection } from './exports/assemble-export.js';
import { sweepDataExportsJob, withdrawExportsOnErasure } from './exports/export-jobs.js';
import { AuditEntryRecord } from './entities/audit-entry.entity.js';
import { MaintenanceWindowRecord } from './entities/maintenance-window.entity.js';
import { pruneAuditLogJob } from './jobs/prune-audit-log.js';
import { createLoaders, type ComplianceLoaders } from './graphql/loaders.js';
import { buildComplianceSchema } from './graphql/schema.js';
import { migrations } from './migrations/index.js';

/** Compliance: the audit log now; retention, webhooks, erasure and exports as they land. */
export const compliance: SubgraphModule<ComplianceLoaders> = {
  name: 'compliance',
  entities: [AuditEntryRecord, MaintenanceWindowRecord],
  migrations,
  buildSchema: buildComplianceSchema,
  createLoaders,
  consumers: [exportAuditSection, collectExportSections, withdrawExportsOnErasure, recordAuditEntryWhenEventOccurs, completeErasureWhenContextsReport, createWebhookDeliveriesWhenEventOccurs],
  jobs: [
    sweepDataExportsJob,
    pruneAuditLogJob,
    erasureSlaWarnings,
    ...webhookJobs,
  ],
};
export { runErasureSlaWarnings } from './jobs/erasure-sla-warnings.js';
export { pruneAuditLog, retentionCutoff } from './jobs/prune-audit-log.js';
export { deliverDueWebhooks } from './usecases/deliver-webhooks.js';
