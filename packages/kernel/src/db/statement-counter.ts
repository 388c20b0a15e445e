import type { MikroORM } from '@mikro-orm/postgresql';

/**
 * Counts the SQL statements this process sends through its ORMs (entity work and selectRows alike),
 * exposed on /metrics so the bench can show queries per request stay flat as lists grow.
 */
export const sqlStatements = { total: 0 };

export function countStatements(orm: MikroORM): void {
  orm.em.getKnex().on('query', () => {
    sqlStatements.total += 1;
  });
}
