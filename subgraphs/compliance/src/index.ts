import type { SubgraphModule } from '@guildhall/kernel';
import { recordAuditEntryWhenEventOccurs } from './consumers/record-audit-entry-when-event-occurs.js';
import { AuditEntryRecord } from './entities/audit-entry.entity.js';
import { createLoaders, type ComplianceLoaders } from './graphql/loaders.js';
import { buildComplianceSchema } from './graphql/schema.js';
import { migrations } from './migrations/index.js';

/** Compliance: the audit log now; retention, webhooks, erasure and exports as they land. */
export const compliance: SubgraphModule<ComplianceLoaders> = {
  name: 'compliance',
  entities: [AuditEntryRecord],
  migrations,
  buildSchema: buildComplianceSchema,
  createLoaders,
  consumers: [recordAuditEntryWhenEventOccurs],
};
