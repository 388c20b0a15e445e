import { Arg, Ctx, Field, InputType, Mutation, Resolver } from 'type-graphql';
import { encodeSessionHandoff, SESSION_HANDOFF_HEADER, type Outcome } from '@guildhall/kernel';
import type { SignedIn } from '../usecases/issue-session.js';
import { signIn } from '../usecases/sign-in.js';
import { signOut } from '../usecases/sign-out.js';
import { signUp } from '../usecases/sign-up.js';
import { AuthPayload, SignOutPayload } from './auth-payload.type.js';
import type { IdentityContext } from './loaders.js';
import { toUser } from './user.mapper.js';

@InputType()
class SignUpInput {
  @Field(() => String) email!: string;
  @Field(() => String) password!: string;
  @Field(() => String) name!: string;
  @Field(() => Boolean, { defaultValue: false, description: 'Also return the session token in the payload (for bearer clients).' })
  deliverToken!: boolean;
}

@InputType()
class SignInInput {
  @Field(() => String) email!: string;
  @Field(() => String) password!: string;
  @Field(() => Boolean, { defaultValue: false, description: 'Also return the session token in the payload (for bearer clients).' })
  deliverToken!: boolean;
}

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload)
  async signUp(@Arg('input', () => SignUpInput) input: SignUpInput, @Ctx() ctx: IdentityContext): Promise<AuthPayload> {
    return toAuthPayload(await signUp(ctx, input), input.deliverToken, ctx);
  }

  @Mutation(() => AuthPayload)
  async signIn(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() ctx: IdentityContext): Promise<AuthPayload> {
    return toAuthPayload(await signIn(ctx, input), input.deliverToken, ctx);
  }

  @Mutation(() => SignOutPayload, { description: 'Ends the current session, or every session of the caller.' })
  async signOut(@Arg('everywhere', () => Boolean, { defaultValue: false }) everywhere: boolean, @Ctx() ctx: IdentityContext): Promise<SignOutPayload> {
    const revokedSessions = await signOut(ctx, everywhere ? 'everywhere' : 'current');
    ctx.setResponseHeader(SESSION_HANDOFF_HEADER, encodeSessionHandoff({ action: 'clear' }));
    return { revokedSessions, userErrors: [] };
  }
}

function toAuthPayload(outcome: Outcome<SignedIn>, deliverToken: boolean, ctx: IdentityContext): AuthPayload {
  if (!outcome.ok) return { user: null, sessionToken: null, expiresAt: null, userErrors: outcome.errors };
  const { user, token, expiresAt, sessionId } = outcome.value;
  // the rest of this request sees the caller as the user who just signed in (the payload shows their own fields)
  ctx.principal = { kind: 'user', userId: user.id, email: user.email, sessionId, platformAdmin: user.platformAdmin, memberships: {} };
  ctx.setResponseHeader(SESSION_HANDOFF_HEADER, encodeSessionHandoff({ action: 'set', token, expiresAt: expiresAt.toISOString() }));
  return { user: toUser(user), sessionToken: deliverToken ? token : null, expiresAt, userErrors: [] };
}
