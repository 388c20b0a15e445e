import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { badCursor, decodeCursor, encodeCursor, PageInfo, pageSize, selectRows } from '@guildhall/kernel';
import type { OrganizationStatus } from '../domain/organization-status.js';
import type { OrganizationRecord } from '../entities/organization.entity.js';
import type { OrganizationContext } from './loaders.js';
import { toOrganization } from './mappers.js';
import { Organization, OrganizationStatusEnum } from './organization.type.js';

@ObjectType()
class PlatformOrganizationConnection {
  @Field(() => [Organization]) nodes!: Organization[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@Resolver()
export class OrganizationsByStatusResolver {
  @Query(() => PlatformOrganizationConnection, {
    description: 'Platform administrators: organizations in a status, oldest first — the verification queue is PENDING_VERIFICATION.',
  })
  async organizationsByStatus(
    @Ctx() ctx: OrganizationContext,
    @Arg('status', () => OrganizationStatusEnum) status: OrganizationStatus,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<PlatformOrganizationConnection> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, 2);
    if (after && !cursor) throw badCursor('after');
    const rows = await selectRows<OrganizationRecord>(
      ctx.em,
      `select * from "organization"."organization" where status = ?
        ${cursor ? 'and (created_at, id) > (?::timestamptz, ?::uuid)' : ''}
        order by created_at, id limit ?`,
      [status, ...(cursor ? [String(cursor[0]), String(cursor[1])] : []), limit + 1],
    );
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      nodes: page.map(toOrganization),
      pageInfo: { hasNextPage: rows.length > limit, endCursor: last ? encodeCursor([new Date(last.createdAt).toISOString(), last.id]) : null },
    };
  }
}
