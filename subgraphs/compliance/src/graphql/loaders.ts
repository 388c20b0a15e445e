import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { SubgraphContext } from '@guildhall/kernel';
import { AuditEntryRecord } from '../entities/audit-entry.entity.js';

export function createLoaders(em: EntityManager) {
  return {
    auditEntryById: new DataLoader<string, AuditEntryRecord | null>(async (ids) => {
      const rows = await em.find(AuditEntryRecord, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
export type ComplianceLoaders = ReturnType<typeof createLoaders>;
export type ComplianceContext = SubgraphContext<ComplianceLoaders>;
