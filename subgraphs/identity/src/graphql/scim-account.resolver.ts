import { Arg, Ctx, Directive, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import { UserError } from '@guildhall/kernel';
import { provisionScimAccount } from '../usecases/provision-scim-account.js';
import type { IdentityContext } from './loaders.js';

@ObjectType({ description: 'Internal: the account a SCIM-provisioned member uses.' })
@Directive('@inaccessible')
export class ScimAccountPayload {
  @Field(() => ID, { nullable: true }) userId!: string | null;
  @Field(() => Boolean) created!: boolean;
  @Field(() => [UserError]) userErrors!: UserError[];
}

/** Internal: the gateway's SCIM edge, as the org's SCIM token, before organization provisions the member. */
@Resolver()
export class ScimAccountResolver {
  @Mutation(() => ScimAccountPayload)
  @Directive('@inaccessible')
  async provisionScimAccount(@Arg('email', () => String) email: string, @Arg('name', () => String, { nullable: true }) name: string | null, @Ctx() ctx: IdentityContext): Promise<ScimAccountPayload> {
    const outcome = await provisionScimAccount(ctx, { email, name });
    return outcome.ok ? { ...outcome.value, userErrors: [] } : { userId: null, created: false, userErrors: outcome.errors };
  }
}
