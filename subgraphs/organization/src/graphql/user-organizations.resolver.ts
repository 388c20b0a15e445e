import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { OrganizationContext } from './loaders.js';
import { toOrganization } from './mappers.js';
import { activeOrganizationsOf } from './membership.queries.js';
import { Organization } from './organization.type.js';
import { UserRef } from './user.type.js';

@Resolver(() => UserRef)
export class UserOrganizationsResolver {
  @FieldResolver(() => [Organization], { description: 'Organizations where this user is an ACTIVE member (visible to the user only).' })
  async organizations(@Root() user: UserRef, @Ctx() ctx: OrganizationContext): Promise<Organization[]> {
    return (await activeOrganizationsOf(ctx.em, user.id)).map(toOrganization);
  }
}
