import type { EntityManager } from '@mikro-orm/postgresql';
import { badCursor, decodeCursor, encodeCursor, isUuid, placeholders, selectRows } from '@guildhall/kernel';
import type { AuditCategory } from '../domain/audit-catalog.js';
import type { AuditEntryRecord } from '../entities/audit-entry.entity.js';

export interface AuditLogFilter {
  category?: AuditCategory | null | undefined;
  action?: string | null | undefined;
  actorId?: string | null | undefined;
  targetType?: string | null | undefined;
  targetId?: string | null | undefined;
  /** Inclusive. */
  from?: Date | null | undefined;
  /** Exclusive. */
  to?: Date | null | undefined;
}

export interface AuditLogPage {
  rows: AuditEntryRecord[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/**
 * One page of an org's audit log, newest first, keyset-paged on (occurred_at, id): a page costs the
 * same at row 10 and at row 10 million, and entries recorded meanwhile never shift it. `visible` are
 * the categories the caller may read; a category filter outside them yields nothing (not an error:
 * the log simply has nothing the caller may see there).
 */
export async function auditLogPage(em: EntityManager, organizationId: string, visible: readonly AuditCategory[], filter: AuditLogFilter, after: string | null | undefined, limit: number): Promise<AuditLogPage> {
  const cursor = decodeCursor(after, 2);
  if ((after && !cursor) || (cursor && (Number.isNaN(Date.parse(String(cursor[0]))) || !isUuid(String(cursor[1]))))) throw badCursor('after');
  const categories = filter.category ? visible.filter((c) => c === filter.category) : [...visible];
  if (!categories.length) return { rows: [], hasNextPage: false, endCursor: null };
  const where = ['organization_id = ?', `category in ${placeholders(categories)}`];
  const params: unknown[] = [organizationId, ...categories];
  const equal = (column: string, value: string | null | undefined) => {
    if (value === null || value === undefined || value === '') return;
    where.push(`${column} = ?`);
    params.push(value);
  };
  equal('action', filter.action);
  equal('actor_id', filter.actorId);
  equal('target_type', filter.targetType);
  equal('target_id', filter.targetId);
  if (filter.from) (where.push('occurred_at >= ?'), params.push(filter.from));
  if (filter.to) (where.push('occurred_at < ?'), params.push(filter.to));
  if (cursor) (where.push('(occurred_at, id) < (?::timestamptz, ?::uuid)'), params.push(String(cursor[0]), String(cursor[1])));
  const rows = await selectRows<AuditEntryRecord>(
    em,
    `select * from "compliance"."audit_entry" where ${where.join(' and ')} order by occurred_at desc, id desc limit ?`,
    [...params, limit + 1],
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { rows: page, hasNextPage: rows.length > limit, endCursor: last ? encodeCursor([last.occurredAt.toISOString(), last.id]) : null };
}
