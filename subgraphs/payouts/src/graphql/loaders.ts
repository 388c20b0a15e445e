import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { SubgraphContext } from '@guildhall/kernel';
import { PayoutAccountRecord } from '../entities/payout-account.entity.js';

export function createLoaders(em: EntityManager) {
  return {
    payoutAccountByOrganizationId: new DataLoader<string, PayoutAccountRecord | null>(async (ids) => {
      const rows = await em.find(PayoutAccountRecord, { organizationId: { $in: [...ids] } });
      const byOrg = new Map(rows.map((row) => [row.organizationId, row]));
      return ids.map((id) => byOrg.get(id) ?? null);
    }),
  };
}
export type PayoutsLoaders = ReturnType<typeof createLoaders>;
export type PayoutsContext = SubgraphContext<PayoutsLoaders>;
