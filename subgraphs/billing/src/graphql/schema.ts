import { buildFederatedSchema } from '@guildhall/kernel';
import { BillingAccountQueryResolver, OrganizationBillingResolver } from './billing-account.resolver.js';
import { OrganizationRef } from './organization.type.js';
import { permissions } from './permissions.js';

export const buildBillingSchema = () =>
  buildFederatedSchema({
    resolvers: [BillingAccountQueryResolver, OrganizationBillingResolver],
    orphanedTypes: [OrganizationRef],
    permissions,
    // the field rules on Organization.billingAccount decide access; the reference itself carries only the id
    references: { Organization: ((reference: { id: string }) => ({ id: reference.id })) as never },
  });
