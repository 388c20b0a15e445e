import { Entity, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { MemberStatus, Role } from '@guildhall/roles';

/** A user's place in an org. The user lives in identity; here it is only an id. */
@Entity({ tableName: 'membership' })
@Unique({ properties: ['organizationId', 'userId'] })
export class MembershipRecord {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'uuid', index: true })
  userId!: string;

  @Property({ type: 'text' })
  role!: Role;

  @Property({ type: 'text' })
  status!: MemberStatus;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
