import type { SubgraphModule } from '@guildhall/kernel';
import { openBillingAccountWhenOrganizationCreated } from './consumers/open-billing-account-when-organization-created.js';
import { BillingAccountRecord } from './entities/billing-account.entity.js';
import { createLoaders, type BillingLoaders } from './graphql/loaders.js';
import { buildBillingSchema } from './graphql/schema.js';
import { migrations } from './migrations/index.js';

/** Billing: billing accounts now; ledger, checkout, payments, refunds and POs as they land. */
export const billing: SubgraphModule<BillingLoaders> = {
  name: 'billing',
  entities: [BillingAccountRecord],
  migrations,
  buildSchema: buildBillingSchema,
  createLoaders,
  consumers: [openBillingAccountWhenOrganizationCreated],
};
export { openBillingAccountWhenOrganizationCreated };
