import { Ctx, Query, Resolver } from 'type-graphql';
import { User } from './user.type.js';
import { toUser } from './user.mapper.js';
import type { IdentityContext } from './loaders.js';

@Resolver()
export class ViewerResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null.' })
  async viewer(@Ctx() ctx: IdentityContext): Promise<User | null> {
    if (ctx.principal.kind !== 'user') return null;
    const record = await ctx.loaders.userById.load(ctx.principal.userId);
    return record ? toUser(record) : null;
  }
}
