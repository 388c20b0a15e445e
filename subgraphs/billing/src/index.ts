import type { SubgraphModule } from '@guildhall/kernel';
import { openBillingAccountWhenOrganizationCreated } from './consumers/open-billing-account-when-organization-created.js';
import { trackOrganizationStatus } from './consumers/track-organization-status.js';
import { BillingAccountRecord } from './entities/billing-account.entity.js';
import { createLoaders, type BillingLoaders } from './graphql/loaders.js';
import { buildBillingSchema } from './graphql/schema.js';
import { billingJobs } from './jobs/billing-jobs.js';
import { migrations } from './migrations/index.js';

/** Billing: accounts and modes, the ledger, checkout, card payments, refunds, disputes and purchase orders. */
export const billing: SubgraphModule<BillingLoaders> = {
  name: 'billing',
  entities: [BillingAccountRecord],
  migrations,
  buildSchema: buildBillingSchema,
  createLoaders,
  consumers: [openBillingAccountWhenOrganizationCreated, trackOrganizationStatus],
  jobs: billingJobs,
};
export { openBillingAccountWhenOrganizationCreated };
export { checkLedger, findLedgerFindings } from './usecases/check-ledger.js';
export { expireDuePayments, sweepUnappliedEvents } from './jobs/billing-jobs.js';
