/** Opaque cursors for keyset pagination: base64url of the sort key, never an offset. */
export function encodeCursor(parts: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, arity: number): (string | number)[] | null {
  if (!cursor) return null;
  try {
    const parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(parts) && parts.length === arity && parts.every((p) => typeof p === 'string' || typeof p === 'number')) return parts;
  } catch {
    // fall through: a malformed cursor is bad input
  }
  return null;
}

/** Clamp a client's page size; a list never returns more than `max` rows. */
export const pageSize = (first: number | null | undefined, fallback = 20, max = 100) => Math.min(Math.max(first ?? fallback, 1), max);
