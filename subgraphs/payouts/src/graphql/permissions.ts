import { allow, orgCapability, type IRules } from '@guildhall/kernel';

export const permissions: IRules = {
  Query: {
    payoutAccount: orgCapability('payouts.read', (_p, args: { organizationId: string }) => args.organizationId),
  },
  Organization: {
    id: allow,
    payoutAccount: orgCapability('payouts.read', (org: { id: string }) => org.id),
  },
  PayoutAccount: orgCapability('payouts.read', (account: { organizationId: string }) => account.organizationId),
};
