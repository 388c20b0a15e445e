import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  fail,
  forbidden,
  isUuid,
  membershipIn,
  notFound,
  recordEvent,
  selectRows,
  succeed,
  userError,
  type EventCause,
  type EventPayloads,
  type Outcome,
  type UserErrorValue,
} from '@guildhall/kernel';
import { checkWebhookUrl } from '../domain/webhook-address.js';
import { checkDescription, checkEventTypes, MAX_ENDPOINTS_PER_ORGANIZATION, statusTransition, type StatusChange } from '../domain/webhook-endpoint-rules.js';
import { generateWebhookSecret, ROTATION_OVERLAP_MS } from '../domain/webhook-signature.js';
import { resolveEndpointHost, type Resolve } from '../delivery/webhook-transport.js';
import { ENDPOINT, requireEndpoint, requireWebhookCapability, textArray, type WebhookDeps, type WebhookEndpointRow } from './webhook-store.js';

export interface CreateWebhookEndpointInput {
  organizationId: string;
  url: string;
  description?: string | null | undefined;
  eventTypes: string[];
}

export interface UpdateWebhookEndpointInput {
  endpointId: string;
  url?: string | null | undefined;
  description?: string | null | undefined;
  eventTypes?: string[] | null | undefined;
}

type EndpointDeps = WebhookDeps & { resolve?: Resolve };
type Change = EventPayloads['compliance.webhook-endpoint.changed']['change'];

function recordEndpointChange(em: EntityManager, cause: EventCause, endpoint: Pick<WebhookEndpointRow, 'id' | 'organizationId'>, change: Change) {
  recordEvent(em, cause, {
    type: 'compliance.webhook-endpoint.changed',
    organizationId: endpoint.organizationId,
    aggregateId: endpoint.id,
    payload: { organizationId: endpoint.organizationId, endpointId: endpoint.id, change },
  });
}

/** The URL's rules, then every address its host resolves to: all must be public (allow-listed hosts aside). */
async function checkUrl(deps: EndpointDeps, raw: string, errors: UserErrorValue[]): Promise<string | null> {
  const field = ['input', 'url'];
  const check = checkWebhookUrl(raw, deps.services.webhooks.allowedHosts);
  if (!check.ok) {
    errors.push(userError('BAD_USER_INPUT', field, check.message));
    return null;
  }
  const resolved = await resolveEndpointHost(check, deps.resolve);
  if (!resolved.ok) {
    errors.push(userError('BAD_USER_INPUT', field, resolved.message));
    return null;
  }
  return check.href;
}

/**
 * An org's finance writers (webhooks.manage: OWNER, BILLING_ADMIN) add an endpoint. Its signing
 * secret is answered here once and kept only sealed (AES-256-GCM). Bad input writes nothing.
 */
export async function createWebhookEndpoint(deps: EndpointDeps, input: CreateWebhookEndpointInput): Promise<Outcome<{ endpoint: WebhookEndpointRow; secret: string }>> {
  const { principal } = deps;
  if (!isUuid(input.organizationId)) throw notFound('Organization');
  requireWebhookCapability(principal, input.organizationId, 'webhooks.manage');
  if (principal.kind !== 'user') throw forbidden('Sign in as a person to add a webhook endpoint.');
  const errors: UserErrorValue[] = [];
  const url = await checkUrl(deps, input.url, errors);
  const types = checkEventTypes(input.eventTypes, ['input', 'eventTypes']);
  if (!types.ok) errors.push(...types.errors);
  const description = checkDescription(input.description, ['input', 'description']);
  if (!description.ok) errors.push(...description.errors);
  if (errors.length || !url || !types.ok || !description.ok) return fail(...errors);

  const secret = generateWebhookSecret();
  const created = await deps.em.fork().transactional(async (tx) => {
    // one org's endpoints are counted under its advisory lock: two creations cannot both pass the cap
    await tx.execute(`select pg_advisory_xact_lock(hashtext('webhook_endpoint:' || ?))`, [input.organizationId]);
    const [{ count } = { count: '0' }] = await tx.execute<{ count: string }[]>(`select count(*) from ${ENDPOINT} where organization_id = ?`, [input.organizationId]);
    if (Number(count) >= MAX_ENDPOINTS_PER_ORGANIZATION) return null;
    const [row] = await selectRows<WebhookEndpointRow>(
      tx,
      `insert into ${ENDPOINT} (id, organization_id, url, description, event_types, status, secret_sealed, created_by_user_id, creator_role)
       values (?, ?, ?, ?, ?::text[], 'ACTIVE', ?, ?, ?) returning *`,
      [randomUUID(), input.organizationId, url, description.value, textArray(types.value), deps.services.secrets.seal(secret), principal.userId, membershipIn(principal, input.organizationId)!.role],
    );
    recordEndpointChange(tx, deps, row!, 'created');
    await tx.flush();
    return row!;
  });
  if (!created) return fail(userError('CONFLICT', ['input', 'organizationId'], `An organization has at most ${MAX_ENDPOINTS_PER_ORGANIZATION} webhook endpoints.`));
  return succeed({ endpoint: created, secret });
}

