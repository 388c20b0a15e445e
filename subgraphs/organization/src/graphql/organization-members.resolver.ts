import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { badCursor, decodeCursor, encodeCursor, membershipIn, MemberStatusEnum, pageSize, RoleEnum, type MemberStatus, type Role } from '@guildhall/kernel';
import type { OrganizationContext } from './loaders.js';
import { toMembership } from './mappers.js';
import { membershipOf, pageOfMembers } from './membership.queries.js';
import { Membership, MembershipConnection } from './membership.type.js';
import { Organization } from './organization.type.js';

@Resolver(() => Organization)
export class OrganizationMembersResolver {
  @FieldResolver(() => MembershipConnection, { description: 'Members in the order they joined, filtered by role, status or email; keyset-paginated.' })
  async members(
    @Root() organization: Organization,
    @Ctx() ctx: OrganizationContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('role', () => RoleEnum, { nullable: true }) role?: Role,
    @Arg('status', () => MemberStatusEnum, { nullable: true }) status?: MemberStatus,
    @Arg('search', () => String, { nullable: true, description: 'Part of the member’s email.' }) search?: string,
  ): Promise<MembershipConnection> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, 2);
    if (after && !cursor) throw badCursor('after');
    const { rows, totalCount } = await pageOfMembers(ctx.em, organization.id, { role, status, search }, limit, cursor ? [String(cursor[0]), String(cursor[1])] : null);
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
    if (ctx.principal.kind !== 'user' || !membershipIn(ctx.principal, organization.id)) return null;
    const record = await membershipOf(ctx.em, organization.id, ctx.principal.userId);
    return record ? toMembership(record) : null;
  }
}
