import { buildFederatedSchema } from '@guildhall/kernel';
import { OrganizationRef } from './organization.type.js';
import { OrganizationPayoutResolver, PayoutAccountQueryResolver } from './payout-account.resolver.js';
import { PayoutBatchResolver } from './payout-batch.resolver.js';
import { permissions } from './permissions.js';
import { PayoutProviderEventResolver } from './provider-event.resolver.js';
import { PayeeStatementResolver } from './statement.resolver.js';
import { PayeeTaxProfileResolver } from './tax-profile.resolver.js';

export const buildPayoutsSchema = () =>
  buildFederatedSchema({
    resolvers: [PayoutBatchResolver, PayoutAccountQueryResolver, OrganizationPayoutResolver, PayoutProviderEventResolver, PayeeStatementResolver, PayeeTaxProfileResolver],
    orphanedTypes: [OrganizationRef],
    permissions,
    references: { Organization: ((reference: { id: string }) => ({ id: reference.id })) as never },
  });
