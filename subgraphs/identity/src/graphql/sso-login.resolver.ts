import { Arg, Ctx, Directive, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import { beginSsoLogin, completeSsoLogin } from '../usecases/sso-login.js';
import type { IdentityContext } from './loaders.js';

@ObjectType({ description: 'Internal: a completed OIDC sign-in; the session token goes only to the gateway, which sets the cookie.' })
@Directive('@inaccessible')
export class SsoLoginResult {
  @Field(() => String) sessionToken!: string;
  @Field(() => Date) expiresAt!: Date;
  @Field(() => String) returnTo!: string;
}

/** Internal: the gateway's /auth/sso routes drive OIDC sign-in through these. */
@Resolver()
export class SsoLoginResolver {
  @Mutation(() => String, { description: 'Internal: starts an OIDC sign-in and returns the IdP authorization URL.' })
  @Directive('@inaccessible')
  async beginSsoLogin(
    @Arg('connectionId', () => ID) connectionId: string,
    @Arg('redirectUri', () => String) redirectUri: string,
    @Arg('returnTo', () => String, { nullable: true }) returnTo: string | null,
    @Ctx() ctx: IdentityContext,
  ): Promise<string> {
    return beginSsoLogin(ctx, { connectionId, redirectUri, returnTo });
  }

  @Mutation(() => SsoLoginResult, { description: 'Internal: completes an OIDC sign-in from the IdP callback URL and issues a session.' })
  @Directive('@inaccessible')
  async completeSsoLogin(@Arg('callbackUrl', () => String) callbackUrl: string, @Ctx() ctx: IdentityContext): Promise<SsoLoginResult> {
    return completeSsoLogin(ctx, callbackUrl);
  }
}
