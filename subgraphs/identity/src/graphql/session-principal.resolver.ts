import { Arg, Ctx, Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { authenticateSession } from '../usecases/authenticate-session.js';
import type { IdentityContext } from './loaders.js';

@ObjectType({ description: 'Internal: what the gateway learns about a session token.' })
@Directive('@inaccessible')
export class SessionPrincipal {
  @Field(() => ID) userId!: string;
  @Field(() => String) email!: string;
  @Field(() => ID) sessionId!: string;
  @Field(() => Boolean) platformAdmin!: boolean;
  @Field(() => Date) expiresAt!: Date;
}

@Resolver()
export class SessionPrincipalResolver {
  @Query(() => SessionPrincipal, { nullable: true })
  @Directive('@inaccessible')
  async sessionPrincipal(@Arg('token', () => String) token: string, @Ctx() ctx: IdentityContext): Promise<SessionPrincipal | null> {
    return authenticateSession(ctx.em, token);
  }
}
