import { Arg, Ctx, Field, ID, InputType, ObjectType, Query, Resolver } from 'type-graphql';
import { allow, forbidden, isAuthenticated, membershipIn, money, Money, topLevelError, UserErrorsThrown } from '@guildhall/kernel';
import type { PriceSource } from '../domain/price-resolution.js';
import type { PurchaseKind } from '../domain/purchase.js';
import { orgToday } from '../invoices/billing-profile.js';
import { quoteBooking } from '../pricing/resolve-price.js';
import { PriceSourceEnum, PurchaseKindEnum } from './billing-enums.js';
import type { BillingContext } from './loaders.js';

@InputType()
class BookingQuoteInput {
  @Field(() => ID, { nullable: true, description: 'The org paying ("through <org>"): its contract with the host may set the price. Omit for "pay myself".' }) organizationId?: string | null;
  @Field(() => ID) hostOrganizationId!: string;
  @Field(() => ID, { description: "The expert's user id." }) payeeId!: string;
  @Field(() => PurchaseKindEnum) kind!: PurchaseKind;
  @Field(() => String) currency!: string;
}

@ObjectType({ description: 'What a booking costs now. No price: no rate card prices it, and checkout takes the amount the marketplace quoted.' })
class BookingQuote {
  @Field(() => Money, { nullable: true }) price!: Money | null;
  @Field(() => PriceSourceEnum) source!: PriceSource;
  @Field(() => ID, { nullable: true, description: 'The contract between the paying org and the host that is in force.' }) contractId!: string | null;
}

@Resolver()
export class BookingQuoteResolver {
  @Query(() => BookingQuote, { description: 'The price checkout would charge for a booking with a host org\'s expert; a contract price only for members of the paying org.' })
  async bookingQuote(@Arg('input', () => BookingQuoteInput) input: BookingQuoteInput, @Ctx() ctx: BillingContext): Promise<BookingQuote> {
    const sponsor = input.organizationId ?? null;
    if (sponsor && membershipIn(ctx.principal, sponsor)?.status !== 'ACTIVE') throw forbidden('Only an active member sees what the organization would pay.');
    const today = sponsor ? await orgToday(ctx.em, sponsor) : null;
    try {
      const quote = await quoteBooking(ctx.em, { sponsorOrganizationId: sponsor, hostOrganizationId: input.hostOrganizationId, payeeId: input.payeeId, kind: input.kind, currency: input.currency, at: new Date(), sponsorToday: today });
      return { price: quote.priceMinor === null ? null : money(quote.priceMinor, quote.currency), source: quote.source, contractId: quote.contractId };
    } catch (error) {
      // a query has no userErrors: an unknown host or payee, or another currency, is a bad request naming the field
      if (error instanceof UserErrorsThrown) throw topLevelError('BAD_REQUEST', error.errors[0]!.message, { field: error.errors[0]!.field });
      throw error;
    }
  }
}

type Rule = typeof isAuthenticated | typeof allow;

/** Any signed-in person may ask a price; the resolver checks a named paying org's membership. */
export const bookingQuotePermissions: { Query: Record<string, Rule>; BookingQuote: Rule } = { Query: { bookingQuote: isAuthenticated }, BookingQuote: allow };
