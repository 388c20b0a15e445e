import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { badCursor, decodeCursor, encodeCursor, pageSize } from '@guildhall/kernel';
import type { InvitationStatus } from '../domain/invitation.js';
import { toInvitation } from './invitation.mapper.js';
import { pageOfInvitations } from './invitation.queries.js';
import { InvitationConnection, InvitationStatusEnum } from './invitation.type.js';
import type { OrganizationContext } from './loaders.js';
import { Organization } from './organization.type.js';

@Resolver(() => Organization)
export class InvitationListResolver {
  @FieldResolver(() => InvitationConnection, { description: 'Invitations, newest first, optionally by status; keyset-paginated. Governance only.' })
  async invitations(
    @Root() organization: Organization,
    @Ctx() ctx: OrganizationContext,
    @Arg('status', () => InvitationStatusEnum, { nullable: true }) status?: InvitationStatus,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<InvitationConnection> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, 2);
    if (after && !cursor) throw badCursor('after');
    const { rows, totalCount } = await pageOfInvitations(ctx.em, organization.id, status, limit, cursor ? [String(cursor[0]), String(cursor[1])] : null);
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      nodes: page.map(toInvitation),
      pageInfo: { hasNextPage: rows.length > limit, endCursor: last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null },
      totalCount,
    };
  }
}
