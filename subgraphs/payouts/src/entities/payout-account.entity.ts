import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { PayeeKind } from '../domain/payee.js';
import type { PayoutAccountStatus, PayoutProvider } from '../domain/payout-account.js';

/**
 * Where a payee is paid: an organization (its OWNER links it) or an expert (themselves). One current
 * account per payee; linking again marks the old one DISABLED (it stays: payouts point at it). Only
 * provider ids and a masked destination are kept, never an account number.
 */
@Entity({ tableName: 'payout_account' })
export class PayoutAccountRecord {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'statusDetail' | 'statusEventAt' | 'providerContactId';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  payeeKind!: PayeeKind;

  @Property({ type: 'uuid' })
  payeeId!: string;

  @Property({ type: 'text' })
  provider!: PayoutProvider;

  /** RazorpayX fund account id, or the Stripe connected account id. */
  @Property({ type: 'text' })
  providerAccountId!: string;

  /** RazorpayX contact id; null for Stripe. */
  @Property({ type: 'text', nullable: true })
  providerContactId: string | null = null;

  /** What it pays out in: INR for RazorpayX; the chosen currency for Stripe Connect. */
  @Property({ type: 'character', length: 3 })
  currency!: string;

  @Property({ type: 'text' })
  status!: PayoutAccountStatus;

  /** Why it is not VERIFIED (what Stripe still needs, why it was rejected); null when there is nothing to say. */
  @Property({ type: 'text', nullable: true })
  statusDetail: string | null = null;

  /** When the provider event that set the status happened: an older event never overrides it. */
  @Property({ type: 'datetime', nullable: true })
  statusEventAt: Date | null = null;

  /** e.g. "HDFC0001234 ••••4321", "ra••@okaxis", "Stripe account ••••9F2a" — never the full number. */
  @Property({ type: 'text' })
  maskedDestination!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}
