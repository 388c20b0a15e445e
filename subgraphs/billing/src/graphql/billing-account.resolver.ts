import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { money, Money, pageSize, topLevelError } from '@guildhall/kernel';
import { afterCursor, keysetPageInfo } from './keyset-page.js';
import { wallet } from '../domain/ledger.js';
import { unbilledNetMinor } from '../usecases/billable-queries.js';
import { billingSummary } from '../usecases/billing-summary.js';
import { balanceOf } from '../usecases/ledger-posting.js';
import { disputesOf, pageOfLedger, pageOfPayments } from '../usecases/payment-queries.js';
import { BillingAccount } from './billing-account.type.js';
import { BillingSummary, Dispute, LedgerTransactionConnection } from './ledger.type.js';
import type { BillingContext } from './loaders.js';
import { toBillingAccount, toPayment } from './mappers.js';
import { OrganizationRef } from './organization.type.js';
import { PaymentConnection } from './payment.type.js';

const loadBillingAccount = async (organizationId: string, ctx: BillingContext) => {
  const record = await ctx.loaders.billingAccountByOrganizationId.load(organizationId);
  return record ? toBillingAccount(record) : null;
};

@Resolver()
export class BillingAccountQueryResolver {
  @Query(() => BillingAccount, { nullable: true, description: "An org's billing account (finance roles); null until it is opened." })
  billingAccount(@Arg('organizationId', () => ID) organizationId: string, @Ctx() ctx: BillingContext): Promise<BillingAccount | null> {
    return loadBillingAccount(organizationId, ctx);
  }
}

@Resolver(() => OrganizationRef)
export class OrganizationBillingResolver {
  @FieldResolver(() => BillingAccount, { nullable: true, description: 'Finance roles only; null until the account is opened.' })
  billingAccount(@Root() organization: OrganizationRef, @Ctx() ctx: BillingContext): Promise<BillingAccount | null> {
    return loadBillingAccount(organization.id, ctx);
  }
}

/** The finance view of an account; the type's rule admits finance roles of its org only. */
@Resolver(() => BillingAccount)
export class BillingAccountFieldsResolver {
  @FieldResolver(() => Money, { description: 'Credits in the wallet (SEAT_PACK).' })
  async creditBalance(@Root() account: BillingAccount, @Ctx() ctx: BillingContext): Promise<Money> {
    return money(await balanceOf(ctx.em, wallet(account.organizationId, account.currency)), account.currency);
  }

  @FieldResolver(() => Money, { description: 'Charged to the invoice and not yet invoiced, net of refunds.' })
  async unbilledCharges(@Root() account: BillingAccount, @Ctx() ctx: BillingContext): Promise<Money> {
    return money(await unbilledNetMinor(ctx.em, account.organizationId, account.currency), account.currency);
  }

  @FieldResolver(() => PaymentConnection, { description: 'Payments paid by or tagged with the org, newest first.' })
  async payments(
    @Root() account: BillingAccount,
    @Ctx() ctx: BillingContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<PaymentConnection> {
    const limit = pageSize(first);
    const rows = await pageOfPayments(ctx.em, { organizationId: account.organizationId }, limit, afterCursor(after));
    return { nodes: rows.slice(0, limit).map(toPayment), pageInfo: keysetPageInfo(rows, limit) };
  }

  @FieldResolver(() => LedgerTransactionConnection, { description: "The org's ledger transactions, newest first." })
  async ledgerTransactions(
    @Root() account: BillingAccount,
    @Ctx() ctx: BillingContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<LedgerTransactionConnection> {
    const limit = pageSize(first);
    const rows = await pageOfLedger(ctx.em, account.organizationId, limit, afterCursor(after));
    return {
      nodes: rows.slice(0, limit).map((t) => ({ ...t, kind: t.kind as never, entries: t.entries.map((e) => ({ accountKind: e.accountKind as never, side: e.side, amount: money(e.amountMinor, e.currency) })) })),
      pageInfo: keysetPageInfo(rows, limit),
    };
  }

  @FieldResolver(() => [Dispute])
  async disputes(@Root() account: BillingAccount, @Ctx() ctx: BillingContext): Promise<Dispute[]> {
    const rows = await disputesOf(ctx.em, account.organizationId);
    return rows.map((d) => ({ ...d, amount: money(d.amountMinor, d.currency) }));
  }

  @FieldResolver(() => BillingSummary, { description: 'Spend through the org in [from, to) (default: the last 12 months).' })
  async summary(
    @Root() account: BillingAccount,
    @Ctx() ctx: BillingContext,
    @Arg('from', () => Date, { nullable: true }) from?: Date,
    @Arg('to', () => Date, { nullable: true }) to?: Date,
  ): Promise<BillingSummary> {
    const until = to ?? new Date();
    const since = from ?? new Date(Date.UTC(until.getUTCFullYear() - 1, until.getUTCMonth(), 1));
    if (since >= until) throw topLevelError('BAD_REQUEST', '"from" must be before "to".');
    const facts = await billingSummary(ctx.em, account.organizationId, account.currency, since, until);
    const c = account.currency;
    const line = (r: { grossMinor: number; refundsMinor: number; netMinor: number; count: number }) => ({ gross: money(r.grossMinor, c), refunds: money(r.refundsMinor, c), net: money(r.netMinor, c), count: r.count });
    return {
      ...line(facts.total),
      unbilled: money(facts.unbilledMinor, c),
      credits: money(facts.creditsMinor, c),
      byMember: facts.byMember.map((r) => ({ userId: r.key, ...line(r) })),
      byMonth: facts.byMonth.map((r) => ({ month: r.key, ...line(r) })),
    };
  }
}
