import { Arg, Ctx, Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { authenticateCredential } from '../usecases/authenticate-credential.js';
import type { IdentityContext } from './loaders.js';

@ObjectType({ description: 'Internal: what the gateway learns about an API key or SCIM token.' })
@Directive('@inaccessible')
export class CredentialPrincipal {
  @Field(() => ID) credentialId!: string;
  @Field(() => ID) organizationId!: string;
  @Field(() => String) kind!: string;
  @Field(() => [String]) scopes!: string[];
}

@Resolver()
export class CredentialPrincipalResolver {
  @Query(() => CredentialPrincipal, { nullable: true })
  @Directive('@inaccessible')
  async credentialPrincipal(@Arg('secret', () => String) secret: string, @Ctx() ctx: IdentityContext): Promise<CredentialPrincipal | null> {
    return authenticateCredential(ctx.em, secret);
  }
}
