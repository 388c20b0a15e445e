import { Arg, Ctx, FieldResolver, Resolver, Root, Int } from 'type-graphql';
import { pageSize } from '@guildhall/kernel';
import type { AuditCategory } from '../domain/audit-catalog.js';
import { auditLogPage } from '../usecases/audit-log-page.js';
import { AuditCategoryEnum, AuditEntryConnection } from './audit-entry.type.js';
import { toAuditEntry, visibleCategories } from './audit-entry.mapper.js';
import type { ComplianceContext } from './loaders.js';
import { OrganizationRef } from './references.type.js';

@Resolver(() => OrganizationRef)
export class OrganizationAuditLogResolver {
  @FieldResolver(() => AuditEntryConnection, { description: 'Newest first; only the categories the caller may read (money categories for finance roles). `from` is inclusive, `to` exclusive.' })
  async auditLog(
    @Root() organization: OrganizationRef,
    @Ctx() ctx: ComplianceContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('category', () => AuditCategoryEnum, { nullable: true }) category?: AuditCategory,
    @Arg('action', () => String, { nullable: true, description: 'An action of the catalog, e.g. ROLE_CHANGED.' }) action?: string,
    @Arg('actorId', () => String, { nullable: true, description: "A user's, API key's or SCIM token's id." }) actorId?: string,
    @Arg('targetType', () => String, { nullable: true }) targetType?: string,
    @Arg('targetId', () => String, { nullable: true }) targetId?: string,
    @Arg('from', () => Date, { nullable: true }) from?: Date,
    @Arg('to', () => Date, { nullable: true }) to?: Date,
  ): Promise<AuditEntryConnection> {
    const page = await auditLogPage(
      ctx.em,
      organization.id,
      visibleCategories(ctx.principal, organization.id),
      { category, action, actorId, targetType, targetId, from, to },
      after,
      pageSize(first),
    );
    return { nodes: page.rows.map(toAuditEntry), pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor } };
  }
}
