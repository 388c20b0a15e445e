import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

@Entity({ tableName: 'user' })
export class UserRecord {
  [OptionalProps]?: 'createdAt' | 'platformAdmin' | 'erasedAt' | 'pseudonymId';

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

  /** Set when the person was erased (DPDP §12): name and email are replacements, no way to sign in is left. */
  @Property({ type: 'datetime', nullable: true })
  erasedAt: Date | null = null;

  /** sha256(user id + salt), set at erasure: what their kept records are known by. */
  @Property({ type: 'text', nullable: true, unique: true })
  pseudonymId: string | null = null;
}
