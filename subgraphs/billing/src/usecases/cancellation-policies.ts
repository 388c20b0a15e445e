import type { EntityManager } from '@mikro-orm/postgresql';
import { fail, notFound, recordEvent, selectRows, userError, type Outcome } from '@guildhall/kernel';
import { DEFAULT_CANCELLATION_POLICY, policyProblems, type CancellationPolicy, type RefundTier } from '../domain/cancellation-policy.js';
import { lockBillingAccount } from './billing-account-store.js';
import type { BillingDeps } from './deps.js';
import { requireFinanceManager } from './finance-access.js';
import { inTransaction } from './transaction.js';

/** The org's policy in force (its latest version), or the platform's default (version 1). */
export async function currentPolicyOf(em: EntityManager, organizationId: string | null): Promise<CancellationPolicy> {
  if (!organizationId) return DEFAULT_CANCELLATION_POLICY;
  const [row] = await selectRows<{ version: number; tiers: RefundTier[]; expertCancelledBps: number }>(
    em,
    `select version, tiers, expert_cancelled_bps from "billing"."cancellation_policy" where organization_id = ? order by version desc limit 1`,
    [organizationId],
  );
  return row ? { version: row.version, tiers: row.tiers, expertCancelledBps: row.expertCancelledBps } : DEFAULT_CANCELLATION_POLICY;
}

/**
 * OWNER or BILLING_ADMIN publish a new version; earlier versions stay as they were, so every
 * purchase keeps the terms snapshotted when it was bought.
 */
export async function setCancellationPolicy(deps: BillingDeps, input: { organizationId: string; tiers: RefundTier[]; expertCancelledBps: number }): Promise<Outcome<CancellationPolicy>> {
  requireFinanceManager(deps.principal, input.organizationId);
  const principal = deps.principal;
  const problems = policyProblems(input.tiers, input.expertCancelledBps);
  if (problems.length) return fail(...problems.map((p) => userError('BAD_USER_INPUT', ['input', 'tiers'], p)));
  return inTransaction(deps.em, async (em) => {
    const account = await lockBillingAccount(em, input.organizationId, 'update'); // versions are numbered one at a time
    if (!account) throw notFound('Billing account');
    const version = (await currentPolicyOf(em, input.organizationId)).version + 1;
    const tiers = input.tiers.map((t) => ({ minHoursBefore: t.minHoursBefore, refundBps: t.refundBps }));
    await em.execute(`insert into "billing"."cancellation_policy" (organization_id, version, tiers, expert_cancelled_bps, created_by) values (?, ?, ?, ?, ?)`, [
      input.organizationId,
      version,
      JSON.stringify(tiers),
      input.expertCancelledBps,
      principal.userId,
    ]);
    recordEvent(em, deps, { type: 'billing.account.changed', organizationId: input.organizationId, aggregateId: account.id, payload: { organizationId: input.organizationId, billingAccountId: account.id, fields: ['cancellationPolicy'], mode: account.mode } });
    return { version, tiers, expertCancelledBps: input.expertCancelledBps };
  });
}
