import type { EntityManager } from '@mikro-orm/postgresql';
import { rowLoader, type SubgraphContext } from '@guildhall/kernel';
import type { BillingAccountRecord } from '../entities/billing-account.entity.js';

export function createLoaders(em: EntityManager) {
  return {
    billingAccountByOrganizationId: rowLoader<BillingAccountRecord>(em, '"billing"."billing_account"', 'organization_id', (a) => a.organizationId),
  };
}
export type BillingLoaders = ReturnType<typeof createLoaders>;
export type BillingContext = SubgraphContext<BillingLoaders>;
