import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { selectRows, UserErrorsThrown, type EventCause } from '@guildhall/kernel';
import type { PayoutProvider as PayoutProviderName } from '../domain/payout-account.js';
import type { PayoutProviderEvent } from '../providers/payout-provider.js';
import { payoutEventParsers } from '../providers/providers.js';
import { redactPayload } from '../providers/redact.js';
import { applyAccountChange } from './account-changes.js';
import { applyPayoutOutcome } from './payout-outcomes.js';

export const PROVIDER_EVENT = '"payouts"."provider_event"';

export interface IncomingPayoutEvent {
  provider: PayoutProviderName;
  eventId: string;
  type: string;
  /** The raw body the gateway verified. */
  payload: string;
}

/**
 * An event about an account or payout we do not know yet is retried this long (its link or submission
 * may still be committing), then recorded as ignored: a Stripe platform hears about every connected
 * account, not only Guildhall's.
 */
const UNKNOWN_SUBJECT_RETRY_MS = 15 * 60_000;

/**
 * Stores a verified webhook once per (provider, event id) — redacted: no account numbers, names or
 * emails — and applies it. Storing and applying are separate transactions: an event that fails to
 * apply stays stored, and the sweep job (`payouts.sweep-provider-events`) applies it later.
 */
export async function ingestPayoutProviderEvent(em: EntityManager, cause: EventCause, incoming: IncomingPayoutEvent): Promise<{ duplicate: boolean; outcome: string }> {
  let body: unknown;
  try {
    body = JSON.parse(incoming.payload);
  } catch {
    return { duplicate: false, outcome: 'not JSON; ignored' };
  }
  const event = payoutEventParsers[incoming.provider](body);
  const inserted = await em.execute<unknown[]>(
    `insert into ${PROVIDER_EVENT} (id, provider, provider_event_id, type, subject_id, payload) values (?, ?, ?, ?, ?, ?) on conflict do nothing returning 1`,
    [randomUUID(), incoming.provider, incoming.eventId, incoming.type.slice(0, 100), event ? subjectOf(event) : null, JSON.stringify(redactPayload(body))],
  );
  const outcome = await applyPayoutProviderEvent(em, cause, incoming.provider, incoming.eventId);
  return { duplicate: inserted.length === 0, outcome };
}

/** Applies one stored event unless it already was; safe to run concurrently and repeatedly. */
export async function applyPayoutProviderEvent(em: EntityManager, cause: EventCause, provider: PayoutProviderName, eventId: string): Promise<string> {
  try {
    return await em.fork().transactional(async (tx) => {
      const [row] = await selectRows<{ payload: unknown; appliedAt: Date | null; receivedAt: Date }>(
        tx,
        `select payload, applied_at, received_at from ${PROVIDER_EVENT} where provider = ? and provider_event_id = ? for update`,
        [provider, eventId],
      );
      if (!row) return 'unknown event';
      if (row.appliedAt) return 'already applied';
      const event = payoutEventParsers[provider](row.payload);
      let outcome = 'ignored';
      let note: string | null = null;
      try {
        if (event) outcome = await dispatch(tx, cause, provider, event, row.receivedAt);
      } catch (error) {
        // a refusal will never apply: keep it on record
        if (!(error instanceof UserErrorsThrown)) throw error;
        outcome = 'refused';
        note = error.message.slice(0, 500);
      }
      await tx.execute(`update ${PROVIDER_EVENT} set applied_at = now(), attempts = attempts + 1, outcome = ?, last_error = ? where provider = ? and provider_event_id = ?`, [
        outcome,
        note,
        provider,
        eventId,
      ]);
      await tx.flush();
      return outcome;
    });
  } catch (error) {
    await em.execute(`update ${PROVIDER_EVENT} set attempts = attempts + 1, last_error = ? where provider = ? and provider_event_id = ?`, [String((error as Error).message).slice(0, 500), provider, eventId]);
    return 'failed; will be retried';
  }
}

/**
 * Applies the stored, unapplied events about one account or payout (by the provider's id), oldest
 * first: linking an account calls it once the account is stored, in case its webhook came first.
 */
export async function applyWaitingEvents(em: EntityManager, cause: EventCause, provider: PayoutProviderName, subjectId: string): Promise<number> {
  const due = await em.execute<{ provider_event_id: string }[]>(
    `select provider_event_id from ${PROVIDER_EVENT} where provider = ? and subject_id = ? and applied_at is null order by received_at`,
    [provider, subjectId],
  );
  for (const { provider_event_id } of due) await applyPayoutProviderEvent(em, cause, provider, provider_event_id);
  return due.length;
}

/** Stored events not applied yet (a crash, a deadlock, a subject not stored yet, a bug fixed since), oldest first. */
export async function sweepUnappliedPayoutEvents(em: EntityManager, cause: EventCause, olderThanSeconds = 60): Promise<number> {
  const due = await em.execute<{ provider: PayoutProviderName; provider_event_id: string }[]>(
    `select provider, provider_event_id from ${PROVIDER_EVENT}
      where applied_at is null and attempts < 20 and received_at < now() - make_interval(secs => ?) order by received_at limit 500`,
    [olderThanSeconds],
  );
  for (const event of due) await applyPayoutProviderEvent(em, cause, event.provider, event.provider_event_id);
  return due.length;
}

async function dispatch(em: EntityManager, cause: EventCause, provider: PayoutProviderName, event: PayoutProviderEvent, receivedAt: Date): Promise<string> {
  if (event.kind === 'payout.changed') {
    // throws while the payout's provider id is not stored yet: the event stays for the sweep
    await applyPayoutOutcome(em, cause, { providerPayoutId: event.providerPayoutId, outcome: event.outcome, reason: event.reason });
    return `payout ${event.outcome.toLowerCase()}`;
  }
  const outcome = await applyAccountChange(em, cause, provider, event);
  if (outcome !== null) return `account ${outcome}`;
  if (Date.now() - receivedAt.getTime() < UNKNOWN_SUBJECT_RETRY_MS) throw new Error(`no payout account ${event.providerAccountId} yet`);
  return 'unknown account; ignored';
}

const subjectOf = (event: PayoutProviderEvent) => (event.kind === 'account.changed' ? event.providerAccountId : event.providerPayoutId);
