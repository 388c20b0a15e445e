import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { PayoutAccountRecord } from '../entities/payout-account.entity.js';
import type { PayoutsContext } from './loaders.js';
import { OrganizationRef } from './organization.type.js';
import { PayoutAccount } from './payout-account.type.js';

const toPayoutAccount = (r: PayoutAccountRecord): PayoutAccount => ({
  id: r.id,
  organizationId: r.organizationId,
  provider: r.provider,
  status: r.status,
  maskedDestination: r.maskedDestination,
  createdAt: r.createdAt,
});

const loadPayoutAccount = async (organizationId: string, ctx: PayoutsContext) => {
  const record = await ctx.loaders.payoutAccountByOrganizationId.load(organizationId);
  return record ? toPayoutAccount(record) : null;
};

@Resolver()
export class PayoutAccountQueryResolver {
  @Query(() => PayoutAccount, { nullable: true, description: "An org's payout account; null until one is linked." })
  payoutAccount(@Arg('organizationId', () => ID) organizationId: string, @Ctx() ctx: PayoutsContext): Promise<PayoutAccount | null> {
    return loadPayoutAccount(organizationId, ctx);
  }
}

@Resolver(() => OrganizationRef)
export class OrganizationPayoutResolver {
  @FieldResolver(() => PayoutAccount, { nullable: true, description: 'OWNER, MAINTAINER and BILLING_ADMIN; null until one is linked.' })
  payoutAccount(@Root() organization: OrganizationRef, @Ctx() ctx: PayoutsContext): Promise<PayoutAccount | null> {
    return loadPayoutAccount(organization.id, ctx);
  }
}
