import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Reads on hot paths (entity loaders, lists) go straight to SQL: on these machines MikroORM's query
 * building costs about 1 ms of CPU per find, six times the query itself (docs/decisions/0007).
 * Writes keep the unit of work. Rows come back with camelCase keys, the shape of the entity, and
 * timestamps (by the schema convention, columns named `*_at`) as Dates.
 */
export async function selectRows<T>(em: EntityManager, sql: string, params: readonly unknown[] = []): Promise<T[]> {
  const rows = await em.execute<Record<string, unknown>[]>(sql, params as unknown[]);
  return rows.map((row) => camelize(row) as T);
}

const cache = new Map<string, string>();
function camelize(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in row) {
    let camel = cache.get(key);
    if (camel === undefined) {
      camel = key.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
      cache.set(key, camel);
    }
    const value = row[key];
    // the driver hands timestamps over as text
    out[camel] = typeof value === 'string' && key.endsWith('_at') ? new Date(value) : value;
  }
  return out;
}

/** `(?, ?, …)` for an IN list. */
export const placeholders = (values: readonly unknown[]) => `(${values.map(() => '?').join(', ')})`;

/**
 * A per-request DataLoader that fetches rows by one column in a single query:
 * `loadRowsBy(em, 'billing.billing_account', 'organization_id')`.
 */
export function rowLoader<T>(em: EntityManager, table: string, column: string, keyOf: (row: T) => string) {
  return new DataLoader<string, T | null>(async (keys) => {
    const rows = await selectRows<T>(em, `select * from ${table} where "${column}" in ${placeholders(keys)}`, keys);
    const byKey = new Map(rows.map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/**
 * Like `rowLoader`, for one-to-many: every row whose `column` is the key, in `orderBy` order
 * (`groupedRowLoader(em, '"identity"."domain_claim"', 'organization_id', (c) => c.organizationId, 'created_at, id')`).
 */
export function groupedRowLoader<T>(em: EntityManager, table: string, column: string, keyOf: (row: T) => string, orderBy: string) {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await selectRows<T>(em, `select * from ${table} where "${column}" in ${placeholders(keys)} order by ${orderBy}`, keys);
    const byKey = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const row of rows) byKey.get(keyOf(row))?.push(row);
    return keys.map((key) => byKey.get(key) ?? []);
  });
}
