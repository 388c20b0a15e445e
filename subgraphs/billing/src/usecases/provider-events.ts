import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent, UserErrorsThrown, type EventCause, type SubgraphServices } from '@guildhall/kernel';
import type { ProviderName } from '../domain/purchase.js';
import { eventParsers } from '../payments/providers.js';
import type { ProviderEvent } from '../payments/payment-provider.js';
import { applyDisputeChange } from './disputes.js';
import { paymentChange } from './payment-events.js';
import { findPaymentForProvider } from './payment-store.js';
import { applyProviderRefund } from './provider-refund-events.js';
import { captureAuthorized, settleCapture } from './settle-capture.js';

export interface IncomingProviderEvent {
  provider: ProviderName;
  eventId: string;
  type: string;
  /** The raw body the gateway verified. */
  payload: string;
}

/**
 * Stores a verified webhook (once per provider event id) and applies it. Storing and applying are
 * separate transactions: an event that fails to apply stays stored, and the sweep job applies it later.
 */
export async function ingestProviderEvent(em: EntityManager, cause: EventCause, services: SubgraphServices, incoming: IncomingProviderEvent): Promise<{ duplicate: boolean; outcome: string }> {
  let body: unknown;
  try {
    body = JSON.parse(incoming.payload);
  } catch {
    return { duplicate: false, outcome: 'not JSON; ignored' };
  }
  const inserted = await em.execute<unknown[]>(
    `insert into "billing"."provider_event" (provider, event_id, type, payload) values (?, ?, ?, ?) on conflict do nothing returning 1`,
    [incoming.provider, incoming.eventId, incoming.type, JSON.stringify(body)],
  );
  const outcome = await applyProviderEvent(em, cause, services, incoming.provider, incoming.eventId);
  return { duplicate: inserted.length === 0, outcome };
}

/** Applies one stored event unless it already was; safe to run concurrently and repeatedly. */
export async function applyProviderEvent(em: EntityManager, cause: EventCause, services: SubgraphServices, provider: ProviderName, eventId: string): Promise<string> {
  try {
    return await em.fork().transactional(async (tx) => {
      const [row] = await tx.execute<{ payload: unknown; processed_at: string | null }[]>(
        `select payload, processed_at from "billing"."provider_event" where provider = ? and event_id = ? for update`,
        [provider, eventId],
      );
      if (!row) return 'unknown event';
      if (row.processed_at) return 'already applied';
      const event = eventParsers[provider](row.payload);
      let outcome = 'ignored';
      let note: string | null = null;
      try {
        if (event) outcome = await dispatch(tx, cause, services, event);
      } catch (error) {
        // a refusal (say, a provider refund larger than what remains) will never apply: keep it on record
        if (!(error instanceof UserErrorsThrown)) throw error;
        outcome = 'refused';
        note = error.message;
      }
      await tx.execute(`update "billing"."provider_event" set processed_at = now(), attempts = attempts + 1, last_error = ? where provider = ? and event_id = ?`, [note, provider, eventId]);
      await tx.flush();
      return outcome;
    });
  } catch (error) {
    await em.execute(`update "billing"."provider_event" set attempts = attempts + 1, last_error = ? where provider = ? and event_id = ?`, [String((error as Error).message).slice(0, 500), provider, eventId]);
    return 'failed; will be retried';
  }
}

function dispatch(em: EntityManager, cause: EventCause, services: SubgraphServices, event: ProviderEvent): Promise<string> {
  switch (event.kind) {
    case 'payment.captured':
      return settleCapture(em, cause, services, event);
    case 'payment.authorized':
      return captureAuthorized(em, services, event);
    case 'payment.failed':
      return markFailed(em, cause, event);
    case 'refund.processed':
    case 'refund.failed':
      return applyProviderRefund(em, cause, services, event);
    case 'dispute.changed':
      return applyDisputeChange(em, cause, services, event);
  }
}

/** A failed attempt; the buyer may still retry on the same order, and a later capture settles it. */
async function markFailed(em: EntityManager, cause: EventCause, event: Extract<ProviderEvent, { kind: 'payment.failed' }>): Promise<string> {
  const payment = await findPaymentForProvider(em, { orderId: event.orderId, providerPaymentId: null });
  if (!payment || payment.status !== 'PENDING') return 'nothing pending';
  await em.execute(`update "billing"."payment" set status = 'FAILED', updated_at = now() where id = ? and status = 'PENDING'`, [payment.id]);
  recordEvent(em, cause, { type: 'billing.payment.failed', organizationId: payment.organizationId, aggregateId: payment.id, payload: { ...paymentChange(payment), status: 'FAILED' } });
  return 'failed';
}
