import type { EntityManager } from '@mikro-orm/postgresql';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { SubgraphServices } from '../graphql/subgraph-module.js';
import type { DomainEvent, EventType } from './catalog.js';

/** A reaction to events, named for what it does. It runs in its own transaction and fork. */
export interface Consumer {
  name: string;
  on: readonly EventType[];
  handle(em: EntityManager, event: DomainEvent, services: SubgraphServices): Promise<void>;
}

/**
 * Applies a consumer exactly once per event: the dedupe marker and the effect commit together, so a
 * retry after a failure re-applies, and a redelivery after success is a no-op.
 */
export async function runConsumer(orm: MikroORM, schema: string, consumer: Consumer, event: DomainEvent, services: SubgraphServices): Promise<'applied' | 'duplicate'> {
  return orm.em.fork().transactional(async (em) => {
    const marked: unknown = await em.execute(
      `insert into "${schema}"."processed_event" ("consumer", "event_id") values (?, ?) on conflict do nothing`,
      [consumer.name, event.id],
      'run',
    );
    if (!(marked as { affectedRows: number }).affectedRows) return 'duplicate';
    await consumer.handle(em, event, services);
    return 'applied';
  });
}
