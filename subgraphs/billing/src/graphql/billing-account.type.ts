import { Field, ID, ObjectType } from 'type-graphql';
import { graphqlEnum, Money, RoleEnum, UserError, type Role } from '@guildhall/kernel';
import { BILLING_MODES, FUNDING_MODES, type BillingMode, type FundingMode } from '../domain/billing-modes.js';
import { BillingAccountStatusEnum } from './billing-enums.js';

export const BillingModeEnum = graphqlEnum(BILLING_MODES, 'BillingMode');
export const FundingModeEnum = graphqlEnum(FUNDING_MODES, 'FundingMode');

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
