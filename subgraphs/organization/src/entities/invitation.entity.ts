import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { Role } from '@guildhall/roles';
import type { InvitationStatus } from '../domain/invitation.js';

/** An invitation to join an org. Only the token's SHA-256 is kept; the token itself is in the email. */
@Entity({ tableName: 'invitation' })
export class InvitationRecord {
  [OptionalProps]?: 'status' | 'acceptedBy' | 'acceptedAt' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  organizationId!: string;

  /** Lowercased. */
  @Property({ type: 'text' })
  email!: string;

  @Property({ type: 'text' })
  role!: Role;

  @Property({ type: 'text' })
  status: InvitationStatus = 'PENDING';

  @Property({ type: 'text', unique: true })
  tokenHash!: string;

  /** The user who sent (or last re-sent) it. */
  @Property({ type: 'uuid' })
  invitedBy!: string;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'uuid', nullable: true })
  acceptedBy: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  acceptedAt: Date | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
