import type { MikroORM } from '@mikro-orm/postgresql';
import {
  createAgenda,
  createLivePubSub,
  createOrm,
  createOutboxRelay,
  exponential,
  runConsumer,
  subgraphServices,
  type Consumer,
  type DomainEvent,
  type EventType,
  type Logger,
  type SubgraphModule,
} from '@guildhall/kernel';
import type { WorkerConfig } from './config.js';
import { SUBGRAPHS } from './subgraphs.js';

const jobName = (consumer: Consumer) => `consume:${consumer.name}`;

/**
 * The worker: drains every subgraph's outbox, runs each consumer as an Agenda job (retried with
 * backoff, deduplicated by event id), and fans committed events out to the gateways' live channel.
 */
export async function startWorker(config: WorkerConfig, log: Logger, subgraphs: readonly SubgraphModule[] = SUBGRAPHS) {
  const orms = new Map<string, MikroORM>();
  for (const module of subgraphs) {
    orms.set(module.name, await createOrm({ schema: module.name, databaseUrl: config.DATABASE_URL, entities: module.entities, migrations: module.migrations, poolMax: 2 }));
  }
  const services = subgraphServices(config, log);
  const agenda = await createAgenda({ databaseUrl: config.DATABASE_URL, mongoUrl: config.MONGODB_URL, name: 'guildhall-worker', processEvery: config.JOB_POLL_MS, lockLifetimeMs: config.JOB_LOCK_LIFETIME_MS });
  const routes = new Map<EventType, string[]>();
  for (const module of subgraphs) {
    const orm = orms.get(module.name)!;
    for (const consumer of module.consumers) {
      agenda.define<{ event: DomainEvent }>(
        jobName(consumer),
        async (job) => {
          const outcome = await runConsumer(orm, module.name, consumer, job.attrs.data.event, services);
          log.debug(`${consumer.name} ${outcome}`, { eventId: job.attrs.data.event.id });
        },
        { backoff: exponential({ delay: config.CONSUMER_RETRY_DELAY_MS, factor: 4, maxRetries: config.CONSUMER_MAX_RETRIES, jitter: 0.15 }), removeOnComplete: true },
      );
      for (const type of consumer.on) routes.set(type, [...(routes.get(type) ?? []), jobName(consumer)]);
    }
  }
  const schedules: { name: string; every: string }[] = [];
  for (const module of subgraphs) {
    const orm = orms.get(module.name)!;
    for (const job of module.jobs ?? []) {
      const name = `${module.name}:${job.name}`;
      agenda.define(name, async () => job.run(orm.em.fork(), services));
      schedules.push({ name, every: job.every });
    }
  }
  agenda.on('fail', (error: Error, job: { attrs: { name: string } }) => log.warn(`job ${job.attrs.name} failed; it will be retried`, { error: error.message }));

  const pubsub = await createLivePubSub({ databaseUrl: config.DATABASE_URL, redisUrl: config.REDIS_URL, log: log.child('live') });
  const relay = createOutboxRelay({
    databaseUrl: config.DATABASE_URL,
    schemas: subgraphs.map((s) => s.name),
    consumersOf: (type) => routes.get(type) ?? [],
    enqueue: async (name, event) => void (await agenda.now(name, { event })),
    publishLive: (events) => pubsub.publish(events),
    log: log.child('relay'),
    pollMs: Math.max(config.JOB_POLL_MS, 500),
  });
  await agenda.start();
  for (const { name, every } of schedules) await agenda.every(every, name);
  await relay.start();
  return {
    relay,
    agenda,
    async stop() {
      await relay.stop();
      await agenda.stop();
      await pubsub.close();
      await services.mailer.close();
      await Promise.all([...orms.values()].map((orm) => orm.close()));
    },
  };
}
export type RunningWorker = Awaited<ReturnType<typeof startWorker>>;
