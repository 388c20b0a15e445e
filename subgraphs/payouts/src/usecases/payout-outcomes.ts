import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent, selectRows, type EventCause, type PayoutChange } from '@guildhall/kernel';
import { OUTCOME_FROM, type PayoutOutcome } from '../domain/payout-rules.js';
import { ENTRY } from './payee-entries.js';
import { PAYOUT, type PayoutRow } from './payout-store.js';

/**
 * The provider's word on a payout. PROCESSED pays its entries; FAILED and REVERSED give them back to
 * the payee's balance for the next batch. A compare-and-set on the status makes a repeated or late
 * event a no-op. A payout not known by that provider id yet (its submission is still being recorded)
 * throws, so the stored event is applied again by the sweep.
 */
export async function applyPayoutOutcome(em: EntityManager, cause: EventCause, input: { providerPayoutId: string; outcome: PayoutOutcome; reason: string | null }): Promise<void> {
  const from = OUTCOME_FROM[input.outcome];
  const [moved] = await selectRows<PayoutRow>(
    em,
    `update ${PAYOUT} set status = ?, failure_reason = coalesce(?, failure_reason), completed_at = case when ? = 'PROCESSED' then now() else completed_at end, updated_at = now()
      where provider_payout_id = ? and status in (${from.map(() => '?').join(', ')}) returning *`,
    [input.outcome, input.reason, input.outcome, input.providerPayoutId, ...from],
  );
  if (!moved) {
    const [known] = await em.execute<{ id: string }[]>(`select id from ${PAYOUT} where provider_payout_id = ?`, [input.providerPayoutId]);
    if (!known) throw new Error(`no payout with provider id ${input.providerPayoutId} yet`);
    return; // already there, or past it
  }
  await settleEntries(em, moved.id, input.outcome);
  recordOutcome(em, cause, moved, input.outcome, input.reason);
}

/** Moves a payout's entries with its outcome. */
export async function settleEntries(em: EntityManager, payoutId: string, outcome: PayoutOutcome) {
  if (outcome === 'PROCESSED') {
    await em.execute(`update ${ENTRY} set status = 'PAID', updated_at = now() where payout_id = ? and status = 'IN_PAYOUT'`, [payoutId]);
  } else {
    await em.execute(`update ${ENTRY} set status = 'AVAILABLE', payout_id = null, updated_at = now() where payout_id = ?`, [payoutId]);
  }
}

const EVENT = { PROCESSED: 'payouts.payout.completed', FAILED: 'payouts.payout.failed', REVERSED: 'payouts.payout.reversed' } as const;

export function recordOutcome(em: EntityManager, cause: EventCause, payout: PayoutRow, outcome: PayoutOutcome, reason: string | null) {
  const change: PayoutChange = {
    organizationId: payout.payeeKind === 'ORGANIZATION' ? payout.payeeId : null,
    payeeKind: payout.payeeKind,
    payeeId: payout.payeeId,
    payoutId: payout.id,
    batchId: payout.batchId,
    grossMinor: Number(payout.grossMinor),
    tdsMinor: Number(payout.tdsMinor),
    netMinor: Number(payout.netMinor),
    currency: payout.currency.trim(),
  };
  const aggregate = { organizationId: change.organizationId, aggregateId: payout.id };
  if (outcome === 'PROCESSED') recordEvent(em, cause, { type: EVENT.PROCESSED, ...aggregate, payload: change });
  else recordEvent(em, cause, { type: EVENT[outcome], ...aggregate, payload: { ...change, reason } });
}
