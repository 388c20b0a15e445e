import { Field, ID, ObjectType } from 'type-graphql';
import { Money, money } from '@guildhall/kernel';
import type { PurchaseKind } from '../domain/purchase.js';
import type { RateCardPriceRow, RateCardRow } from '../pricing/rate-card-store.js';
import { PurchaseKindEnum } from './billing-enums.js';
import { RevenueSplit } from './revenue-split.type.js';

@ObjectType({ description: 'One version of a price on a rate card: for a kind of booking, optionally for one expert, over a time range.' })
export class RateCardPrice {
  @Field(() => ID) id!: string;
  @Field(() => PurchaseKindEnum) kind!: PurchaseKind;
  @Field(() => ID, { nullable: true, description: "Set on a per-expert override; null is the card's price for every expert." }) expertUserId!: string | null;
  @Field(() => Money) unitPrice!: Money;
  @Field(() => RevenueSplit) split!: RevenueSplit;
  @Field(() => Date) effectiveFrom!: Date;
  @Field(() => Date, { nullable: true, description: 'Exclusive; null while no later version replaces it.' }) effectiveUntil!: Date | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType({ description: 'How a host organization prices its experts. Prices are versions: a change never rewrites a past one.' })
export class RateCard {
  @Field(() => ID) id!: string;
  organizationId!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'ISO 4217; every price on the card is in it.' }) currency!: string;
  @Field(() => Boolean, { description: 'The card checkout prices from when nothing more specific applies (at most one per org).' }) isDefault!: boolean;
  @Field(() => Date, { nullable: true, description: 'An archived card prices nothing and changes no more.' }) archivedAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
}

export const toRateCard = (r: RateCardRow): RateCard => ({
  id: r.id,
  organizationId: r.organizationId,
  name: r.name,
  currency: r.currency,
  isDefault: r.isDefault,
  archivedAt: r.archivedAt,
  createdAt: r.createdAt,
});

export const toRateCardPrice = (r: RateCardPriceRow, currency: string): RateCardPrice => ({
  id: r.id,
  kind: r.kind,
  expertUserId: r.expertUserId,
  unitPrice: money(r.unitPriceMinor, currency),
  split: r.split,
  effectiveFrom: r.effectiveFrom,
  effectiveUntil: r.effectiveUntil,
  createdAt: r.createdAt,
});
