import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { allow, isAuthenticated, MinorUnits, orgCapability, UserError, type Outcome } from '@guildhall/kernel';
import type { PurchaseKind } from '../domain/purchase.js';
import { pricesOf, rateCardOf, rateCardsOf } from '../pricing/rate-card-queries.js';
import type { RateCardPriceRow, RateCardRow } from '../pricing/rate-card-store.js';
import { archiveRateCard, createRateCard, setDefaultRateCard, setRateCardPrice } from '../pricing/rate-cards.js';
import { BillingAccount } from './billing-account.type.js';
import { PurchaseKindEnum } from './billing-enums.js';
import type { BillingContext } from './loaders.js';
import { RateCard, RateCardPrice, toRateCard, toRateCardPrice } from './rate-card.type.js';
import { RevenueSplit } from './revenue-split.type.js';

@InputType()
class CreateRateCardInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => String, { description: '1–80 characters, unique within the org (archived cards included).' }) name!: string;
  @Field(() => String, { description: 'ISO 4217.' }) currency!: string;
  @Field(() => Boolean, { defaultValue: false, description: 'Make it the default, in place of the current one.' }) isDefault!: boolean;
}

@InputType()
class SetRateCardPriceInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) rateCardId!: string;
  @Field(() => PurchaseKindEnum) kind!: PurchaseKind;
  @Field(() => ID, { nullable: true, description: 'A per-membership override for one ACTIVE member of the org; omit for the card-wide price.' }) expertUserId?: string | null;
  @Field(() => MinorUnits) unitPriceMinor!: number;
  @Field(() => RevenueSplit) split!: RevenueSplit;
  @Field(() => Date, { nullable: true, description: 'Default now; after the start of every earlier version of this price.' }) effectiveFrom?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Exclusive; omit for open-ended.' }) effectiveUntil?: Date | null;
}

@InputType()
class RateCardRefInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) rateCardId!: string;
}

@ObjectType()
class RateCardPayload {
  @Field(() => RateCard, { nullable: true }) rateCard!: RateCard | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
class RateCardPricePayload {
  @Field(() => RateCard, { nullable: true }) rateCard!: RateCard | null;
  @Field(() => RateCardPrice, { nullable: true, description: 'The version just added.' }) price!: RateCardPrice | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

const respond = (outcome: Outcome<RateCardRow>): RateCardPayload =>
  outcome.ok ? { rateCard: toRateCard(outcome.value), userErrors: [] } : { rateCard: null, userErrors: outcome.errors };

/** Rate cards: OWNER and BILLING_ADMIN of a host org change them (the use cases check rateCards.manage). */
@Resolver(() => RateCard)
export class RateCardResolver {
  @Mutation(() => RateCardPayload, { description: 'rateCards.manage, in an org that hosts experts; a duplicate name is a CONFLICT.' })
  async createRateCard(@Arg('input', () => CreateRateCardInput) input: CreateRateCardInput, @Ctx() ctx: BillingContext) {
    return respond(await createRateCard(ctx, { ...input }));
  }

  @Mutation(() => RateCardPricePayload, { description: 'Adds a price version; the version in effect ends where it starts. A version starting at or after it is a CONFLICT.' })
  async setRateCardPrice(@Arg('input', () => SetRateCardPriceInput) input: SetRateCardPriceInput, @Ctx() ctx: BillingContext): Promise<RateCardPricePayload> {
    const outcome = await setRateCardPrice(ctx, { ...input, expertUserId: input.expertUserId ?? null, effectiveFrom: input.effectiveFrom ?? null, effectiveUntil: input.effectiveUntil ?? null });
    if (!outcome.ok) return { rateCard: null, price: null, userErrors: outcome.errors };
    const { card, price } = outcome.value;
    return { rateCard: toRateCard(card), price: toRateCardPrice(price, card.currency), userErrors: [] };
  }

  @Mutation(() => RateCardPayload, { description: "Makes a live card the org's default." })
  async setDefaultRateCard(@Arg('input', () => RateCardRefInput) input: RateCardRefInput, @Ctx() ctx: BillingContext) {
    return respond(await setDefaultRateCard(ctx, { ...input }));
  }

  @Mutation(() => RateCardPayload, { description: 'Retires a card for good; archiving the default leaves the org without one.' })
  async archiveRateCard(@Arg('input', () => RateCardRefInput) input: RateCardRefInput, @Ctx() ctx: BillingContext) {
    return respond(await archiveRateCard(ctx, { ...input }));
  }

  @Query(() => RateCard, { nullable: true, description: "One of the org's rate cards (rateCards.read)." })
  async rateCard(@Arg('organizationId', () => ID) organizationId: string, @Arg('id', () => ID) id: string, @Ctx() ctx: BillingContext): Promise<RateCard> {
    return toRateCard(await rateCardOf(ctx, organizationId, id));
  }

  @FieldResolver(() => [RateCardPrice], { description: 'The versions in effect at `at` (default now), one per kind and expert; with `history`, every version, newest first.' })
  async prices(
    @Root() card: RateCard,
    @Arg('at', () => Date, { nullable: true }) at: Date | null | undefined,
    @Arg('history', () => Boolean, { defaultValue: false }) history: boolean,
    @Ctx() ctx: BillingContext,
  ): Promise<RateCardPrice[]> {
    const rows: RateCardPriceRow[] = await pricesOf(ctx, card.id, { at: at ?? null, history });
    return rows.map((r) => toRateCardPrice(r, card.currency));
  }
}

@Resolver(() => BillingAccount)
export class BillingAccountRateCardsResolver {
  @FieldResolver(() => [RateCard], { description: "The org's rate cards: the default first, archived ones last (rateCards.read)." })
  async rateCards(@Root() account: BillingAccount, @Ctx() ctx: BillingContext): Promise<RateCard[]> {
    // the BillingAccount rule admits billing.read (and platform admins); rate cards ask their own capability
    return (await rateCardsOf(ctx, account.organizationId)).map(toRateCard);
  }
}

type Rule = typeof isAuthenticated | typeof allow;

/**
 * Shield rules for this file's fields: the mutations need a signed-in person and the use cases
 * decide rateCards.manage; the query needs rateCards.read in the org it names (outsiders get
 * NOT_FOUND). A RateCard is reachable only through these doors, so its own fields are open.
 */
export const rateCardPermissions: { Mutation: Record<string, Rule>; Query: Record<string, Rule>; [type: string]: Rule | Record<string, Rule> } = {
  Mutation: { createRateCard: isAuthenticated, setRateCardPrice: isAuthenticated, setDefaultRateCard: isAuthenticated, archiveRateCard: isAuthenticated },
  Query: { rateCard: orgCapability('rateCards.read', (_p, args: { organizationId: string }) => args.organizationId) },
  RateCard: allow,
  RateCardPrice: allow,
  RateCardPayload: allow,
  RateCardPricePayload: allow,
  RevenueSplit: allow,
};
