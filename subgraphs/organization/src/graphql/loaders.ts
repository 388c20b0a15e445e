import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { SubgraphContext } from '@guildhall/kernel';
import { OrganizationRecord } from '../entities/organization.entity.js';

export function createLoaders(em: EntityManager) {
  return {
    organizationById: new DataLoader<string, OrganizationRecord | null>(async (ids) => {
      const rows = await em.find(OrganizationRecord, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
export type OrganizationLoaders = ReturnType<typeof createLoaders>;
export type OrganizationContext = SubgraphContext<OrganizationLoaders>;
