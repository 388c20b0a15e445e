import { Arg, Ctx, Directive, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import { completeSamlLogin } from '../usecases/saml-login.js';
import { beginSsoLogin, completeSsoLogin } from '../usecases/sso-login.js';
import type { IdentityContext } from './loaders.js';

@ObjectType({ description: 'Internal: a completed SSO sign-in; the session token goes only to the gateway, which sets the cookie.' })
@Directive('@inaccessible')
export class SsoLoginResult {
  @Field(() => String) sessionToken!: string;
  @Field(() => Date) expiresAt!: Date;
  @Field(() => String) returnTo!: string;
}

/** Internal: the gateway's /auth/sso routes drive OIDC and SAML sign-in through these. */
@Resolver()
export class SsoLoginResolver {
  @Mutation(() => String, { description: 'Internal: starts an OIDC or SAML sign-in and returns the IdP URL to redirect to.' })
  @Directive('@inaccessible')
  async beginSsoLogin(
    @Arg('connectionId', () => ID) connectionId: string,
    @Arg('redirectUri', () => String) redirectUri: string,
    @Arg('returnTo', () => String, { nullable: true }) returnTo: string | null,
    @Arg('publicUrl', () => String, { nullable: true, description: 'The gateway’s public base URL; SAML needs it for its entity id and ACS.' }) publicUrl: string | null,
    @Ctx() ctx: IdentityContext,
  ): Promise<string> {
    return beginSsoLogin(ctx, { connectionId, redirectUri, returnTo, publicUrl });
  }

  @Mutation(() => SsoLoginResult, { description: 'Internal: completes an OIDC sign-in from the IdP callback URL and issues a session.' })
  @Directive('@inaccessible')
  async completeSsoLogin(@Arg('callbackUrl', () => String) callbackUrl: string, @Ctx() ctx: IdentityContext): Promise<SsoLoginResult> {
    return completeSsoLogin(ctx, callbackUrl);
  }

  @Mutation(() => SsoLoginResult, { description: 'Internal: completes a SAML sign-in from the SAMLResponse the IdP posted to the ACS and issues a session.' })
  @Directive('@inaccessible')
  async completeSamlLogin(
    @Arg('connectionId', () => ID) connectionId: string,
    @Arg('samlResponse', () => String) samlResponse: string,
    @Arg('relayState', () => String, { nullable: true }) relayState: string | null,
    @Arg('publicUrl', () => String) publicUrl: string,
    @Ctx() ctx: IdentityContext,
  ): Promise<SsoLoginResult> {
    return completeSamlLogin(ctx, { connectionId, samlResponse, relayState, publicUrl });
  }
}
