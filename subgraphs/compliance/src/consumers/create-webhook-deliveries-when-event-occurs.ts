import type { Consumer } from '@guildhall/kernel';
import { webhookBody, webhookDomainEventTypes, webhookTypeOf } from '../domain/webhook-event-types.js';
import { DELIVERY, ENDPOINT } from '../usecases/webhook-store.js';

/**
 * One delivery per endpoint of the event's org that subscribes to its public type and is ACTIVE
 * or PAUSED (a paused one's wait for its resume; a DISABLED one gets nothing new), and that
 * existed when the event happened (the relay may hand over an older event after an endpoint is made). Only committed
 * changes reach the outbox, so a rolled-back change never gets here and sends nothing. The
 * delivery job sends them; a redelivered event adds nothing (unique per endpoint and event).
 */
export const createWebhookDeliveriesWhenEventOccurs: Consumer = {
  name: 'compliance.create-webhook-deliveries-when-event-occurs',
  on: webhookDomainEventTypes,
  async handle(em, event) {
    const type = webhookTypeOf(event.type);
    if (!type || !event.organizationId) return;
    await em.execute(
      `insert into ${DELIVERY} (id, endpoint_id, organization_id, event_id, event_type, payload, status, next_attempt_at)
       select gen_random_uuid(), e.id, e.organization_id, ?, ?, ?::json, 'PENDING', now() from ${ENDPOINT} e
        where e.organization_id = ? and e.status in ('ACTIVE', 'PAUSED') and ? = any(e.event_types) and e.created_at <= ?::timestamptz
       on conflict (endpoint_id, event_id) do nothing`,
      [event.id, type, JSON.stringify(webhookBody(event, type)), event.organizationId, type, event.occurredAt],
      'run',
    );
  },
};
