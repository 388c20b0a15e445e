import { randomUUID } from 'node:crypto';
import { badCursor, decodeCursor, encodeCursor, fail, hasOrgAccess, notFound, pageSize, selectRows, succeed, userError, type Outcome } from '@guildhall/kernel';
import type { WebhookDeliveryStatus } from '../domain/webhook-endpoint-rules.js';
import { WEBHOOK_PING_TYPE, type WebhookBody } from '../domain/webhook-event-types.js';
import { attemptDelivery, leaseMs, type AttemptOptions, type ClaimedDelivery } from './deliver-webhooks.js';
import { DELIVERY, deliveryById, requireEndpoint, type WebhookDeliveryRow, type WebhookDeps } from './webhook-store.js';

export interface DeliveryPage {
  nodes: WebhookDeliveryRow[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/** An endpoint's delivery log, newest first, optionally of one status; keyset paging on (created_at, id). */
export async function webhookDeliveryPage(deps: Pick<WebhookDeps, 'em' | 'principal'>, input: { endpointId: string; status?: WebhookDeliveryStatus | null; first?: number | null; after?: string | null }): Promise<DeliveryPage> {
  const endpoint = await requireEndpoint(deps, input.endpointId, 'webhooks.manage');
  const limit = pageSize(input.first);
  const cursor = decodeCursor(input.after, 2);
  if (input.after && !cursor) throw badCursor('after');
  const rows = await selectRows<WebhookDeliveryRow>(
    deps.em,
    `select * from ${DELIVERY} where endpoint_id = ?${input.status ? ' and status = ?' : ''}
       ${cursor ? 'and (created_at, id) < (?::timestamptz, ?::uuid)' : ''}
      order by created_at desc, id desc limit ?`,
    [endpoint.id, ...(input.status ? [input.status] : []), ...(cursor ? [String(cursor[0]), String(cursor[1])] : []), limit + 1],
  );
  const nodes = rows.slice(0, limit);
  const last = nodes.at(-1);
  return { nodes, hasNextPage: rows.length > limit, endCursor: last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null };
}

/**
 * Sends one delivery again, now: a FAILED or SUCCEEDED one starts a new round of attempts (its log
 * keeps the earlier ones), a PENDING one stops waiting for its retry. Same event id, so a receiver
 * that already has it recognises it. A paused endpoint's waits for the resume; a disabled one's is refused.
 */
export async function redeliverWebhook(deps: WebhookDeps, deliveryId: string): Promise<Outcome<WebhookDeliveryRow>> {
  const delivery = await deliveryById(deps.em, deliveryId);
  if (!delivery || !hasOrgAccess(deps.principal, delivery.organizationId)) throw notFound('Webhook delivery');
  const endpoint = await requireEndpoint(deps, delivery.endpointId, 'webhooks.manage');
  if (endpoint.status === 'DISABLED') return fail(userError('CONFLICT', ['input', 'deliveryId'], 'The endpoint is disabled: resume it first.'));
  const [row] = await selectRows<WebhookDeliveryRow>(
    deps.em,
    `update ${DELIVERY} set attempts = case when status = 'PENDING' then attempts else 0 end, status = 'PENDING', next_attempt_at = now(), updated_at = now()
      where id = ? and (lease_expires_at is null or lease_expires_at <= now()) returning *`,
    [delivery.id],
  );
  if (!row) return fail(userError('CONFLICT', ['input', 'deliveryId'], 'This delivery is being attempted right now.'));
  return succeed(row);
}

/** Every FAILED delivery of the endpoint (its dead letters) goes out again; answers how many. */
export async function redeliverFailedWebhooks(deps: WebhookDeps, endpointId: string): Promise<Outcome<number>> {
  const endpoint = await requireEndpoint(deps, endpointId, 'webhooks.manage');
  if (endpoint.status === 'DISABLED') return fail(userError('CONFLICT', ['input', 'endpointId'], 'The endpoint is disabled: resume it first.'));
  const rows = await deps.em.execute<unknown[]>(
    `update ${DELIVERY} set status = 'PENDING', attempts = 0, next_attempt_at = now(), updated_at = now() where endpoint_id = ? and status = 'FAILED' returning 1`,
    [endpoint.id],
  );
  return succeed(rows.length);
}

/**
 * A test event (`webhook.ping`), signed like any other and sent at once, whatever the endpoint's
 * status, so an admin sees straight away whether their receiver verifies it. Tried once, never
 * retried, and it neither counts against the endpoint's health nor disables it.
 */
export async function sendWebhookPing(deps: WebhookDeps, endpointId: string, options: AttemptOptions = {}): Promise<Outcome<WebhookDeliveryRow>> {
  const endpoint = await requireEndpoint(deps, endpointId, 'webhooks.manage');
  const eventId = randomUUID();
  const body: WebhookBody = { id: eventId, type: WEBHOOK_PING_TYPE, createdAt: new Date().toISOString(), data: { organizationId: endpoint.organizationId, endpointId: endpoint.id } };
  // stored first (claimed and leased), so the attempt is logged like any other
  const [claimed] = await selectRows<WebhookDeliveryRow>(
    deps.em,
    `insert into ${DELIVERY} (id, endpoint_id, organization_id, event_id, event_type, payload, status, attempts, next_attempt_at, lease_expires_at)
     values (?, ?, ?, ?, ?, ?::json, 'PENDING', 1, now(), now() + make_interval(secs => ?)) returning *`,
    [randomUUID(), endpoint.id, endpoint.organizationId, eventId, WEBHOOK_PING_TYPE, JSON.stringify(body), leaseMs(deps.services) / 1000],
  );
  const delivery: ClaimedDelivery = {
    ...claimed!,
    endpointUrl: endpoint.url,
    secretSealed: endpoint.secretSealed,
    previousSecretSealed: endpoint.previousSecretSealed,
    previousSecretExpiresAt: endpoint.previousSecretExpiresAt,
  };
  await attemptDelivery(deps.em, deps.services, delivery, options);
  return succeed((await deliveryById(deps.em, delivery.id)) ?? claimed!);
}
