import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { PriceSource } from '../domain/price-resolution.js';
import { Money, PageInfo, UserError } from '@guildhall/kernel';
import type { PayerKind, PaymentPurpose, PaymentStatus, ProviderName, PurchaseKind } from '../domain/purchase.js';
import type { Funding } from '../domain/ledger-recipes.js';
import type { RefundSource } from '../usecases/refunds.js';
import { FundingEnum, PayerKindEnum, PaymentProviderEnum, PaymentPurposeEnum, PaymentStatusEnum, PriceSourceEnum, PurchaseKindEnum, RefundSourceEnum, RefundStatusEnum } from './billing-enums.js';

@ObjectType({ description: 'What the buyer\'s browser needs to pay a PENDING card payment with the provider.' })
export class PaymentAction {
  @Field(() => PaymentProviderEnum) provider!: ProviderName;
  @Field(() => String, { description: 'Razorpay order id or Stripe PaymentIntent id.' }) orderId!: string;
  @Field(() => String, { nullable: true, description: "Stripe's client secret." }) clientSecret!: string | null;
  @Field(() => String, { nullable: true, description: 'The Razorpay key id for Checkout.' }) publicKey!: string | null;
  @Field(() => String, { nullable: true, description: "Outside production, with a local test provider: a page that pays the order (nothing is charged)." })
  testCheckoutUrl!: string | null;
}

@ObjectType()
export class Refund {
  @Field(() => ID) id!: string;
  @Field(() => Money) amount!: Money;
  @Field(() => RefundSourceEnum) source!: RefundSource;
  @Field(() => String) reason!: string;
  @Field(() => RefundStatusEnum) status!: string;
  @Field(() => Boolean, { description: 'The charge was already invoiced: the org is owed a credit note instead.' }) adjustment!: boolean;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType({ description: 'How a purchase divides, snapshotted at booking: shares in basis points, amounts in minor units (they sum to the amount paid; an overage surcharge is the platform\'s).' })
export class PaymentSplit {
  @Field(() => Int) platformBps!: number;
  @Field(() => Int) hostBps!: number;
  @Field(() => Int) expertBps!: number;
  @Field(() => Money) platform!: Money;
  @Field(() => Money) host!: Money;
  @Field(() => Money) expert!: Money;
}

@ObjectType({ description: 'A checkout or credit top-up and its money.' })
export class Payment {
  @Field(() => ID) id!: string;
  @Field(() => PaymentPurposeEnum) purpose!: PaymentPurpose;
  @Field(() => PurchaseKindEnum, { nullable: true }) kind!: PurchaseKind | null;
  @Field(() => String, { nullable: true }) reference!: string | null;
  @Field(() => PayerKindEnum) payerKind!: PayerKind;
  @Field(() => ID) payerUserId!: string;
  @Field(() => ID, { nullable: true, description: 'The org that pays, or (TAG_ONLY) that the purchase is tagged with.' }) organizationId!: string | null;
  @Field(() => FundingEnum) funding!: Funding;
  @Field(() => String, { nullable: true }) payeeId!: string | null;
  @Field(() => Money, { description: 'What is charged.' }) amount!: Money;
  @Field(() => Money, { description: 'The price before any personal discount.' }) listAmount!: Money;
  @Field(() => Money) refunded!: Money;
  @Field(() => PaymentStatusEnum) status!: PaymentStatus;
  @Field(() => PaymentProviderEnum, { nullable: true }) provider!: ProviderName | null;
  @Field(() => Date, { nullable: true }) startsAt!: Date | null;
  @Field(() => Date, { nullable: true }) settledAt!: Date | null;
  @Field(() => Date, { nullable: true }) expiresAt!: Date | null;
  @Field(() => Date, { nullable: true }) cancelledAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => ID, { nullable: true, description: "The expert's host org." }) hostOrganizationId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The program the purchase was booked through.' }) programId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The contract in force between the paying org and the host at booking.' }) contractId!: string | null;
  @Field(() => Int, { nullable: true }) contractVersion!: number | null;
  @Field(() => PriceSourceEnum, { nullable: true, description: 'Purchases only.' }) priceSource!: PriceSource | null;
  @Field(() => PaymentSplit, { nullable: true, description: 'Purchases only.' }) split!: PaymentSplit | null;
}

@ObjectType()
export class PaymentConnection {
  @Field(() => [Payment]) nodes!: Payment[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType()
export class CheckoutPayload {
  @Field(() => Payment, { nullable: true }) payment!: Payment | null;
  @Field(() => PaymentAction, { nullable: true, description: 'Set while the payment waits for the buyer to pay with the provider.' }) nextAction!: PaymentAction | null;
  @Field(() => Boolean, { description: 'The answer of an earlier request with the same idempotency key.' }) replayed!: boolean;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class RefundPayload {
  @Field(() => Refund, { nullable: true }) refund!: Refund | null;
  @Field(() => Boolean) replayed!: boolean;
  @Field(() => [UserError]) userErrors!: UserError[];
}

