import pg from 'pg';
import type { Logger } from '../log/logger.js';
import { OUTBOX_CHANNEL, toLiveEvent, type DomainEvent, type EventType } from './catalog.js';

export interface RelayOptions {
  databaseUrl: string;
  /** The schemas whose outbox tables this relay drains. */
  schemas: readonly string[];
  /** Hands one event to one consumer, as an Agenda job. */
  enqueue(consumerName: string, event: DomainEvent): Promise<void>;
  consumersOf(type: EventType): readonly string[];
  publishLive(events: ReturnType<typeof toLiveEvent>[]): Promise<void>;
  log: Logger;
  /** Fallback poll for a missed notification, in ms. */
  pollMs?: number;
  batchSize?: number;
}

/**
 * Moves committed outbox rows to their consumers. Rows are claimed with SKIP LOCKED so several relays
 * can run; a crash between enqueue and marking re-delivers, which consumers absorb by event id.
 */
export function createOutboxRelay(options: RelayOptions) {
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 2, idleTimeoutMillis: 5_000 });
  const running = new Map<string, Promise<void>>();
  const again = new Set<string>();
  let listener: pg.Client | null = null;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;

  const drain = (schema: string): Promise<void> => {
    const current = running.get(schema);
    if (current) {
      again.add(schema);
      return current;
    }
    const run = (async () => {
      try {
        do {
          again.delete(schema);
          while (!stopped && (await drainBatch(schema)) > 0);
        } while (again.has(schema) && !stopped);
      } catch (error) {
        options.log.error('outbox relay batch failed; will retry', { schema, error });
      } finally {
        running.delete(schema);
      }
    })();
    running.set(schema, run);
    return run;
  };

  async function drainBatch(schema: string): Promise<number> {
    const client = await pool.connect();
    let events: DomainEvent[] = [];
    try {
      await client.query('begin');
      const { rows } = await client.query(
        `select id, type, organization_id, aggregate_id, actor, origin, payload, occurred_at
           from "${schema}"."outbox" where published_at is null order by seq limit $1 for update skip locked`,
        [options.batchSize ?? 100],
      );
      events = rows.map((row) => ({
        id: row.id,
        type: row.type,
        source: schema,
        organizationId: row.organization_id,
        aggregateId: row.aggregate_id,
        actor: row.actor,
        origin: row.origin,
        payload: row.payload,
        occurredAt: new Date(row.occurred_at).toISOString(),
      }));
      for (const event of events) {
        for (const consumer of options.consumersOf(event.type)) await options.enqueue(consumer, event);
      }
      if (events.length) await client.query(`update "${schema}"."outbox" set published_at = now() where id = any($1::uuid[])`, [events.map((e) => e.id)]);
      await client.query('commit');
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
    if (events.length) await options.publishLive(events.map(toLiveEvent)).catch((error) => options.log.warn('live publish failed', { error }));
    return events.length;
  }

  return {
    async start() {
      listener = new pg.Client({ connectionString: options.databaseUrl });
      listener.on('notification', (n) => n.payload && options.schemas.includes(n.payload) && void drain(n.payload));
      listener.on('error', (error) => options.log.error('outbox listener failed', { error }));
      await listener.connect();
      await listener.query(`listen ${OUTBOX_CHANNEL}`);
      const poll = () => {
        for (const schema of options.schemas) void drain(schema);
        if (!stopped) timer = setTimeout(poll, options.pollMs ?? 2000);
      };
      poll();
    },
    drainAll: () => Promise.all(options.schemas.map(drain)).then(() => undefined),
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await Promise.all(running.values());
      await listener?.end().catch(() => undefined);
      await pool.end();
    },
  };
}
export type OutboxRelay = ReturnType<typeof createOutboxRelay>;
