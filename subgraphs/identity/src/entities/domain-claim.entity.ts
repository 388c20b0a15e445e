import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { DomainClaimStatus } from '../domain/domain-claim.js';

/** An org's claim to a domain, proven by a DNS TXT record `guildhall-verification=<token>`. */
@Entity({ tableName: 'domain_claim' })
export class DomainClaimRecord {
  [OptionalProps]?: 'status' | 'createdAt' | 'verifiedAt' | 'lastCheckedAt' | 'lastError';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  organizationId!: string;

  /** Lowercase ASCII (IDNs as punycode). */
  @Property({ type: 'text' })
  domain!: string;

  /** Random, 24 bytes base64url; not a secret (it is published in DNS), but only governance sees it. */
  @Property({ type: 'text' })
  token!: string;

  @Property({ type: 'text' })
  status: DomainClaimStatus = 'PENDING';

  @Property({ type: 'uuid' })
  createdBy!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  verifiedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  lastCheckedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;
}
