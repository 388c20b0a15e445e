import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { OrganizationStatus } from '../domain/organization-status.js';

@Entity({ tableName: 'organization' })
export class OrganizationRecord {
  [OptionalProps]?: 'status' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', unique: true })
  slug!: string;

  @Property({ type: 'text' })
  status: OrganizationStatus = 'PENDING_VERIFICATION';

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
