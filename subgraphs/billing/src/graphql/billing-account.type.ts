import { Field, ID, ObjectType } from 'type-graphql';
import { Money, RoleEnum, UserError, type Role } from '@guildhall/kernel';
import { BILLING_MODES, FUNDING_MODES, type BillingMode, type FundingMode } from '../domain/billing-modes.js';
import { BillingAccountStatusEnum } from './billing-enums.js';
import { registerEnumType } from 'type-graphql';

export const BillingModeEnum = Object.fromEntries(BILLING_MODES.map((m) => [m, m])) as { [K in BillingMode]: K };
registerEnumType(BillingModeEnum, { name: 'BillingMode' });
export const FundingModeEnum = Object.fromEntries(FUNDING_MODES.map((m) => [m, m])) as { [K in FundingMode]: K };
registerEnumType(FundingModeEnum, { name: 'FundingMode' });

@ObjectType({ description: "An organization's billing setup." })
export class BillingAccount {
  @Field(() => ID)
  id!: string;

  organizationId!: string;

  @Field(() => BillingModeEnum)
  mode!: BillingMode;

  @Field(() => FundingModeEnum)
  fundingMode!: FundingMode;

  @Field(() => String, { description: 'ISO 4217 currency of the account.' })
  currency!: string;

  @Field(() => BillingAccountStatusEnum)
  status!: 'ACTIVE' | 'FROZEN';

  @Field(() => String, { nullable: true })
  frozenReason!: string | null;

  @Field(() => Money, { description: 'How much invoiced spend may be unbilled at once (capped at ₹50,000 until the org is verified).' })
  creditLimit!: Money;

  @Field(() => [RoleEnum], { description: "The roles whose ACTIVE members may spend the org's funds." })
  spendingRoles!: Role[];

  @Field(() => Boolean, { description: 'Invoiced purchases must draw on an active purchase order.' })
  requiresPurchaseOrder!: boolean;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType()
export class BillingAccountPayload {
  @Field(() => BillingAccount, { nullable: true }) billingAccount!: BillingAccount | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}
