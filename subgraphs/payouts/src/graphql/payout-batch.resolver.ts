import { Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { allow, forbidden, isAuthenticated, Money, money, selectRows } from '@guildhall/kernel';
import { batchDeps } from '../jobs/payout-jobs.js';
import { runPayoutBatch, type BatchRow } from '../usecases/batches.js';
import { BATCH, PAYOUT } from '../usecases/payout-store.js';
import type { PayoutsContext } from './loaders.js';

@ObjectType({ description: 'One run of payouts: weekly (keyed by ISO week) or started by a platform admin.' })
class PayoutBatch {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'The ISO week (2026-W49) of a weekly batch; MANUAL-<time> otherwise.' }) period!: string;
  @Field(() => String) trigger!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Int) payouts!: number;
  @Field(() => [Money], { description: 'Net paid or being paid, per currency.' }) net!: Money[];
}

@ObjectType()
class RunPayoutBatchPayload {
  @Field(() => PayoutBatch) batch!: PayoutBatch;
  @Field(() => Int, { description: 'Payouts this run created.' }) created!: number;
  @Field(() => Int, { description: 'Payouts this run sent to a provider.' }) submitted!: number;
}

function requirePlatformAdmin(ctx: PayoutsContext): asserts ctx is PayoutsContext & { principal: { kind: 'user'; userId: string } } {
  if (ctx.principal.kind !== 'user' || !ctx.principal.platformAdmin) throw forbidden('Only a platform admin runs payout batches.');
  if (!ctx.services.features.payouts) throw forbidden('Payouts are switched off on this platform.');
}

async function batchSummaries(ctx: PayoutsContext, where: string, params: unknown[]): Promise<PayoutBatch[]> {
  const batches = await selectRows<BatchRow>(ctx.em, `select * from ${BATCH} where ${where} order by created_at desc limit 50`, params);
  const totals = batches.length
    ? await ctx.em.execute<{ batch_id: string; currency: string; n: string; net: string }[]>(
        `select batch_id, currency, count(*) as n, sum(net_minor) filter (where status not in ('FAILED', 'REVERSED')) as net from ${PAYOUT} where batch_id = any(?::uuid[]) group by batch_id, currency`,
        [`{${batches.map((b) => b.id).join(',')}}`],
      )
    : [];
  return batches.map((b) => {
    const mine = totals.filter((t) => t.batch_id === b.id);
    return { id: b.id, period: b.period, trigger: b.trigger, createdAt: b.createdAt, payouts: mine.reduce((n, t) => n + Number(t.n), 0), net: mine.map((t) => money(t.net ?? 0, t.currency)) };
  });
}

@Resolver()
export class PayoutBatchResolver {
  @Query(() => [PayoutBatch], { description: 'The latest 50 payout batches (platform admins).' })
  async payoutBatches(@Ctx() ctx: PayoutsContext): Promise<PayoutBatch[]> {
    requirePlatformAdmin(ctx);
    return batchSummaries(ctx, 'true', []);
  }

  @Mutation(() => RunPayoutBatchPayload, { description: 'Pays out now what is available to every payee (platform admins). Running it again pays nobody twice.' })
  async runPayoutBatch(@Ctx() ctx: PayoutsContext): Promise<RunPayoutBatchPayload> {
    requirePlatformAdmin(ctx);
    const result = await runPayoutBatch(batchDeps(ctx.em, ctx.services), { kind: 'MANUAL', at: new Date(), by: ctx.principal.userId });
    const [batch] = await batchSummaries(ctx, 'id = ?', [result.batch.id]);
    return { batch: batch!, created: result.created.length, submitted: result.submitted };
  }
}

type Rule = typeof isAuthenticated | typeof allow;
/** Platform admins only: the resolvers check; the types are reachable only through them. */
export const payoutBatchPermissions: { Query: Record<string, Rule>; Mutation: Record<string, Rule>; [type: string]: Rule | Record<string, Rule> } = {
  Query: { payoutBatches: isAuthenticated },
  Mutation: { runPayoutBatch: isAuthenticated },
  PayoutBatch: allow,
  RunPayoutBatchPayload: allow,
};
