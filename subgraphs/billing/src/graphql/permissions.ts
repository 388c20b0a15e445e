import { allow, orgCapability, type IRules } from '@guildhall/kernel';

const financeRead = orgCapability('billing.read', (org: { id: string }) => org.id);

export const permissions: IRules = {
  Query: {
    billingAccount: orgCapability('billing.read', (_p, args: { organizationId: string }) => args.organizationId),
  },
  Organization: {
    id: allow,
    billingAccount: financeRead,
  },
  BillingAccount: orgCapability('billing.read', (account: { organizationId: string }) => account.organizationId),
};
