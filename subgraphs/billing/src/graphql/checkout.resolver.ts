import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { MinorUnits, type Outcome } from '@guildhall/kernel';
import type { ProviderName, PurchaseKind } from '../domain/purchase.js';
import type { CancelledBy } from '../domain/cancellation-policy.js';
import { cancelPurchase } from '../usecases/cancel-purchase.js';
import { checkout } from '../usecases/checkout.js';
import type { PaymentRow } from '../usecases/payment-store.js';
import { purchaseCredits } from '../usecases/purchase-credits.js';
import { CancelledByEnum, PaymentProviderEnum, PurchaseKindEnum } from './billing-enums.js';
import type { BillingContext } from './loaders.js';
import { nextActionOf, toPayment } from './mappers.js';
import { CheckoutPayload } from './payment.type.js';

@InputType()
class CheckoutInput {
  @Field(() => String, { description: 'Minted once per checkout attempt (a UUID); retries send the same key.' }) idempotencyKey!: string;
  @Field(() => ID, { nullable: true, description: 'Pay through this org; omit to pay yourself.' }) organizationId?: string | null;
  @Field(() => PurchaseKindEnum) kind!: PurchaseKind;
  @Field(() => String, { description: 'The marketplace item (booking, subscription, webinar or class id).' }) reference!: string;
  @Field(() => MinorUnits, { nullable: true, description: 'The price the buyer was shown. Required unless a rate card prices the booking; if it differs from the rate card, the checkout is refused so the buyer can confirm the new price.' }) amountMinor?: number | null;
  @Field(() => String) currency!: string;
  @Field(() => String, { description: 'Who is paid: the expert (with hostOrganizationId, their user id) on the marketplace.' }) payeeId!: string;
  @Field(() => ID, { nullable: true, description: "The expert's host org: its rate cards, and a contract between it and the paying org, price the booking." }) hostOrganizationId?: string | null;
  @Field(() => ID, { nullable: true, description: "Book through this program of the paying org (you must be assigned to it)." }) programId?: string | null;
  @Field(() => Date, { nullable: true, description: 'When the service starts: cancellation refunds are tiered by it.' }) startsAt?: Date | null;
  @Field(() => MinorUnits, { nullable: true, description: 'A discount the buyer has personally; not applied when the org pays.' }) personalDiscountMinor?: number | null;
  @Field(() => PaymentProviderEnum, { nullable: true, description: 'For card payments; Razorpay for INR, Stripe otherwise, by default.' }) provider?: ProviderName | null;
  @Field(() => ID, { nullable: true, description: 'Invoiced orgs: the purchase order to draw on (else the one expiring first).' }) purchaseOrderId?: string | null;
}

@InputType()
class PurchaseCreditsInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => MinorUnits) amountMinor!: number;
  @Field(() => PaymentProviderEnum, { nullable: true }) provider?: ProviderName | null;
  @Field(() => String) idempotencyKey!: string;
}

@InputType()
class CancelPurchaseInput {
  @Field(() => ID) paymentId!: string;
  @Field(() => String) idempotencyKey!: string;
  @Field(() => CancelledByEnum, { nullable: true, description: 'Platform admins only; otherwise it follows from who cancels.' }) cancelledBy?: CancelledBy | null;
}

@Resolver()
export class CheckoutResolver {
  @Mutation(() => CheckoutPayload, { description: 'Buys a marketplace item, paying yourself or through an org you are an active member of.' })
  async checkout(@Arg('input', () => CheckoutInput) input: CheckoutInput, @Ctx() ctx: BillingContext): Promise<CheckoutPayload> {
    const outcome = await checkout(ctx, {
      idempotencyKey: input.idempotencyKey,
      organizationId: input.organizationId ?? null,
      kind: input.kind,
      reference: input.reference,
      amountMinor: input.amountMinor ?? null,
      currency: input.currency,
      hostOrganizationId: input.hostOrganizationId ?? null,
      programId: input.programId ?? null,
      payeeId: input.payeeId,
      startsAt: input.startsAt ?? null,
      personalDiscountMinor: input.personalDiscountMinor ?? null,
      provider: input.provider ?? null,
      purchaseOrderId: input.purchaseOrderId ?? null,
    });
    return respond(ctx, outcome);
  }

  @Mutation(() => CheckoutPayload, { description: 'A SEAT_PACK org buys credits by card (OWNER or BILLING_ADMIN).' })
  async purchaseCredits(@Arg('input', () => PurchaseCreditsInput) input: PurchaseCreditsInput, @Ctx() ctx: BillingContext): Promise<CheckoutPayload> {
    return respond(ctx, await purchaseCredits(ctx, { ...input, provider: input.provider ?? null }));
  }

  @Mutation(() => CheckoutPayload, { description: 'Calls a purchase off; the refund follows the cancellation policy snapshotted at checkout.' })
  async cancelPurchase(@Arg('input', () => CancelPurchaseInput) input: CancelPurchaseInput, @Ctx() ctx: BillingContext): Promise<CheckoutPayload> {
    return respond(ctx, await cancelPurchase(ctx, { ...input, cancelledBy: input.cancelledBy ?? null }));
  }
}

function respond(ctx: BillingContext, outcome: Outcome<{ payment: PaymentRow; replayed: boolean }>): CheckoutPayload {
  if (!outcome.ok) return { payment: null, nextAction: null, replayed: false, userErrors: outcome.errors };
  const { payment, replayed } = outcome.value;
  return { payment: toPayment(payment), nextAction: nextActionOf(payment, ctx.services), replayed, userErrors: [] };
}
