import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { forbidden, isUuid, pageSize, principalCan, type Principal } from '@guildhall/kernel';
import { afterCursor, keysetPageInfo } from './keyset-page.js';
import { findPayment, type PaymentRow } from '../usecases/payment-store.js';
import { pageOfPayments, refundsOf } from '../usecases/payment-queries.js';
import type { BillingContext } from './loaders.js';
import { nextActionOf, toPayment, toRefund } from './mappers.js';
import { Payment, PaymentAction, PaymentConnection, Refund } from './payment.type.js';

/** The buyer, the finance roles of the org it is paid by or tagged with, and platform admins. */
export function maySeePayment(principal: Principal, payment: Pick<PaymentRow, 'payerUserId' | 'organizationId'>): boolean {
  if (principal.kind === 'user' && (principal.platformAdmin || principal.userId === payment.payerUserId)) return true;
  return payment.organizationId !== null && principalCan(principal, payment.organizationId, 'billing.read');
}

@Resolver(() => Payment)
export class PaymentQueryResolver {
  @Query(() => Payment, { nullable: true, description: 'A payment you made, or one of an org whose finances you can see.' })
  async payment(@Arg('id', () => ID) id: string, @Ctx() ctx: BillingContext): Promise<Payment | null> {
    const row = isUuid(id) ? await findPayment(ctx.em, { id }) : null;
    return row && maySeePayment(ctx.principal, row) ? toPayment(row) : null;
  }

  @Query(() => PaymentConnection, { description: 'Your own payments, newest first.' })
  async myPayments(
    @Ctx() ctx: BillingContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<PaymentConnection> {
    if (ctx.principal.kind !== 'user') throw forbidden('Sign in as a person to see your payments.');
    const limit = pageSize(first);
    const rows = await pageOfPayments(ctx.em, { payerUserId: ctx.principal.userId }, limit, afterCursor(after));
    return { nodes: rows.slice(0, limit).map(toPayment), pageInfo: keysetPageInfo(rows, limit) };
  }

  @FieldResolver(() => Boolean, { description: 'A chargeback is open.' })
  disputed(@Root() payment: Payment, @Ctx() ctx: BillingContext): Promise<boolean> {
    return ctx.loaders.openDispute.load(payment.id);
  }

  @FieldResolver(() => [Refund])
  async refunds(@Root() payment: Payment, @Ctx() ctx: BillingContext): Promise<Refund[]> {
    return (await refundsOf(ctx.em, payment.id)).map(toRefund);
  }

  @FieldResolver(() => PaymentAction, { nullable: true, description: 'For the buyer only: how to pay a PENDING card payment.' })
  async nextAction(@Root() payment: Payment, @Ctx() ctx: BillingContext): Promise<PaymentAction | null> {
    if (ctx.principal.kind !== 'user' || ctx.principal.userId !== payment.payerUserId || payment.status !== 'PENDING') return null;
    const row = await findPayment(ctx.em, { id: payment.id });
    return row ? nextActionOf(row, ctx.services) : null;
  }
}
