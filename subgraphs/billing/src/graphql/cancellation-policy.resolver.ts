import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { UserError } from '@guildhall/kernel';
import type { CancellationPolicy as Policy } from '../domain/cancellation-policy.js';
import { currentPolicyOf, setCancellationPolicy } from '../usecases/cancellation-policies.js';
import { BillingAccount } from './billing-account.type.js';
import type { BillingContext } from './loaders.js';

@ObjectType()
@InputType('RefundTierInput')
class RefundTier {
  @Field(() => Int, { description: 'The tier applies when cancelled at least this many hours before the start.' }) minHoursBefore!: number;
  @Field(() => Int, { description: 'Share refunded, in basis points (10000 = 100%).' }) refundBps!: number;
}

@ObjectType({ description: 'How much a cancelled purchase refunds. Each purchase keeps the version in force when it was bought.' })
class CancellationPolicy {
  @Field(() => Int) version!: number;
  @Field(() => [RefundTier]) tiers!: RefundTier[];
  @Field(() => Int, { description: 'Refunded when the expert cancels.' }) expertCancelledBps!: number;
}

@InputType()
class SetCancellationPolicyInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => [RefundTier], { description: '1–6 tiers, hours decreasing to a last tier at 0.' }) tiers!: RefundTier[];
  @Field(() => Int, { nullable: true, description: 'Default 10000 (a full refund).' }) expertCancelledBps?: number | null;
}

@ObjectType()
class CancellationPolicyPayload {
  @Field(() => CancellationPolicy, { nullable: true }) cancellationPolicy!: Policy | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@Resolver(() => BillingAccount)
export class CancellationPolicyResolver {
  @FieldResolver(() => CancellationPolicy, { description: 'The policy purchases through this org get now (version 1 is the platform default).' })
  cancellationPolicy(@Root() account: BillingAccount, @Ctx() ctx: BillingContext): Promise<Policy> {
    return currentPolicyOf(ctx.em, account.organizationId);
  }

  @Mutation(() => CancellationPolicyPayload, { description: 'OWNER or BILLING_ADMIN: a new version of the org\'s cancellation policy.' })
  async setCancellationPolicy(@Arg('input', () => SetCancellationPolicyInput) input: SetCancellationPolicyInput, @Ctx() ctx: BillingContext): Promise<CancellationPolicyPayload> {
    const outcome = await setCancellationPolicy(ctx, { organizationId: input.organizationId, tiers: input.tiers, expertCancelledBps: input.expertCancelledBps ?? 10_000 });
    return outcome.ok ? { cancellationPolicy: outcome.value, userErrors: [] } : { cancellationPolicy: null, userErrors: outcome.errors };
  }
}
