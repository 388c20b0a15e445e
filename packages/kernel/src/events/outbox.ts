import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { actorOf, type Principal, type RequestOrigin } from '../auth/principal.js';
import type { EventPayloads, EventType } from './catalog.js';
import { OutboxMessage } from './outbox-message.entity.js';

export interface EventCause {
  principal: Principal;
  origin: RequestOrigin | null;
}

/**
 * Records an event in the subgraph's outbox. Call it inside the transaction that makes the change:
 * the event commits with it or not at all.
 */
export function recordEvent<T extends EventType>(
  em: EntityManager,
  cause: EventCause,
  event: { type: T; organizationId: string | null; aggregateId: string; payload: EventPayloads[T] },
): OutboxMessage {
  const message = em.create(OutboxMessage, {
    id: randomUUID(),
    type: event.type,
    organizationId: event.organizationId,
    aggregateId: event.aggregateId,
    actor: actorOf(cause.principal),
    origin: cause.origin,
    payload: event.payload,
    occurredAt: new Date(),
  });
  em.persist(message);
  return message;
}

/** `'A', 'B'` for a check constraint listing an enum's values (constants of the code, never input). */
export const sqlList = (values: readonly string[]) => values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');

/** The outbox and consumer-dedupe tables, created by each subgraph's first migration. */
export function eventTablesSql(schema: string): string[] {
  const s = `"${schema}"`;
  return [
    `create table ${s}."outbox" (
      "seq" bigserial not null unique,
      "id" uuid primary key,
      "type" text not null,
      "organization_id" uuid null,
      "aggregate_id" text not null,
      "actor" jsonb not null,
      "origin" jsonb null,
      "payload" jsonb not null,
      "occurred_at" timestamptz(3) not null,
      "published_at" timestamptz(3) null)`,
    `create index "outbox_unpublished_idx" on ${s}."outbox" ("seq") where "published_at" is null`,
    `create table ${s}."processed_event" (
      "consumer" text not null,
      "event_id" uuid not null,
      "processed_at" timestamptz(3) not null default now(),
      primary key ("consumer", "event_id"))`,
    // NOTIFY is transactional: the relay wakes when the change commits, never for a rolled-back one
    `create function ${s}."notify_outbox"() returns trigger language plpgsql as $$
      begin perform pg_notify('guildhall_outbox', '${schema}'); return null; end $$`,
    `create trigger "outbox_notify" after insert on ${s}."outbox" for each statement execute function ${s}."notify_outbox"()`,
  ];
}
