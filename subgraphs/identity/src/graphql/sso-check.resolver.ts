import { Arg, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { ssoForEmail } from '../usecases/sso-policy.js';
import type { IdentityContext } from './loaders.js';

@ObjectType({ description: 'Whether single sign-on applies to an email, for the sign-in page.' })
export class SsoCheck {
  @Field(() => Boolean) ssoAvailable!: boolean;
  @Field(() => Boolean, { description: 'Password sign-in is refused for this email.' }) enforced!: boolean;
  @Field(() => String, { nullable: true, description: 'Where the gateway starts it: GET <gateway>/auth/sso/<connection>/start?returnTo=/path.' })
  startPath!: string | null;
}

@Resolver()
export class SsoCheckResolver {
  @Query(() => SsoCheck, { description: 'Public: does an org that verified this email’s domain sign its people in with SSO?' })
  async ssoCheck(@Arg('email', () => String) email: string, @Ctx() ctx: IdentityContext): Promise<SsoCheck> {
    const sso = email.length <= 254 ? await ssoForEmail(ctx.em, email) : null;
    return sso ? { ssoAvailable: true, enforced: sso.enforced, startPath: `/auth/sso/${sso.connectionId}/start` } : { ssoAvailable: false, enforced: false, startPath: null };
  }
}
