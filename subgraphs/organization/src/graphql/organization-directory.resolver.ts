import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { badCursor, decodeCursor, encodeCursor, hasOrgAccess, PageInfo, pageSize, selectRows } from '@guildhall/kernel';
import type { OrganizationRecord } from '../entities/organization.entity.js';
import type { OrganizationContext } from './loaders.js';
import { toOrganization } from './mappers.js';
import { Organization, PublicOrganization } from './organization.type.js';

@ObjectType()
class PublicOrganizationConnection {
  @Field(() => [PublicOrganization]) nodes!: PublicOrganization[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@Resolver(() => Organization)
export class OrganizationDirectoryResolver {
  @Query(() => PublicOrganizationConnection, { description: 'Public: ACTIVE organizations by name, with public fields only.' })
  async organizationDirectory(
    @Ctx() ctx: OrganizationContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('search', () => String, { nullable: true }) search?: string,
  ): Promise<PublicOrganizationConnection> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, 2);
    if (after && !cursor) throw badCursor('after');
    const term = search?.trim() ? `%${search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    const rows = await selectRows<OrganizationRecord>(
      ctx.em,
      `select id, name, slug, logo_url, can_host from "organization"."organization" where status = 'ACTIVE'
        ${term ? `and name ilike ? escape '\\'` : ''} ${cursor ? 'and (name, id) > (?, ?::uuid)' : ''}
        order by name, id limit ?`,
      [...(term ? [term] : []), ...(cursor ? [String(cursor[0]), String(cursor[1])] : []), limit + 1],
    );
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      nodes: page.map((r) => ({ id: r.id, name: r.name, slug: r.slug, logoUrl: r.logoUrl, canHost: r.canHost })),
      pageInfo: { hasNextPage: rows.length > limit, endCursor: last ? encodeCursor([last.name, last.id]) : null },
    };
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The parent org, when the caller is also a member there.' })
  async parent(@Root() organization: Organization, @Ctx() ctx: OrganizationContext): Promise<Organization | null> {
    if (!organization.parentId || !hasOrgAccess(ctx.principal, organization.parentId)) return null;
    const record = await ctx.loaders.organizationById.load(organization.parentId);
    return record ? toOrganization(record) : null;
  }
}