/** Changes the URL (checked like a new one), the description or the subscribed types; what is not given stays. */
export async function updateWebhookEndpoint(deps: EndpointDeps, input: UpdateWebhookEndpointInput): Promise<Outcome<WebhookEndpointRow>> {
  const endpoint = await requireEndpoint(deps, input.endpointId, 'webhooks.manage');
  const errors: UserErrorValue[] = [];
  const sets: [column: string, value: unknown][] = [];
  if (input.url != null) {
    const url = await checkUrl(deps, input.url, errors);
    if (url) sets.push(['url = ?', url]);
  }
  if (input.eventTypes != null) {
    const types = checkEventTypes(input.eventTypes, ['input', 'eventTypes']);
    if (types.ok) sets.push(['event_types = ?::text[]', textArray(types.value)]);
    else errors.push(...types.errors);
  }
  if (input.description !== undefined) {
    const description = checkDescription(input.description, ['input', 'description']);
    if (description.ok) sets.push(['description = ?', description.value]);
    else errors.push(...description.errors);
  }
  if (errors.length) return fail(...errors);
  if (!sets.length) return succeed(endpoint);
  const updated = await deps.em.fork().transactional(async (tx) => {
    const [row] = await selectRows<WebhookEndpointRow>(tx, `update ${ENDPOINT} set ${sets.map(([column]) => column).join(', ')}, updated_at = now() where id = ? returning *`, [...sets.map(([, value]) => value), endpoint.id]);
    if (!row) return null;
    recordEndpointChange(tx, deps, row, 'updated');
    await tx.flush();
    return row;
  });
  if (!updated) throw notFound('Webhook endpoint');
  return succeed(updated);
}

/**
 * Pausing holds the endpoint's deliveries (they are still created, and wait); resuming sends what
 * waited, and re-enables a DISABLED endpoint with its failure counters cleared.
 */
export async function setWebhookEndpointStatus(deps: EndpointDeps, endpointId: string, change: StatusChange): Promise<Outcome<WebhookEndpointRow>> {
  return inEndpointTransaction(deps, endpointId, 'webhooks.manage', async (tx, endpoint) => {
    const transition = statusTransition(endpoint.status, change);
    if (!transition.ok) return fail(transition.error);
    if (!transition.changed) return succeed(endpoint);
    const resets = change === 'resumed' ? ', disabled_reason = null, consecutive_failures = 0, consecutive_permanent_failures = 0, failing_started_at = null' : '';
    const [row] = await selectRows<WebhookEndpointRow>(tx, `update ${ENDPOINT} set status = ?${resets}, updated_at = now() where id = ? returning *`, [transition.to, endpoint.id]);
    recordEndpointChange(tx, deps, row!, change);
    return succeed(row!);
  });
}

/**
 * A new secret, answered once. For 24 hours every attempt is signed with both (the new one first),
 * so receivers verify with either while they switch; a second rotation within those hours drops the
 * oldest.
 */
export async function rotateWebhookSecret(deps: EndpointDeps, endpointId: string): Promise<Outcome<{ endpoint: WebhookEndpointRow; secret: string }>> {
  const secret = generateWebhookSecret();
  const outcome = await inEndpointTransaction(deps, endpointId, 'webhooks.manage', async (tx, endpoint) => {
    const [row] = await selectRows<WebhookEndpointRow>(
      tx,
      `update ${ENDPOINT} set previous_secret_sealed = secret_sealed, previous_secret_expires_at = ?, secret_sealed = ?, secret_rotated_at = now(), updated_at = now()
        where id = ? returning *`,
      [new Date(Date.now() + ROTATION_OVERLAP_MS), deps.services.secrets.seal(secret), endpoint.id],
    );
    recordEndpointChange(tx, deps, row!, 'secret-rotated');
    return succeed(row!);
  });
  return outcome.ok ? succeed({ endpoint: outcome.value, secret }) : outcome;
}

/** OWNER only (webhooks.delete): the endpoint goes with its deliveries and their log. */
export async function deleteWebhookEndpoint(deps: EndpointDeps, endpointId: string): Promise<Outcome<string>> {
  return inEndpointTransaction(deps, endpointId, 'webhooks.delete', async (tx, endpoint) => {
    await tx.execute(`delete from ${ENDPOINT} where id = ?`, [endpoint.id]);
    recordEndpointChange(tx, deps, endpoint, 'deleted');
    return succeed(endpoint.id);
  });
}

/** Authorizes on the endpoint, then runs `work` with the endpoint locked; its events commit with it. */
async function inEndpointTransaction<T>(deps: EndpointDeps, endpointId: string, capability: 'webhooks.manage' | 'webhooks.delete', work: (tx: EntityManager, endpoint: WebhookEndpointRow) => Promise<Outcome<T>>): Promise<Outcome<T>> {
  return deps.em.fork().transactional(async (tx) => {
    const endpoint = await requireEndpoint({ em: tx, principal: deps.principal }, endpointId, capability, { lock: true });
    const result = await work(tx, endpoint);
    await tx.flush();
    return result;
  });
}
