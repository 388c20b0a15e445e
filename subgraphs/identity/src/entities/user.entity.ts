import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

@Entity({ tableName: 'user' })
export class UserRecord {
  [OptionalProps]?: 'createdAt' | 'platformAdmin';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** Stored lowercased; unique. */
  @Property({ type: 'text', unique: true })
  email!: string;

  @Property({ type: 'text' })
  name!: string;

  /** Null for people who only sign in through SSO. */
  @Property({ type: 'text', hidden: true, nullable: true })
  passwordHash!: string | null;

  @Property({ type: 'boolean', default: false })
  platformAdmin: boolean = false;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
