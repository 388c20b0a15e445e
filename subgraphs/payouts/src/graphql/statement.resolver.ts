import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Query, Resolver, Root } from 'type-graphql';
import { rule } from 'graphql-shield';
import { allow, forbidden, isAuthenticated, pageSize, unauthenticated, type SubgraphContext } from '@guildhall/kernel';
import type { Payee as PayeeValue } from '../domain/payee.js';
import type { PayoutStatus } from '../domain/payout-rules.js';
import { payeeOf, requirePayeeReader } from '../statements/payee-access.js';
import { payeeStatement } from '../statements/statement.js';
import { statementCsv } from '../statements/statement-csv.js';
import { pageOfPayouts, STATEMENT_TIME_ZONE } from '../statements/statement-store.js';
import type { PayoutsContext } from './loaders.js';
import { afterCursor, keysetPageInfo } from './statement-page.js';
import { PayeeInput, PayeeStatement, PayoutConnection, PayoutStatusEnum, toPayeeStatement, toPayout } from './statement.types.js';

@InputType()
class PayeeStatementInput {
  @Field(() => PayeeInput) payee!: PayeeInput;
  @Field(() => String, { description: 'First day, YYYY-MM-DD (India time), inclusive.' }) from!: string;
  @Field(() => String, { description: 'Last day, YYYY-MM-DD (India time), inclusive; at most 366 days after from.' }) to!: string;
}

/** FEATURE_PAYOUTS off hides payouts, statements and tax profiles alike. */
export function requirePayoutsOn(ctx: PayoutsContext): void {
  if (!ctx.services.features.payouts) throw forbidden('Payouts are switched off on this platform.');
}

const me = (ctx: PayoutsContext): PayeeValue => {
  if (ctx.principal.kind !== 'user') throw forbidden('Sign in as a person to see your own payouts.');
  return { kind: 'USER', id: ctx.principal.userId };
};

async function statementOf(ctx: PayoutsContext, payee: PayeeValue, from: string, to: string): Promise<PayeeStatement> {
  requirePayoutsOn(ctx);
  return toPayeeStatement(await payeeStatement(ctx, payee, from, to), STATEMENT_TIME_ZONE);
}

async function payoutPage(ctx: PayoutsContext, payee: PayeeValue, status: PayoutStatus | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<PayoutConnection> {
  requirePayoutsOn(ctx);
  requirePayeeReader(ctx.principal, payee);
  const limit = pageSize(first);
  const rows = await pageOfPayouts(ctx.em, payee, status ?? null, limit, afterCursor(after));
  return { nodes: rows.slice(0, limit).map(toPayout), pageInfo: keysetPageInfo(rows, limit) };
}

/** Statements and payout lists. Who may read a payee's: statements/payee-access.ts (checked in the use cases). */
@Resolver(() => PayeeStatement)
export class PayeeStatementResolver {
  @Query(() => PayeeStatement, {
    description: "A payee's statement. An org payee: its OWNER, MAINTAINER and BILLING_ADMIN (payouts.read); an expert: only themselves. Anyone else is FORBIDDEN.",
  })
  payeeStatement(@Arg('input', () => PayeeStatementInput) input: PayeeStatementInput, @Ctx() ctx: PayoutsContext): Promise<PayeeStatement> {
    return statementOf(ctx, payeeOf(input.payee), input.from, input.to);
  }

  @Query(() => PayeeStatement, { description: 'Your own statement as an expert paid as a person.' })
  myPayeeStatement(@Arg('from', () => String) from: string, @Arg('to', () => String) to: string, @Ctx() ctx: PayoutsContext): Promise<PayeeStatement> {
    return statementOf(ctx, me(ctx), from, to);
  }

  @Query(() => PayoutConnection, { description: "An organization's payouts, newest first (payouts.read)." })
  payouts(
    @Arg('organizationId', () => ID) organizationId: string,
    @Ctx() ctx: PayoutsContext,
    @Arg('status', () => PayoutStatusEnum, { nullable: true }) status?: PayoutStatus | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<PayoutConnection> {
    return payoutPage(ctx, { kind: 'ORGANIZATION', id: organizationId }, status, first, after);
  }

  @Query(() => PayoutConnection, { description: 'Your own payouts as an expert, newest first.' })
  myPayouts(
    @Ctx() ctx: PayoutsContext,
    @Arg('status', () => PayoutStatusEnum, { nullable: true }) status?: PayoutStatus | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<PayoutConnection> {
    return payoutPage(ctx, me(ctx), status, first, after);
  }

  @FieldResolver(() => String, {
    description: 'The entries and payouts as CSV (RFC 4180, a header line, signed decimal amounts, ISO 8601 UTC timestamps), for download.',
  })
  csv(@Root() statement: PayeeStatement): string {
    return statementCsv(statement.source.entries, statement.source.payouts);
  }
}

/** People, and org API keys within their scopes; who sees which payee is the use cases' call. */
/** The IRule type, named through the kernel (graphql-shield's own typings are not portable here). */
export type ShieldRule = typeof isAuthenticated | typeof allow;

export const payeeReader: typeof isAuthenticated = rule({ cache: 'contextual' })((_p, _a, ctx: SubgraphContext) => {
  if (ctx.principal.kind === 'user' || ctx.principal.kind === 'apiKey') return true;
  return ctx.principal.kind === 'anonymous' ? unauthenticated() : forbidden();
});

/**
 * Shield rules for this file's fields: the doors check the caller on the payee (payee-access.ts),
 * and what they return is reachable through them only, so its own fields are open.
 */
export const statementPermissions: { Query: Record<string, ShieldRule>; [type: string]: ShieldRule | Record<string, ShieldRule> } = {
  Query: { payeeStatement: payeeReader, myPayeeStatement: isAuthenticated, payouts: payeeReader, myPayouts: isAuthenticated },
  PayeeStatement: allow,
  PayeeStatementTotals: allow,
  PayeeBalance: allow,
  PayeeEntry: allow,
  Payout: allow,
  PayoutConnection: allow,
  Payee: allow,
  Money: allow,
  PageInfo: allow,
};
