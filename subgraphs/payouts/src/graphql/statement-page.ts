import { badCursor, decodeCursor, encodeCursor, isUuid } from '@guildhall/kernel';

const ISO_INSTANT = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z$/;

/** Payout lists are newest first, paged by (created_at, id): the `after` cursor, checked (as billing's lists). */
export function afterCursor(after: string | null | undefined): [string, string] | null {
  const cursor = decodeCursor(after, 2);
  if (!cursor) {
    if (after) throw badCursor('after');
    return null;
  }
  const [at, id] = [String(cursor[0]), String(cursor[1])];
  // a forged cursor must fail as bad input, not as a SQL error
  if (!ISO_INSTANT.test(at) || Number.isNaN(Date.parse(at)) || !isUuid(id)) throw badCursor('after');
  return [at, id];
}

/** Rows were fetched one beyond the page: that one says whether more follow. */
export function keysetPageInfo<T extends { createdAt: Date; id: string }>(rows: T[], limit: number) {
  const last = rows.slice(0, limit).at(-1);
  return { hasNextPage: rows.length > limit, endCursor: last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null };
}
