import { MikroORM, type EntityClass, type Options } from '@mikro-orm/postgresql';
import { Migrator, type Migration } from '@mikro-orm/migrations';
import pg from 'pg';
import { OutboxMessage } from '../events/outbox-message.entity.js';
import { countStatements } from './statement-counter.js';

export interface MigrationEntry {
  name: string;
  class: new (...args: never[]) => Migration;
}

export interface OrmOptions {
  /** The subgraph's own Postgres schema; no other subgraph reads or writes it. */
  schema: string;
  databaseUrl: string;
  entities: EntityClass<object>[];
  migrations: MigrationEntry[];
  poolMax?: number;
  debug?: boolean;
}

/**
 * One MikroORM per subgraph, bound to its schema. Checked-in migrations are applied at start under an
 * advisory lock, so several instances starting together migrate once.
 */
export async function createOrm(options: OrmOptions): Promise<MikroORM> {
  const config: Options = {
    clientUrl: options.databaseUrl,
    schema: options.schema,
    entities: [...options.entities, OutboxMessage],
    extensions: [Migrator],
    migrations: {
      migrationsList: options.migrations as never,
      tableName: `${options.schema}.mikro_orm_migrations`,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
    pool: { min: 0, max: options.poolMax ?? 10, idleTimeoutMillis: 10_000 },
    forceUtcTimezone: true,
    debug: options.debug ?? false,
    discovery: { warnWhenNoEntities: false },
    allowGlobalContext: false,
  };
  const orm = await MikroORM.init(config);
  countStatements(orm);
  await migrateUnderLock(orm, options.databaseUrl, options.schema);
  return orm;
}

async function migrateUnderLock(orm: MikroORM, databaseUrl: string, schema: string) {
  const lock = new pg.Client({ connectionString: databaseUrl });
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock(hashtext($1))', [`guildhall:migrate:${schema}`]);
    await lock.query(`create schema if not exists "${schema}"`);
    await orm.getMigrator().up();
  } finally {
    await lock.query('select pg_advisory_unlock(hashtext($1))', [`guildhall:migrate:${schema}`]).catch(() => undefined);
    await lock.end();
  }
}
