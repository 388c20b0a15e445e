import { Arg, Ctx, Directive, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { ProviderName } from '../domain/purchase.js';
import { ingestProviderEvent } from '../usecases/provider-events.js';
import { PaymentProviderEnum } from './billing-enums.js';
import type { BillingContext } from './loaders.js';

@InputType()
@Directive('@inaccessible')
class ProviderEventInput {
  @Field(() => PaymentProviderEnum) provider!: ProviderName;
  @Field(() => String) eventId!: string;
  @Field(() => String) type!: string;
  @Field(() => String, { description: 'The raw webhook body, verified by the gateway.' }) payload!: string;
}

@ObjectType()
@Directive('@inaccessible')
class ProviderEventReceipt {
  @Field(() => Boolean) duplicate!: boolean;
  @Field(() => String) outcome!: string;
}

/** The gateway hands over provider webhooks it verified; nobody else may call this. */
@Resolver()
export class ProviderEventResolver {
  @Mutation(() => ProviderEventReceipt, { description: 'Internal: the gateway delivers a verified payment-provider webhook.' })
  @Directive('@inaccessible')
  async ingestProviderEvent(@Arg('input', () => ProviderEventInput) input: ProviderEventInput, @Ctx() ctx: BillingContext): Promise<ProviderEventReceipt> {
    return ingestProviderEvent(ctx.em, ctx, ctx.services, input);
  }
}
