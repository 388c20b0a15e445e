import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { badCursor, decodeCursor, encodeCursor, membershipIn, pageSize } from '@guildhall/kernel';
import { MembershipRecord } from '../entities/membership.entity.js';
import type { OrganizationContext } from './loaders.js';
import { toMembership } from './mappers.js';
import { Membership, MembershipConnection } from './membership.type.js';
import { Organization } from './organization.type.js';

@Resolver(() => Organization)
export class OrganizationMembersResolver {
  @FieldResolver(() => MembershipConnection, { description: 'Members in the order they joined; keyset-paginated.' })
  async members(
    @Root() organization: Organization,
    @Ctx() ctx: OrganizationContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<MembershipConnection> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, 2);
    if (after && !cursor) throw badCursor('after');
    const where = {
      organizationId: organization.id,
      ...(cursor ? { $or: [{ createdAt: { $gt: new Date(cursor[0]!) } }, { createdAt: new Date(cursor[0]!), id: { $gt: String(cursor[1]) } }] } : {}),
    };
    const [rows, totalCount] = await Promise.all([
      ctx.em.find(MembershipRecord, where, { orderBy: { createdAt: 'asc', id: 'asc' }, limit: limit + 1 }),
      ctx.em.count(MembershipRecord, { organizationId: organization.id }),
    ]);
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      nodes: page.map(toMembership),
      pageInfo: { hasNextPage: rows.length > limit, endCursor: last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null },
      totalCount,
    };
  }

  @FieldResolver(() => Membership, { nullable: true, description: "The caller's own membership here." })
  async viewerMembership(@Root() organization: Organization, @Ctx() ctx: OrganizationContext): Promise<Membership | null> {
    if (!membershipIn(ctx.principal, organization.id)) return null;
    const record = await ctx.em.findOne(MembershipRecord, { organizationId: organization.id, userId: ctx.principal.kind === 'user' ? ctx.principal.userId : '' });
    return record ? toMembership(record) : null;
  }
}
