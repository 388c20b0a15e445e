import { Arg, Ctx, Directive, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { pageSize, recordEvent } from '@guildhall/kernel';
import type { AuditCategory } from '../domain/audit-catalog.js';
import { auditLogPage } from '../usecases/audit-log-page.js';
import { AuditCategoryEnum, AuditEntryConnection } from './audit-entry.type.js';
import { toAuditEntry, visibleCategories } from './audit-entry.mapper.js';
import type { ComplianceContext } from './loaders.js';

/** Rows per page of the CSV export: one page in memory at the gateway at a time. */
export const EXPORT_PAGE_MAX = 1000;

/**
 * The gateway's `GET /exports/audit-log.csv`: it calls these as the requesting user (or API key), so
 * the same rules as Organization.auditLog decide what is exported, and the export is recorded with
 * that actor and the request's origin.
 */
@Resolver()
export class AuditLogExportResolver {
  @Query(() => AuditEntryConnection, { description: 'Internal: one page of the audit log CSV export (up to 1000 rows), the caller\'s visible categories only.' })
  @Directive('@inaccessible')
  async auditLogExportPage(
    @Ctx() ctx: ComplianceContext,
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('category', () => AuditCategoryEnum, { nullable: true }) category?: AuditCategory,
    @Arg('action', () => String, { nullable: true }) action?: string,
    @Arg('actorId', () => String, { nullable: true }) actorId?: string,
    @Arg('targetType', () => String, { nullable: true }) targetType?: string,
    @Arg('targetId', () => String, { nullable: true }) targetId?: string,
    @Arg('from', () => Date, { nullable: true }) from?: Date,
    @Arg('to', () => Date, { nullable: true }) to?: Date,
  ): Promise<AuditEntryConnection> {
    // the same filters as Organization.auditLog, so an export is exactly the filtered view
    const filters = { category, action, actorId, targetType, targetId, from, to };
    const page = await auditLogPage(ctx.em, organizationId, visibleCategories(ctx.principal, organizationId), filters, after, pageSize(first, EXPORT_PAGE_MAX, EXPORT_PAGE_MAX));
    return { nodes: page.rows.map(toAuditEntry), pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor } };
  }

  @Mutation(() => Boolean, { description: 'Internal: records that the caller exported the audit log (compliance.audit-log.exported).' })
  @Directive('@inaccessible')
  async recordAuditLogExport(@Ctx() ctx: ComplianceContext, @Arg('organizationId', () => ID) organizationId: string, @Arg('rows', () => Int) rows: number): Promise<boolean> {
    recordEvent(ctx.em, ctx, { type: 'compliance.audit-log.exported', organizationId, aggregateId: organizationId, payload: { organizationId, rows: Math.max(0, rows) } });
    await ctx.em.flush();
    return true;
  }
}
