import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { SubgraphContext } from '@guildhall/kernel';
import { BillingAccountRecord } from '../entities/billing-account.entity.js';

export function createLoaders(em: EntityManager) {
  return {
    billingAccountByOrganizationId: new DataLoader<string, BillingAccountRecord | null>(async (ids) => {
      const rows = await em.find(BillingAccountRecord, { organizationId: { $in: [...ids] } });
      const byOrg = new Map(rows.map((row) => [row.organizationId, row]));
      return ids.map((id) => byOrg.get(id) ?? null);
    }),
  };
}
export type BillingLoaders = ReturnType<typeof createLoaders>;
export type BillingContext = SubgraphContext<BillingLoaders>;
