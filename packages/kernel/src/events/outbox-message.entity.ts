import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A row of a subgraph's outbox table; `seq` and `published_at` belong to the relay and stay unmapped. */
@Entity({ tableName: 'outbox' })
export class OutboxMessage {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  type!: string;

  @Property({ type: 'uuid', nullable: true })
  organizationId!: string | null;

  @Property({ type: 'text' })
  aggregateId!: string;

  @Property({ type: 'json' })
  actor!: object;

  @Property({ type: 'json', nullable: true })
  origin!: object | null;

  @Property({ type: 'json' })
  payload!: object;

  @Property({ type: 'datetime' })
  occurredAt!: Date;
}
