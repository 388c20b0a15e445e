import { buildFederatedSchema } from '@guildhall/kernel';
import { OrganizationRef } from './organization.type.js';
import { OrganizationPayoutResolver, PayoutAccountQueryResolver } from './payout-account.resolver.js';
import { permissions } from './permissions.js';

export const buildPayoutsSchema = () =>
  buildFederatedSchema({
    resolvers: [PayoutAccountQueryResolver, OrganizationPayoutResolver],
    orphanedTypes: [OrganizationRef],
    permissions,
    references: { Organization: ((reference: { id: string }) => ({ id: reference.id })) as never },
  });
