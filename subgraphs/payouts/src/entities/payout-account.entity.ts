import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { PayoutAccountStatus, PayoutProvider } from '../domain/payout-account.js';

@Entity({ tableName: 'payout_account' })
export class PayoutAccountRecord {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid', unique: true })
  organizationId!: string;

  @Property({ type: 'text' })
  provider!: PayoutProvider;

  @Property({ type: 'text' })
  providerAccountId!: string;

  @Property({ type: 'text' })
  status!: PayoutAccountStatus;

  /** e.g. "HDFC ••••4321" — never the full number. */
  @Property({ type: 'text' })
  maskedDestination!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
