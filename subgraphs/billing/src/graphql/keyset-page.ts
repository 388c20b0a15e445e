import { badCursor, decodeCursor, encodeCursor } from '@guildhall/kernel';

/** Billing's lists are newest first, paged by (created_at, id): the `after` cursor, checked. */
export function afterCursor(after: string | null | undefined): [string, string] | null {
  const cursor = decodeCursor(after, 2);
  if (after && !cursor) throw badCursor('after');
  return cursor ? [String(cursor[0]), String(cursor[1])] : null;
}

/** Rows were fetched one beyond the page: that one says whether more follow. */
export function keysetPageInfo<T extends { createdAt: Date; id: string }>(rows: T[], limit: number) {
  const last = rows.slice(0, limit).at(-1);
  return { hasNextPage: rows.length > limit, endCursor: last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null };
}
