import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { allow, isAuthenticated } from '@guildhall/kernel';
import { payeeOf } from '../statements/payee-access.js';
import { indiaToday, readTaxProfile, setTaxProfile } from '../tax/set-tax-profile.js';
import type { PayoutsContext } from './loaders.js';
import { payeeReader, requirePayoutsOn, type ShieldRule } from './statement.resolver.js';
import { PayeeInput } from './statement.types.js';
import { PayeeTaxProfile, PayeeTaxProfilePayload, SetPayeeTaxProfileInput, toPayeeTaxProfile } from './tax-profile.types.js';

/** Tax profiles: read like statements; set by the org's payouts.manage roles, the expert themselves, or a platform admin. */
@Resolver()
export class PayeeTaxProfileResolver {
  @Query(() => PayeeTaxProfile, { description: "A payee's tax profile (the defaults until one is set); read like the payee's statement." })
  async payeeTaxProfile(@Arg('payee', () => PayeeInput) payee: PayeeInput, @Ctx() ctx: PayoutsContext): Promise<PayeeTaxProfile> {
    requirePayoutsOn(ctx);
    return toPayeeTaxProfile(await readTaxProfile(ctx, payeeOf(payee)), indiaToday());
  }

  @Mutation(() => PayeeTaxProfilePayload, {
    description: "Sets a payee's whole tax profile. An org payee: its OWNER or BILLING_ADMIN (payouts.manage); an expert: only themselves; platform admins: anyone.",
  })
  async setPayeeTaxProfile(@Arg('input', () => SetPayeeTaxProfileInput) input: SetPayeeTaxProfileInput, @Ctx() ctx: PayoutsContext): Promise<PayeeTaxProfilePayload> {
    requirePayoutsOn(ctx);
    const { payee, ...profile } = input;
    const outcome = await setTaxProfile(ctx, payeeOf(payee), profile);
    return outcome.ok ? { taxProfile: toPayeeTaxProfile(outcome.value, indiaToday()), userErrors: [] } : { taxProfile: null, userErrors: outcome.errors };
  }
}

/** Shield rules for this file's fields; the use cases decide who may read or set which payee's profile. */
export const taxProfilePermissions: { Query: Record<string, ShieldRule>; Mutation: Record<string, ShieldRule>; [type: string]: ShieldRule | Record<string, ShieldRule> } = {
  Query: { payeeTaxProfile: payeeReader },
  Mutation: { setPayeeTaxProfile: isAuthenticated },
  PayeeTaxProfile: allow,
  PayeeTaxProfilePayload: allow,
  Payee: allow,
  UserError: allow,
};
