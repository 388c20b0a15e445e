import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Membership } from './membership.type.js';
import { Organization } from './organization.type.js';
import { UserRef } from './user.type.js';
import type { OrganizationContext } from './loaders.js';
import { toOrganization } from './mappers.js';

@Resolver(() => Membership)
export class MembershipFieldsResolver {
  @FieldResolver(() => UserRef, { description: 'Resolved by identity.' })
  user(@Root() membership: Membership): UserRef {
    return { id: membership.userId };
  }

  @FieldResolver(() => String, { nullable: true, description: "The member's email, for those who may see the member list." })
  async email(@Root() membership: Membership, @Ctx() ctx: OrganizationContext): Promise<string | null> {
    return (await ctx.loaders.directoryEntryByUserId.load(membership.userId))?.email ?? null;
  }

  @FieldResolver(() => Organization)
  async organization(@Root() membership: Membership, @Ctx() ctx: OrganizationContext): Promise<Organization> {
    const record = await ctx.loaders.organizationById.load(membership.organizationId);
    return toOrganization(record!);
  }
}
