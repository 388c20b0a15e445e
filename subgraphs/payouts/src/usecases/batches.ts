import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createLogger, recordEvent, selectRows } from '@guildhall/kernel';
import { isoWeek, payoutIdempotencyKey } from '../domain/payout-rules.js';
import type { Payee } from '../domain/payee.js';
import { withholding } from '../domain/tds.js';
import type { PayoutProvider } from '../providers/payout-provider.js';
import { taxProfileOf } from '../tax/tax-profile-store.js';
import { ENTRY, releaseDueEarnings } from './payee-entries.js';
import { applyPayoutOutcome } from './payout-outcomes.js';
import { applyWaitingEvents } from './provider-events.js';
import type { PayoutProvider as PayoutProviderName } from '../domain/payout-account.js';
import { BATCH, PAYOUT, toPayoutRow, type PayoutRow } from './payout-store.js';
import { PAYOUTS_CAUSE } from './payouts-cause.js';

export type BatchTrigger = { kind: 'WEEKLY'; at: Date } | { kind: 'MANUAL'; at: Date; by: string };

export interface BatchDeps {
  em: EntityManager;
  /** The configured payout providers (tests may wrap them). */
  providers: { get(name: string): PayoutProvider | null };
  minimumMinor: number;
}

export interface BatchRow {
  id: string;
  period: string;
  trigger: 'WEEKLY' | 'MANUAL';
  createdBy: string | null;
  createdAt: Date;
}

export interface BatchResult {
  batch: BatchRow;
  created: PayoutRow[];
  submitted: number;
}

const log = createLogger('payouts');
const istDate = (at: Date) => new Date(at.getTime() + 330 * 60_000).toISOString().slice(0, 10);

/**
 * Pays every payee what is AVAILABLE to them (earnings less clawbacks), one payout per payee and
 * currency, above the minimum, to their verified payout account. Weekly batches are keyed by ISO week,
 * so running one twice finds the same batch, and a payee already paid in it is not paid again. Each
 * payout is created (its entries claimed) in its own transaction, then sent with an idempotency key
 * per batch and payee: after a crash anywhere, running again sends what is still CREATED with the
 * same key, and the provider answers with the payout it already made.
 */
export async function runPayoutBatch(deps: BatchDeps, trigger: BatchTrigger): Promise<BatchResult> {
  await deps.em.fork().transactional((tx) => releaseDueEarnings(tx, trigger.at));
  const batch = await openBatch(deps.em.fork(), trigger);
  const created: PayoutRow[] = [];
  for (const payee of await payeesToPay(deps.em.fork(), deps.minimumMinor)) {
    const payout = await deps.em.fork().transactional((tx) => createPayout(tx, deps, batch, payee, istDate(trigger.at)));
    if (payout) created.push(payout);
  }
  const submitted = await submitCreatedPayouts(deps, { batchId: batch.id });
  return { batch, created, submitted };
}

async function openBatch(em: EntityManager, trigger: BatchTrigger): Promise<BatchRow> {
  const period = trigger.kind === 'WEEKLY' ? isoWeek(trigger.at) : `MANUAL-${trigger.at.toISOString()}`;
  return em.transactional(async (tx) => {
    const [opened] = await selectRows<BatchRow>(
      tx,
      `insert into ${BATCH} (id, period, trigger, created_by) values (?, ?, ?, ?) on conflict (period) do nothing returning *`,
      [randomUUID(), period, trigger.kind, trigger.kind === 'MANUAL' ? trigger.by : null],
    );
    if (opened) {
      recordEvent(tx, PAYOUTS_CAUSE, { type: 'payouts.batch.created', organizationId: null, aggregateId: opened.id, payload: { organizationId: null, batchId: opened.id, period, trigger: trigger.kind, payouts: 0 } });
      await tx.flush();
      return opened;
    }
    return (await selectRows<BatchRow>(tx, `select * from ${BATCH} where period = ?`, [period]))[0]!;
  });
}

interface PayeeToPay extends Payee {
  currency: string;
  accountId: string;
  provider: string;
}

/** Payees whose available balance reaches the minimum and who have a verified account in its currency. */
function payeesToPay(em: EntityManager, minimumMinor: number) {
  return selectRows<PayeeToPay>(
    em,
    `select e.payee_kind as kind, e.payee_id as id, e.currency, a.id as account_id, a.provider
       from ${ENTRY} e join "payouts"."payout_account" a on a.payee_kind = e.payee_kind and a.payee_id = e.payee_id and a.currency = e.currency and a.status = 'VERIFIED'
      where e.status = 'AVAILABLE'
      group by e.payee_kind, e.payee_id, e.currency, a.id, a.provider
     having sum(case when e.kind = 'EARNING' then e.amount_minor else -e.amount_minor end) >= ?`,
    [minimumMinor],
  );
}

