import pg from 'pg';
import type { Logger } from '../log/logger.js';
import { LIVE_CHANNEL, type LiveEvent } from './catalog.js';

/**
 * Fan-out of committed events to every gateway instance: Postgres LISTEN/NOTIFY by default, Redis
 * pub/sub when REDIS_URL is set. Each instance receives every event and filters for its subscribers.
 */
export interface LivePubSub {
  publish(events: LiveEvent[]): Promise<void>;
  subscribe(handler: (event: LiveEvent) => void): () => void;
  close(): Promise<void>;
}

export async function createLivePubSub(options: { databaseUrl: string; redisUrl?: string | undefined; log: Logger }): Promise<LivePubSub> {
  return options.redisUrl ? createRedisPubSub(options.redisUrl, options.log) : createPostgresPubSub(options.databaseUrl, options.log);
}

function fanOut(log: Logger) {
  const handlers = new Set<(event: LiveEvent) => void>();
  return {
    handlers,
    deliver(raw: string) {
      let event: LiveEvent;
      try {
        event = JSON.parse(raw) as LiveEvent;
      } catch {
        return log.warn('dropping malformed live event');
      }
      for (const handler of handlers) handler(event);
    },
    subscribe(handler: (event: LiveEvent) => void) {
      handlers.add(handler);
      return () => void handlers.delete(handler);
    },
  };
}

async function createPostgresPubSub(databaseUrl: string, log: Logger): Promise<LivePubSub> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1, idleTimeoutMillis: 5_000 }); // publishing only
  const fan = fanOut(log);
  let listener: pg.Client | null = null;
  let closed = false;
  const listen = async () => {
    const client = new pg.Client({ connectionString: databaseUrl });
    client.on('notification', (n) => n.channel === LIVE_CHANNEL && n.payload && fan.deliver(n.payload));
    client.on('error', (error) => {
      log.warn('live listener lost its connection; reconnecting', { error: error.message });
      listener = null;
      if (!closed) setTimeout(() => void listen().catch((e) => log.error('live listener failed', { error: e })), 500);
    });
    await client.connect();
    await client.query(`listen ${LIVE_CHANNEL}`);
    listener = client;
  };
  await listen();
  return {
    async publish(events) {
      for (const event of events) await pool.query('select pg_notify($1, $2)', [LIVE_CHANNEL, JSON.stringify(event)]);
    },
    subscribe: fan.subscribe,
    async close() {
      closed = true;
      await listener?.end().catch(() => undefined);
      await pool.end();
    },
  };
}

async function createRedisPubSub(redisUrl: string, log: Logger): Promise<LivePubSub> {
  const { Redis } = await import('ioredis');
  const publisher = new Redis(redisUrl, { lazyConnect: true });
  const subscriber = new Redis(redisUrl, { lazyConnect: true });
  await Promise.all([publisher.connect(), subscriber.connect()]);
  const fan = fanOut(log);
  subscriber.on('message', (channel: string, message: string) => channel === LIVE_CHANNEL && fan.deliver(message));
  await subscriber.subscribe(LIVE_CHANNEL);
  return {
    async publish(events) {
      for (const event of events) await publisher.publish(LIVE_CHANNEL, JSON.stringify(event));
    },
    subscribe: fan.subscribe,
    async close() {
      subscriber.disconnect();
      publisher.disconnect();
    },
  };
}
