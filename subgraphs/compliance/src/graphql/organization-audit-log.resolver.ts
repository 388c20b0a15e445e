import { Arg, Ctx, FieldResolver, Resolver, Root, Int } from 'type-graphql';
import { badCursor, decodeCursor, encodeCursor, pageSize, placeholders, selectRows } from '@guildhall/kernel';
import type { AuditEntryRecord } from '../entities/audit-entry.entity.js';
import { AuditEntryConnection } from './audit-entry.type.js';
import { toAuditEntry, visibleCategories } from './audit-entry.mapper.js';
import type { ComplianceContext } from './loaders.js';
import { OrganizationRef } from './references.type.js';

@Resolver(() => OrganizationRef)
export class OrganizationAuditLogResolver {
  @FieldResolver(() => AuditEntryConnection, { description: 'Newest first; only the categories the caller may read.' })
  async auditLog(
    @Root() organization: OrganizationRef,
    @Ctx() ctx: ComplianceContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<AuditEntryConnection> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, 2);
    if (after && !cursor) throw badCursor('after');
    const categories = visibleCategories(ctx.principal, organization.id);
    const rows = categories.length
      ? await selectRows<AuditEntryRecord>(
          ctx.em,
          `select * from "compliance"."audit_entry" where organization_id = ? and category in ${placeholders(categories)}
            ${cursor ? 'and (occurred_at, id) < (?::timestamptz, ?::uuid)' : ''}
            order by occurred_at desc, id desc limit ?`,
          [organization.id, ...categories, ...(cursor ? [String(cursor[0]), String(cursor[1])] : []), limit + 1],
        )
      : [];
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      nodes: page.map(toAuditEntry),
      pageInfo: { hasNextPage: rows.length > limit, endCursor: last ? encodeCursor([last.occurredAt.toISOString(), last.id]) : null },
    };
  }
}
