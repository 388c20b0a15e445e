import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { PAYOUT_ACCOUNT_STATUSES, PAYOUT_PROVIDERS, type PayoutAccountStatus, type PayoutProvider } from '../domain/payout-account.js';

export const PayoutProviderEnum = Object.fromEntries(PAYOUT_PROVIDERS.map((p) => [p, p])) as { [K in PayoutProvider]: K };
registerEnumType(PayoutProviderEnum, { name: 'PayoutProvider' });
export const PayoutAccountStatusEnum = Object.fromEntries(PAYOUT_ACCOUNT_STATUSES.map((s) => [s, s])) as { [K in PayoutAccountStatus]: K };
registerEnumType(PayoutAccountStatusEnum, { name: 'PayoutAccountStatus' });

@ObjectType({ description: "Where a host organization's earnings are paid." })
export class PayoutAccount {
  @Field(() => ID)
  id!: string;

  organizationId!: string;

  @Field(() => PayoutProviderEnum)
  provider!: PayoutProvider;

  @Field(() => PayoutAccountStatusEnum)
  status!: PayoutAccountStatus;

  @Field(() => String, { description: 'Masked destination, e.g. "HDFC ••••4321".' })
  maskedDestination!: string;

  @Field(() => Date)
  createdAt!: Date;
}
