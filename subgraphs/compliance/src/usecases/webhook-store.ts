import type { EntityManager } from '@mikro-orm/postgresql';
import { forbidden, hasOrgAccess, isUuid, notFound, principalCan, selectRows, type EventCause, type Principal, type SubgraphServices } from '@guildhall/kernel';
import { rolesWith, type Capability } from '@guildhall/roles';
import type { WebhookAttemptOutcome, WebhookDeliveryStatus, WebhookEndpointStatus } from '../domain/webhook-endpoint-rules.js';
import type { WebhookBody } from '../domain/webhook-event-types.js';

export const ENDPOINT = '"compliance"."webhook_endpoint"';
export const DELIVERY = '"compliance"."webhook_delivery"';
export const ATTEMPT = '"compliance"."webhook_attempt"';

/** What webhook use cases need: who asks, the database, and the services (secrets, webhook settings). */
export interface WebhookDeps extends EventCause {
  em: EntityManager;
  services: Pick<SubgraphServices, 'secrets' | 'webhooks'>;
}

/** Jobs and consumers act as compliance itself. */
export const COMPLIANCE_CAUSE: EventCause = { principal: { kind: 'service', service: 'compliance' }, origin: null };

export interface WebhookEndpointRow {
  id: string;
  organizationId: string;
  url: string;
  description: string | null;
  eventTypes: string[];
  status: WebhookEndpointStatus;
  disabledReason: string | null;
  secretSealed: string;
  previousSecretSealed: string | null;
  previousSecretExpiresAt: Date | null;
  secretRotatedAt: Date | null;
  createdByUserId: string;
  creatorRole: string;
  consecutiveFailures: number;
  consecutivePermanentFailures: number;
  failingStartedAt: Date | null;
  lastSuccessAt: Date | null;
  lastFailureAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface WebhookDeliveryRow {
  id: string;
  endpointId: string;
  organizationId: string;
  eventId: string;
  eventType: string;
  payload: WebhookBody;
  status: WebhookDeliveryStatus;
  attempts: number;
  nextAttemptAt: Date | null;
  leaseExpiresAt: Date | null;
  lastAttemptAt: Date | null;
  lastHttpStatus: number | null;
  lastLatencyMs: number | null;
  lastError: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface WebhookAttemptRow {
  id: string;
  deliveryId: string;
  attempt: number;
  attemptedAt: Date;
  httpStatus: number | null;
  latencyMs: number;
  error: string | null;
  outcome: WebhookAttemptOutcome;
}

/** A Postgres text[] literal of values the code has checked (event types: letters, dots and dashes). */
export const textArray = (values: readonly string[]) => `{${values.join(',')}}`;

export async function endpointById(em: EntityManager, id: string, options: { lock?: boolean } = {}): Promise<WebhookEndpointRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await selectRows<WebhookEndpointRow>(em, `select * from ${ENDPOINT} where id = ?${options.lock ? ' for no key update' : ''}`, [id]);
  return row ?? null;
}

export async function deliveryById(em: EntityManager, id: string): Promise<WebhookDeliveryRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await selectRows<WebhookDeliveryRow>(em, `select * from ${DELIVERY} where id = ?`, [id]);
  return row ?? null;
}

/**
 * The webhook rule for an org: outside it (or no such org) NOT_FOUND, inside it without the
 * capability FORBIDDEN, naming who may.
 */
export function requireWebhookCapability(principal: Principal, organizationId: string, capability: Capability, what = 'Organization'): void {
  if (!hasOrgAccess(principal, organizationId)) throw notFound(what);
  if (!principalCan(principal, organizationId, capability)) {
    throw forbidden(`Only an ${rolesWith(capability).join(' or ')} of this organization can do this (${capability}).`);
  }
}

/** An endpoint the caller may act on with `capability`; one of another org is NOT_FOUND, like one that does not exist. */
export async function requireEndpoint(deps: Pick<WebhookDeps, 'em' | 'principal'>, endpointId: string, capability: Capability, options: { lock?: boolean } = {}): Promise<WebhookEndpointRow> {
  const endpoint = await endpointById(deps.em, endpointId, options);
  if (!endpoint || !hasOrgAccess(deps.principal, endpoint.organizationId)) throw notFound('Webhook endpoint');
  requireWebhookCapability(deps.principal, endpoint.organizationId, capability, 'Webhook endpoint');
  return endpoint;
}
