import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { BILLING_MODES, FUNDING_MODES, type BillingMode, type FundingMode } from '../domain/billing-modes.js';

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

  @Field(() => Date)
  createdAt!: Date;
}
