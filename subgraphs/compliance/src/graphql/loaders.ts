import type { EntityManager } from '@mikro-orm/postgresql';
import { rowLoader, type SubgraphContext } from '@guildhall/kernel';
import type { AuditEntryRecord } from '../entities/audit-entry.entity.js';

export function createLoaders(em: EntityManager) {
  return {
    auditEntryById: rowLoader<AuditEntryRecord>(em, '"compliance"."audit_entry"', 'id', (entry) => entry.id),
  };
}
export type ComplianceLoaders = ReturnType<typeof createLoaders>;
export type ComplianceContext = SubgraphContext<ComplianceLoaders>;
