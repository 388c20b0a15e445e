import type { EntityManager } from '@mikro-orm/postgresql';
import { rowLoader, type SubgraphContext } from '@guildhall/kernel';
import { toBillingAccountRow, type BillingAccountRow } from '../usecases/billing-account-store.js';

export function createLoaders(em: EntityManager) {
  const accounts = rowLoader<BillingAccountRow>(em, '"billing"."billing_account"', 'organization_id', (a) => a.organizationId);
  return {
    billingAccountByOrganizationId: {
      load: async (organizationId: string) => {
        const row = await accounts.load(organizationId);
        return row ? toBillingAccountRow(row) : null;
      },
    },
  };
}
export type BillingLoaders = ReturnType<typeof createLoaders>;
export type BillingContext = SubgraphContext<BillingLoaders>;
