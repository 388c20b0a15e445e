import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { OrganizationStatus } from '../domain/organization-status.js';
import { DEFAULT_SEATS_TOTAL } from '../domain/seats.js';
import type { PostalAddress } from '../domain/postal-address.js';

type ProfileColumns = 'legalName' | 'gstin' | 'panSealed' | 'panLast4' | 'msmeUdyam' | 'registeredAddress' | 'country' | 'timezone' | 'logoUrl' | 'billingEmail' | 'paymentTermsDays' | 'parentId' | 'rootId' | 'depth';

@Entity({ tableName: 'organization' })
export class OrganizationRecord {
  [OptionalProps]?: 'status' | 'createdAt' | 'updatedAt' | 'seatsTotal' | 'seatsUsed' | 'canSponsor' | 'canHost' | ProfileColumns;

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

  @Property({ type: 'text', nullable: true }) legalName: string | null = null;
  @Property({ type: 'text', nullable: true }) gstin: string | null = null;
  /** The PAN, encrypted at rest; only its last four characters are ever shown. */
  @Property({ type: 'text', nullable: true }) panSealed: string | null = null;
  @Property({ type: 'character', length: 4, nullable: true }) panLast4: string | null = null;
  @Property({ type: 'text', nullable: true }) msmeUdyam: string | null = null;
  @Property({ type: 'json', nullable: true }) registeredAddress: PostalAddress | null = null;
  @Property({ type: 'character', length: 2 }) country: string = 'IN';
  @Property({ type: 'text' }) timezone: string = 'Asia/Kolkata';
  @Property({ type: 'text', nullable: true }) logoUrl: string | null = null;
  @Property({ type: 'text', nullable: true }) billingEmail: string | null = null;
  @Property({ type: 'integer' }) paymentTermsDays: number = 60;
  @Property({ type: 'uuid', nullable: true }) parentId: string | null = null;
  @Property({ type: 'uuid', nullable: true }) rootId: string | null = null;
  @Property({ type: 'integer' }) depth: number = 0;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
