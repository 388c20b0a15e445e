import { Agenda } from 'agenda';
import { PostgresBackend } from '@agendajs/postgres-backend';

export interface AgendaOptions {
  databaseUrl: string;
  /** When set, jobs are stored in MongoDB instead of PostgreSQL. */
  mongoUrl?: string | undefined;
  name: string;
  processEvery?: number;
  lockLifetimeMs?: number;
  poolMax?: number;
}

/** Agenda on the Postgres backend by default (its own pool, LISTEN/NOTIFY wake-ups), Mongo when asked. */
export async function createAgenda(options: AgendaOptions): Promise<Agenda> {
  const backend = options.mongoUrl
    ? new (await import('@agendajs/mongo-backend')).MongoBackend({ address: options.mongoUrl, collection: 'agenda_jobs' })
    : new PostgresBackend({ poolConfig: { connectionString: options.databaseUrl, max: options.poolMax ?? 4, idleTimeoutMillis: 5_000 }, tableName: 'agenda_jobs' });
  return new Agenda({
    backend,
    name: options.name,
    processEvery: options.processEvery ?? 1000,
    defaultLockLifetime: options.lockLifetimeMs ?? 60_000,
  });
}
export type { Agenda, Job } from 'agenda';
export { exponential } from 'agenda';
