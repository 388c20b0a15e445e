import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { FieldChanges } from '@guildhall/kernel';
import type { AuditCategory } from '../domain/audit-catalog.js';

/** Append-only (triggers refuse updates, and deletes outside retention pruning). One entry per audited event. */
@Entity({ tableName: 'audit_entry' })
export class AuditEntryRecord {
  [OptionalProps]?: 'recordedAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid', nullable: true, index: true })
  organizationId!: string | null;

  @Property({ type: 'text' })
  category!: AuditCategory;

  @Property({ type: 'text' })
  action!: string;

  @Property({ type: 'text' })
  actorKind!: string;

  @Property({ type: 'text', nullable: true })
  actorId!: string | null;

  @Property({ type: 'text' })
  targetType!: string;

  @Property({ type: 'text' })
  targetId!: string;

  @Property({ type: 'uuid', unique: true })
  eventId!: string;

  @Property({ type: 'text' })
  eventType!: string;

  @Property({ type: 'text', nullable: true })
  ip!: string | null;

  @Property({ type: 'text', nullable: true })
  userAgent!: string | null;

  @Property({ type: 'json' })
  metadata!: object;

  /** `{ field: { before, after } }` when the event carried a diff; personal fields redacted. */
  @Property({ type: 'json', nullable: true })
  changes!: FieldChanges | null;

  @Property({ type: 'datetime' })
  occurredAt!: Date;

  @Property({ type: 'datetime' })
  recordedAt: Date = new Date();
}
