import { Field, ID, ObjectType } from 'type-graphql';
import { graphqlEnum, Money, money } from '@guildhall/kernel';
import { PURCHASE_ORDER_STATUSES, type PurchaseOrderStatus } from '../domain/purchase-order.js';
import type { PurchaseOrderRow } from '../usecases/purchase-orders.js';

export const PurchaseOrderStatusEnum = graphqlEnum(
  PURCHASE_ORDER_STATUSES,
  'PurchaseOrderStatus',
  'ACTIVE can be drawn; EXHAUSTED has nothing left (a refund re-opens it); VOID and CANCELLED are final.',
);

@ObjectType({ description: "An organization's authorization to spend up to an amount on invoiced purchases." })
export class PurchaseOrder {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "The org's own number for it, unique within the org." })
  number!: string;

  @Field(() => Money)
  amount!: Money;

  @Field(() => Money, { description: 'What is left to draw.' })
  remaining!: Money;

  @Field(() => String, { description: 'First day it may be drawn (YYYY-MM-DD).' })
  validFrom!: string;

  @Field(() => String, { description: 'Last day it may be drawn (YYYY-MM-DD).' })
  validUntil!: string;

  @Field(() => PurchaseOrderStatusEnum)
  status!: PurchaseOrderStatus;

  @Field(() => Date)
  createdAt!: Date;
}

export const toPurchaseOrder = (r: PurchaseOrderRow): PurchaseOrder => ({
  id: r.id,
  number: r.number,
  amount: money(r.amountMinor, r.currency),
  remaining: money(r.remainingMinor, r.currency),
  validFrom: r.validFrom,
  validUntil: r.validUntil,
  status: r.status,
  createdAt: r.createdAt,
});
