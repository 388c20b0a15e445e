import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/** A sign-in. The bearer token itself is never stored, only its SHA-256. */
@Entity({ tableName: 'session' })
export class SessionRecord {
  [OptionalProps]?: 'createdAt' | 'revokedAt' | 'ip' | 'userAgent';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text', unique: true })
  tokenHash!: string;

  @Property({ type: 'uuid', index: true })
  userId!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  ip: string | null = null;

  @Property({ type: 'text', nullable: true })
  userAgent: string | null = null;
}
