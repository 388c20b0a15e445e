import type { EntityManager } from '@mikro-orm/postgresql';
import { rowLoader, type SubgraphContext } from '@guildhall/kernel';
import type { PayoutAccountRecord } from '../entities/payout-account.entity.js';

export function createLoaders(em: EntityManager) {
  return {
    payoutAccountByOrganizationId: rowLoader<PayoutAccountRecord>(em, '"payouts"."payout_account"', 'organization_id', (a) => a.organizationId),
  };
}
export type PayoutsLoaders = ReturnType<typeof createLoaders>;
export type PayoutsContext = SubgraphContext<PayoutsLoaders>;
