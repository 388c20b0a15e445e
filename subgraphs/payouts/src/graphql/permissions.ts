import { allow, type IRules } from '@guildhall/kernel';
import { payoutAccountPermissions } from './payout-account.resolver.js';
import { payoutBatchPermissions } from './payout-batch.resolver.js';
import { providerEventPermissions } from './provider-event.resolver.js';
import { statementPermissions } from './statement.resolver.js';
import { taxProfilePermissions } from './tax-profile.resolver.js';

export const permissions: IRules = {
  ...statementPermissions, // its own types; its queries are merged into Query below
  ...taxProfilePermissions, // likewise, with its mutation merged into Mutation
  ...payoutAccountPermissions, // payout accounts: its types; its fields merged below
  ...providerEventPermissions,
  ...payoutBatchPermissions,
  Query: {
    ...payoutBatchPermissions.Query,
    ...statementPermissions.Query,
    ...taxProfilePermissions.Query,
    ...payoutAccountPermissions.Query,
  },
  Mutation: {
    ...payoutBatchPermissions.Mutation,
    ...taxProfilePermissions.Mutation,
    ...payoutAccountPermissions.Mutation,
    ...providerEventPermissions.Mutation,
  },
  Organization: {
    id: allow,
    ...payoutAccountPermissions.Organization,
  },
};
