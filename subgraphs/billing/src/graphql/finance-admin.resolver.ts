import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { MinorUnits, RoleEnum, type Outcome, type Role } from '@guildhall/kernel';
import type { BillingMode } from '../domain/billing-modes.js';
import type { BillingAccountRow } from '../usecases/billing-account-store.js';
import { grantCredits, setCreditLimit, updateBillingSettings } from '../usecases/billing-settings.js';
import { refundPayment } from '../usecases/refund-payment.js';
import { BillingAccountPayload, BillingModeEnum } from './billing-account.type.js';
import type { BillingContext } from './loaders.js';
import { toBillingAccount, toRefund } from './mappers.js';
import { RefundPayload } from './payment.type.js';

@InputType()
class UpdateBillingSettingsInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => BillingModeEnum, { nullable: true, description: 'Refused while credits or unbilled charges would be stranded.' }) mode?: BillingMode | null;
  @Field(() => [RoleEnum], { nullable: true, description: 'The roles allowed to spend the org\'s funds.' }) spendingRoles?: Role[] | null;
  @Field(() => Boolean, { nullable: true }) requiresPurchaseOrder?: boolean | null;
}

@InputType()
class SetCreditLimitInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => MinorUnits) creditLimitMinor!: number;
}

@InputType()
class GrantCreditsInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => MinorUnits) amountMinor!: number;
  @Field(() => String) reason!: string;
  @Field(() => String) idempotencyKey!: string;
}

@InputType()
class RefundPaymentInput {
  @Field(() => ID) paymentId!: string;
  @Field(() => MinorUnits, { nullable: true, description: 'Omit to refund everything that remains.' }) amountMinor?: number | null;
  @Field(() => String) reason!: string;
  @Field(() => String) idempotencyKey!: string;
}

/** Finance operations: OWNER and BILLING_ADMIN of the org; credit limits and grants are the platform's. */
@Resolver()
export class FinanceAdminResolver {
  @Mutation(() => BillingAccountPayload, { description: 'Billing mode, spending policy and purchase-order requirement (OWNER or BILLING_ADMIN).' })
  async updateBillingSettings(@Arg('input', () => UpdateBillingSettingsInput) input: UpdateBillingSettingsInput, @Ctx() ctx: BillingContext) {
    return accountPayload(await updateBillingSettings(ctx, { organizationId: input.organizationId, mode: input.mode ?? null, spendingRoles: input.spendingRoles ?? null, requiresPurchaseOrder: input.requiresPurchaseOrder ?? null }));
  }

  @Mutation(() => BillingAccountPayload, { description: 'Platform admins: the invoice credit an org may run up.' })
  async setCreditLimit(@Arg('input', () => SetCreditLimitInput) input: SetCreditLimitInput, @Ctx() ctx: BillingContext) {
    return accountPayload(await setCreditLimit(ctx, input));
  }

  @Mutation(() => BillingAccountPayload, { description: 'Platform admins: credits granted to an org (goodwill, pilots), idempotent.' })
  async grantCredits(@Arg('input', () => GrantCreditsInput) input: GrantCreditsInput, @Ctx() ctx: BillingContext) {
    return accountPayload(await grantCredits(ctx, input));
  }

  @Mutation(() => RefundPayload, { description: "Refunds part or all of a payment: the org's OWNER or BILLING_ADMIN for org money, platform admins for any." })
  async refundPayment(@Arg('input', () => RefundPaymentInput) input: RefundPaymentInput, @Ctx() ctx: BillingContext): Promise<RefundPayload> {
    const outcome = await refundPayment(ctx, { ...input, amountMinor: input.amountMinor ?? null });
    if (!outcome.ok) return { refund: null, replayed: false, userErrors: outcome.errors };
    return { refund: toRefund(outcome.value.refund), replayed: outcome.value.replayed, userErrors: [] };
  }
}

function accountPayload(outcome: Outcome<BillingAccountRow>): BillingAccountPayload {
  return outcome.ok ? { billingAccount: toBillingAccount(outcome.value), userErrors: [] } : { billingAccount: null, userErrors: outcome.errors };
}
