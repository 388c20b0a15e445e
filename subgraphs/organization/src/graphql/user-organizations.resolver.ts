import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { OrganizationRecord } from '../entities/organization.entity.js';
import { MembershipRecord } from '../entities/membership.entity.js';
import type { OrganizationContext } from './loaders.js';
import { toOrganization } from './mappers.js';
import { Organization } from './organization.type.js';
import { UserRef } from './user.type.js';

@Resolver(() => UserRef)
export class UserOrganizationsResolver {
  @FieldResolver(() => [Organization], { description: 'Organizations where this user is an ACTIVE member (visible to the user only).' })
  async organizations(@Root() user: UserRef, @Ctx() ctx: OrganizationContext): Promise<Organization[]> {
    const memberships = await ctx.em.find(MembershipRecord, { userId: user.id, status: 'ACTIVE' });
    if (!memberships.length) return [];
    const orgs = await ctx.em.find(
      OrganizationRecord,
      { id: { $in: memberships.map((m) => m.organizationId) }, status: { $ne: 'DEACTIVATED' } },
      { orderBy: { name: 'asc' } },
    );
    return orgs.map(toOrganization);
  }
}
