import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { OrganizationStatus } from '../domain/organization-status.js';
import { DEFAULT_SEATS_TOTAL } from '../domain/seats.js';

@Entity({ tableName: 'organization' })
export class OrganizationRecord {
  [OptionalProps]?: 'status' | 'createdAt' | 'updatedAt' | 'seatsTotal' | 'seatsUsed' | 'canSponsor' | 'canHost';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', unique: true })
  slug!: string;

  @Property({ type: 'text' })
  status: OrganizationStatus = 'PENDING_VERIFICATION';

  /** Changed only through the atomic acquire/release in usecases/seats.ts. */
  @Property({ type: 'integer' })
  seatsTotal: number = DEFAULT_SEATS_TOTAL;

  @Property({ type: 'integer' })
  seatsUsed: number = 0;

  @Property({ type: 'boolean' })
  canSponsor: boolean = true;

  @Property({ type: 'boolean' })
  canHost: boolean = false;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
