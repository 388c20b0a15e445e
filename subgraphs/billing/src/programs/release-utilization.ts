import type { EntityManager } from '@mikro-orm/postgresql';
import { selectRows } from '@guildhall/kernel';
import type { UtilizationOutcome } from '../domain/program.js';
import { takeBackUsage } from './use-program.js';

/**
 * A booking fully refunded or called off gives back what it used of its program (once: the
 * `released_at` compare-and-set), so the member can book again this cycle. What the member paid
 * themselves never counted against the program.
 */
export async function releaseUtilization(em: EntityManager, paymentId: string): Promise<void> {
  const [used] = await selectRows<{ programId: string; userId: string; periodStart: string; outcome: UtilizationOutcome; coveredMinor: string; overageMinor: string }>(
    em,
    `update "billing"."program_utilization" set released_at = now() where payment_id = ? and released_at is null
     returning program_id, user_id, to_char(period_start, 'YYYY-MM-DD') as period_start, outcome, covered_minor, overage_minor`,
    [paymentId],
  );
  if (!used || used.outcome === 'OVERAGE_MEMBER') return;
  await takeBackUsage(em, used, { engagements: used.outcome === 'COVERED' ? 1 : 0, coveredMinor: Number(used.coveredMinor), overageMinor: Number(used.overageMinor) });
}
