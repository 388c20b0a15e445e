import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { BillingAccountRecord } from '../entities/billing-account.entity.js';
import { BillingAccount } from './billing-account.type.js';
import type { BillingContext } from './loaders.js';
import { OrganizationRef } from './organization.type.js';

const toBillingAccount = (r: BillingAccountRecord): BillingAccount => ({
  id: r.id,
  organizationId: r.organizationId,
  mode: r.mode,
  fundingMode: r.fundingMode,
  currency: r.currency.trim(),
  createdAt: r.createdAt,
});

const loadBillingAccount = async (organizationId: string, ctx: BillingContext) => {
  const record = await ctx.loaders.billingAccountByOrganizationId.load(organizationId);
  return record ? toBillingAccount(record) : null;
};

@Resolver()
export class BillingAccountQueryResolver {
  @Query(() => BillingAccount, { nullable: true, description: "An org's billing account (finance roles); null until it is opened." })
  billingAccount(@Arg('organizationId', () => ID) organizationId: string, @Ctx() ctx: BillingContext): Promise<BillingAccount | null> {
    return loadBillingAccount(organizationId, ctx);
  }
}

@Resolver(() => OrganizationRef)
export class OrganizationBillingResolver {
  @FieldResolver(() => BillingAccount, { nullable: true, description: 'Finance roles only; null until the account is opened.' })
  billingAccount(@Root() organization: OrganizationRef, @Ctx() ctx: BillingContext): Promise<BillingAccount | null> {
    return loadBillingAccount(organization.id, ctx);
  }
}
