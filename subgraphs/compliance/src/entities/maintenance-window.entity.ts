import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/** A period when the gateway refuses requests: platform-wide (no org) or for one org. Cancelling ends it. */
@Entity({ tableName: 'maintenance_window' })
export class MaintenanceWindowRecord {
  [OptionalProps]?: 'createdAt' | 'cancelledAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** Null: platform-wide. */
  @Property({ type: 'uuid', nullable: true })
  organizationId!: string | null;

  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Property({ type: 'datetime' })
  endsAt!: Date;

  @Property({ type: 'text' })
  message!: string;

  @Property({ type: 'text' })
  createdBy!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  cancelledAt: Date | null = null;
}