async function createPayout(tx: EntityManager, deps: BatchDeps, batch: BatchRow, payee: PayeeToPay, today: string): Promise<PayoutRow | null> {
  // one payee's balance moves one transaction at a time (a batch, an outcome, a clawback arriving)
  await tx.execute(`select pg_advisory_xact_lock(hashtext('payouts.payee:' || ? || ':' || ?))`, [payee.kind, payee.id]);
  const entries = await tx.execute<{ id: string; kind: string; amount_minor: string }[]>(
    `select id, kind, amount_minor from ${ENTRY} where payee_kind = ? and payee_id = ? and currency = ? and status = 'AVAILABLE' for update`,
    [payee.kind, payee.id, payee.currency],
  );
  const grossMinor = entries.reduce((sum, e) => sum + (e.kind === 'EARNING' ? 1 : -1) * Number(e.amount_minor), 0);
  if (grossMinor < deps.minimumMinor) return null;
  const profile = await taxProfileOf(tx, payee);
  const tds = withholding(grossMinor, profile, today);
  const [raw] = await selectRows<PayoutRow>(
    tx,
    `insert into ${PAYOUT} (id, batch_id, payee_kind, payee_id, payout_account_id, provider, currency, gross_minor, tds_section, tds_rate_bps, tds_minor, net_minor, purpose_code, status, idempotency_key)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'CREATED', ?) on conflict (batch_id, payee_kind, payee_id, currency) do nothing returning *`,
    [randomUUID(), batch.id, payee.kind, payee.id, payee.accountId, payee.provider, payee.currency, grossMinor, tds.section, tds.rateBps, tds.tdsMinor, tds.netMinor, profile.purposeCode,
      payoutIdempotencyKey(batch.id, payee.kind, payee.id)],
  );
  // already paid in this batch: what became available since waits for the next one
  if (!raw) return null;
  await tx.execute(`update ${ENTRY} set status = 'IN_PAYOUT', payout_id = ?, updated_at = now() where id = any(?::uuid[])`, [raw.id, `{${entries.map((e) => e.id).join(',')}}`]);
  return toPayoutRow(raw);
}

/**
 * Sends CREATED payouts to their provider, outside any transaction (a network call), then records
 * the answer with a compare-and-set. A provider that cannot be reached leaves the payout CREATED for
 * the next run, which sends it again under the same idempotency key.
 */
export async function submitCreatedPayouts(deps: BatchDeps, scope: { batchId: string } | { olderThanSeconds: number }): Promise<number> {
  const pending = await selectRows<PayoutRow & { providerAccountId: string }>(
    deps.em.fork(),
    `select p.*, a.provider_account_id from ${PAYOUT} p join "payouts"."payout_account" a on a.id = p.payout_account_id
      where p.status = 'CREATED' and ${'batchId' in scope ? 'p.batch_id = ?' : `p.created_at < now() - make_interval(secs => ?)`} order by p.created_at`,
    ['batchId' in scope ? scope.batchId : scope.olderThanSeconds],
  );
  let submitted = 0;
  for (const raw of pending) {
    const payout = toPayoutRow(raw);
    const provider = deps.providers.get(payout.provider);
    if (!provider) {
      log.error(`payout ${payout.id}: provider ${payout.provider} is not configured`);
      continue;
    }
    let answer;
    try {
      answer = await provider.createPayout({
        idempotencyKey: payout.idempotencyKey,
        providerAccountId: raw.providerAccountId,
        amountMinor: payout.netMinor,
        currency: payout.currency,
        reference: payout.id,
        narration: 'Guildhall payout',
        purposeCode: payout.purposeCode,
      });
    } catch (error) {
      log.warn(`payout ${payout.id} not sent, will retry: ${(error as Error).message}`);
      continue;
    }
    await deps.em.fork().transactional(async (tx) => {
      await tx.execute(`update ${PAYOUT} set status = 'PROCESSING', provider_payout_id = ?, submitted_at = now(), updated_at = now() where id = ? and status = 'CREATED'`, [answer.providerPayoutId, payout.id]);
      if (answer.status !== 'PROCESSING') await applyPayoutOutcome(tx, PAYOUTS_CAUSE, { providerPayoutId: answer.providerPayoutId, outcome: answer.status, reason: answer.failureReason });
      await tx.flush();
    });
    // the provider's webhook may have come before we knew this id: apply it now rather than at the next sweep
    await applyWaitingEvents(deps.em.fork(), PAYOUTS_CAUSE, payout.provider as PayoutProviderName, answer.providerPayoutId);
    submitted += 1;
  }
  return submitted;
}
