import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { rule, type IRule } from 'graphql-shield';
import { allow, forbidden, hasOrgAccess, isAuthenticated, notFound, orgCapability, principalCan, unauthenticated, type SubgraphContext } from '@guildhall/kernel';
import { currentAccountOf } from '../usecases/payout-account-store.js';
import { linkPayoutAccount, payoutOnboardingLink } from '../usecases/payout-accounts.js';
import type { PayoutsContext } from './loaders.js';
import { OrganizationRef } from './organization.type.js';
import {
  LinkPayoutAccountInput,
  PayoutAccount,
  PayoutAccountPayload,
  PayoutOnboardingLinkInput,
  PayoutOnboardingLinkPayload,
  toPayoutAccount,
} from './payout-account.type.js';

const loadOrgAccount = async (organizationId: string, ctx: PayoutsContext) => {
  const record = await ctx.loaders.payoutAccountByOrganizationId.load(organizationId);
  return record ? toPayoutAccount(record) : null;
};

@Resolver()
export class PayoutAccountQueryResolver {
  @Query(() => PayoutAccount, { nullable: true, description: "An org's payout account (OWNER, MAINTAINER, BILLING_ADMIN: payouts.read); null until one is linked." })
  payoutAccount(@Arg('organizationId', () => ID) organizationId: string, @Ctx() ctx: PayoutsContext): Promise<PayoutAccount | null> {
    return loadOrgAccount(organizationId, ctx);
  }

  @Query(() => PayoutAccount, { nullable: true, description: 'Your own payout account as an expert paid as a person; null until you link one.' })
  async myPayoutAccount(@Ctx() ctx: PayoutsContext): Promise<PayoutAccount | null> {
    if (ctx.principal.kind !== 'user') throw forbidden('Sign in as a person to see your payout account.');
    const row = await currentAccountOf(ctx.em, { kind: 'USER', id: ctx.principal.userId });
    return row ? toPayoutAccount(row) : null;
  }

  @Mutation(() => PayoutAccountPayload, {
    description:
      "Links where a payee is paid: an org's (its OWNER) or your own. RAZORPAYX takes a bank account or UPI address and verifies it by a bank check; " +
      'STRIPE_CONNECT opens an Express account and answers with its onboardingUrl. Linking again replaces the current account (it becomes DISABLED).',
  })
  async linkPayoutAccount(@Arg('input', () => LinkPayoutAccountInput) input: LinkPayoutAccountInput, @Ctx() ctx: PayoutsContext): Promise<PayoutAccountPayload> {
    const outcome = await linkPayoutAccount(ctx, {
      payee: input.payee ?? null,
      provider: input.provider,
      destination: input.destination ?? null,
      returnUrl: input.returnUrl ?? null,
      country: input.country ?? null,
      currency: input.currency ?? null,
    });
    return outcome.ok
      ? { payoutAccount: toPayoutAccount(outcome.value.account), onboardingUrl: outcome.value.onboardingUrl, userErrors: [] }
      : { payoutAccount: null, onboardingUrl: null, userErrors: outcome.errors };
  }

  @Mutation(() => PayoutOnboardingLinkPayload, { description: 'A fresh Stripe onboarding link for a STRIPE_CONNECT payout account still PENDING_VERIFICATION (same rights as linking it).' })
  async payoutOnboardingLink(@Arg('input', () => PayoutOnboardingLinkInput) input: PayoutOnboardingLinkInput, @Ctx() ctx: PayoutsContext): Promise<PayoutOnboardingLinkPayload> {
    const outcome = await payoutOnboardingLink(ctx, { payee: input.payee ?? null, returnUrl: input.returnUrl });
    return outcome.ok ? { url: outcome.value, userErrors: [] } : { url: null, userErrors: outcome.errors };
  }
}

@Resolver(() => OrganizationRef)
export class OrganizationPayoutResolver {
  @FieldResolver(() => PayoutAccount, { nullable: true, description: 'OWNER, MAINTAINER and BILLING_ADMIN; null until one is linked.' })
  payoutAccount(@Root() organization: OrganizationRef, @Ctx() ctx: PayoutsContext): Promise<PayoutAccount | null> {
    return loadOrgAccount(organization.id, ctx);
  }
}

/**
 * An account is read by who may read its payee: an org's by payouts.read in that org (outside it:
 * NOT_FOUND), an expert's by that expert alone. Checked on the type, so every way to reach one
 * (queries, entity references, mutation payloads) is covered.
 */
const canReadAccount = rule({ cache: 'no_cache' })((account: PayoutAccount, _args, ctx: SubgraphContext) => {
  const { principal } = ctx;
  if (principal.kind === 'anonymous') return unauthenticated();
  if (account.payee.kind === 'USER') return principal.kind === 'user' && principal.userId === account.payee.id ? true : forbidden();
  if (principal.kind === 'service' || principal.kind === 'scim') return forbidden();
  if (!hasOrgAccess(principal, account.payee.id)) return notFound('Organization');
  return principalCan(principal, account.payee.id, 'payouts.read') ? true : forbidden();
});

/** Merged into the subgraph's rules; the mutations check the caller again on the payee (payout-accounts.ts). */
type Rule = IRule | typeof allow;

export const payoutAccountPermissions: { Query: Record<string, Rule>; Mutation: Record<string, Rule>; Organization: Record<string, Rule>; [type: string]: Rule | Record<string, Rule> } = {
  Query: {
    payoutAccount: orgCapability('payouts.read', (_p, args: { organizationId: string }) => args.organizationId),
    myPayoutAccount: isAuthenticated,
  },
  Mutation: {
    linkPayoutAccount: isAuthenticated,
    payoutOnboardingLink: isAuthenticated,
  },
  Organization: {
    payoutAccount: orgCapability('payouts.read', (org: { id: string }) => org.id),
  },
  PayoutAccount: canReadAccount,
  PayoutAccountPayload: allow,
  PayoutOnboardingLinkPayload: allow,
};
