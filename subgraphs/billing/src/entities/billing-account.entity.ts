import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { BillingMode, FundingMode } from '../domain/billing-modes.js';

@Entity({ tableName: 'billing_account' })
export class BillingAccountRecord {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid', unique: true })
  organizationId!: string;

  @Property({ type: 'text' })
  mode!: BillingMode;

  @Property({ type: 'text' })
  fundingMode!: FundingMode;

  @Property({ type: 'character', length: 3 })
  currency!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
