import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { allow, isAuthenticated, MinorUnits, UserError, type Outcome } from '@guildhall/kernel';
import type { PurchaseOrderStatus } from '../domain/purchase-order.js';
import { cancelPurchaseOrder, createPurchaseOrder, listPurchaseOrders, type PurchaseOrderRow } from '../usecases/purchase-orders.js';
import { BillingAccount } from './billing-account.type.js';
import type { BillingContext } from './loaders.js';
import { PurchaseOrder, PurchaseOrderStatusEnum, toPurchaseOrder } from './purchase-order.type.js';

@InputType()
class CreatePurchaseOrderInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => String, { description: '1–40 characters, unique within the org; surrounding spaces are dropped.' }) number!: string;
  @Field(() => MinorUnits) amountMinor!: number;
  @Field(() => String, { description: 'ISO 4217.' }) currency!: string;
  @Field(() => String, { description: 'YYYY-MM-DD, inclusive.' }) validFrom!: string;
  @Field(() => String, { description: 'YYYY-MM-DD, inclusive; not before validFrom.' }) validUntil!: string;
}

@InputType()
class CancelPurchaseOrderInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) purchaseOrderId!: string;
}

@ObjectType()
class PurchaseOrderPayload {
  @Field(() => PurchaseOrder, { nullable: true })
  purchaseOrder!: PurchaseOrder | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

const respond = (outcome: Outcome<PurchaseOrderRow>): PurchaseOrderPayload =>
  outcome.ok ? { purchaseOrder: toPurchaseOrder(outcome.value), userErrors: [] } : { purchaseOrder: null, userErrors: outcome.errors };

/** Purchase orders: OWNER and BILLING_ADMIN manage them (the use cases check it again on their own). */
@Resolver()
export class PurchaseOrderMutationResolver {
  @Mutation(() => PurchaseOrderPayload, { description: 'Finance-write roles only; a duplicate number is a CONFLICT.' })
  async createPurchaseOrder(@Arg('input', () => CreatePurchaseOrderInput) input: CreatePurchaseOrderInput, @Ctx() ctx: BillingContext) {
    return respond(await createPurchaseOrder(ctx, { ...input }));
  }

  @Mutation(() => PurchaseOrderPayload, { description: 'Ends an ACTIVE or EXHAUSTED purchase order; finance-write roles only.' })
  async cancelPurchaseOrder(@Arg('input', () => CancelPurchaseOrderInput) input: CancelPurchaseOrderInput, @Ctx() ctx: BillingContext) {
    return respond(await cancelPurchaseOrder(ctx, { ...input }));
  }
}

@Resolver(() => BillingAccount)
export class BillingAccountPurchaseOrdersResolver {
  @FieldResolver(() => [PurchaseOrder], { description: "The org's purchase orders, newest first (finance roles)." })
  async purchaseOrders(
    @Root() account: BillingAccount,
    @Arg('status', () => PurchaseOrderStatusEnum, { nullable: true }) status: PurchaseOrderStatus | null | undefined,
    @Ctx() ctx: BillingContext,
  ): Promise<PurchaseOrder[]> {
    // one account per request in practice (billingAccount(organizationId)), so no loader
    return (await listPurchaseOrders(ctx.em, account.organizationId, status ?? null)).map(toPurchaseOrder);
  }
}

type Rule = typeof isAuthenticated | typeof allow;

/**
 * Shield rules for this file's fields, in the billing convention: the mutations need a signed-in
 * person and the use cases decide finance-write on their own. `BillingAccount.purchaseOrders` is
 * covered by the rule on the whole BillingAccount type (billing.read in the account's org). A
 * PurchaseOrder is reachable only through these guarded doors, so its own fields are open.
 */
export const purchaseOrderPermissions: { Mutation: Record<string, Rule>; [type: string]: Rule | Record<string, Rule> } = {
  Mutation: { createPurchaseOrder: isAuthenticated, cancelPurchaseOrder: isAuthenticated },
  PurchaseOrder: allow,
  PurchaseOrderPayload: allow,
  Money: allow,
  UserError: allow,
};
