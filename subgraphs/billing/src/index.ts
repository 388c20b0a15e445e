import type { SubgraphModule } from '@guildhall/kernel';
import { exportBillingSection } from './consumers/export-billing-section.js';
import { openBillingAccountWhenOrganizationCreated } from './consumers/open-billing-account-when-organization-created.js';
import { trackOrganizationStatus } from './consumers/track-organization-status.js';
import { trackBillingProfile } from './consumers/track-billing-profile.js';
import { trackCapabilities, trackMembers } from './consumers/track-members.js';
import { BillingAccountRecord } from './entities/billing-account.entity.js';
import { createLoaders, type BillingLoaders } from './graphql/loaders.js';
import { buildBillingSchema } from './graphql/schema.js';
import { billingJobs } from './jobs/billing-jobs.js';
import { invoiceJobs } from './jobs/invoice-jobs.js';
import { migrations } from './migrations/index.js';

/** Billing: accounts and modes, the ledger, checkout, card payments, refunds, disputes, purchase orders and GST invoicing. */
export const billing: SubgraphModule<BillingLoaders> = {
  name: 'billing',
  entities: [BillingAccountRecord],
  migrations,
  buildSchema: buildBillingSchema,
  createLoaders,
  consumers: [exportBillingSection, openBillingAccountWhenOrganizationCreated, trackOrganizationStatus, trackBillingProfile, trackMembers, trackCapabilities],
  jobs: [...billingJobs, ...invoiceJobs],
};
export { openBillingAccountWhenOrganizationCreated };
export { checkLedger, findLedgerFindings } from './usecases/check-ledger.js';
export { expireDuePayments, sweepUnappliedEvents } from './jobs/billing-jobs.js';
export { closeMonths, runDunning } from './jobs/invoice-jobs.js';
