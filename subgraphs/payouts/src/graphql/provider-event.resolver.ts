import { Arg, Ctx, Directive, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { IRule } from 'graphql-shield';
import { isGatewayService } from '@guildhall/kernel';
import type { PayoutProvider } from '../domain/payout-account.js';
import { ingestPayoutProviderEvent } from '../usecases/provider-events.js';
import type { PayoutsContext } from './loaders.js';
import { PayoutProviderEnum } from './payout-account.type.js';

@InputType()
@Directive('@inaccessible')
class PayoutProviderEventInput {
  @Field(() => PayoutProviderEnum) provider!: PayoutProvider;
  @Field(() => String) eventId!: string;
  @Field(() => String) type!: string;
  @Field(() => String, { description: 'The raw webhook body, verified by the gateway.' }) payload!: string;
}

@ObjectType()
@Directive('@inaccessible')
class PayoutProviderEventReceipt {
  @Field(() => Boolean) duplicate!: boolean;
  @Field(() => String) outcome!: string;
}

/** The gateway hands over payout provider webhooks it verified; nobody else may call this. */
@Resolver()
export class PayoutProviderEventResolver {
  @Mutation(() => PayoutProviderEventReceipt, { description: 'Internal: the gateway delivers a verified payout-provider webhook (RazorpayX, Stripe Connect).' })
  @Directive('@inaccessible')
  async ingestPayoutProviderEvent(@Arg('input', () => PayoutProviderEventInput) input: PayoutProviderEventInput, @Ctx() ctx: PayoutsContext): Promise<PayoutProviderEventReceipt> {
    return ingestPayoutProviderEvent(ctx.em, ctx, input);
  }
}

export const providerEventPermissions: { Mutation: Record<string, IRule>; [type: string]: IRule | Record<string, IRule> } = {
  Mutation: { ingestPayoutProviderEvent: isGatewayService },
  PayoutProviderEventReceipt: isGatewayService,
};
