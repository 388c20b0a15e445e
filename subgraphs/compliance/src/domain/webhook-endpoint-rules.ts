import { userError, type UserErrorValue } from '@guildhall/kernel';
import { isWebhookEventType, WEBHOOK_EVENT_TYPES, type WebhookEventType } from './webhook-event-types.js';

export const WEBHOOK_ENDPOINT_STATUSES = ['ACTIVE', 'PAUSED', 'DISABLED'] as const;
export type WebhookEndpointStatus = (typeof WEBHOOK_ENDPOINT_STATUSES)[number];

export const WEBHOOK_DELIVERY_STATUSES = ['PENDING', 'SUCCEEDED', 'FAILED'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

/** One attempt's outcome in the log: delivered, to be retried, or the delivery's last (FAILED). */
export const WEBHOOK_ATTEMPT_OUTCOMES = ['SUCCEEDED', 'RETRY', 'FAILED'] as const;
export type WebhookAttemptOutcome = (typeof WEBHOOK_ATTEMPT_OUTCOMES)[number];

export const MAX_ENDPOINTS_PER_ORGANIZATION = 20;
export const MAX_DESCRIPTION_LENGTH = 200;

/** An endpoint whose every delivery has failed for this long is disabled… */
export const DISABLE_AFTER_FAILING_MS = 3 * 24 * 60 * 60 * 1000;
/** …and so is one that refused this many deliveries in a row outright (4xx other than 408/429). */
export const DISABLE_AFTER_PERMANENT_FAILURES = 25;

/** The subscribed types, each once, in the public list's order; none, or an unknown one, is bad input. */
export function checkEventTypes(types: readonly string[], field: string[]): { ok: true; value: WebhookEventType[] } | { ok: false; errors: UserErrorValue[] } {
  const errors: UserErrorValue[] = [];
  if (!types.length) errors.push(userError('BAD_USER_INPUT', field, `Subscribe to at least one event type: ${WEBHOOK_EVENT_TYPES.join(', ')}.`));
  types.forEach((type, i) => {
    if (!isWebhookEventType(type.trim())) errors.push(userError('BAD_USER_INPUT', [...field, String(i)], `"${type}" is not a webhook event type; the types are ${WEBHOOK_EVENT_TYPES.join(', ')}.`));
  });
  if (errors.length) return { ok: false, errors };
  const wanted = new Set(types.map((t) => t.trim()));
  return { ok: true, value: WEBHOOK_EVENT_TYPES.filter((t) => wanted.has(t)) };
}

export function checkDescription(description: string | null | undefined, field: string[]): { ok: true; value: string | null } | { ok: false; errors: UserErrorValue[] } {
  const text = description?.trim() ?? '';
  if (text.length > MAX_DESCRIPTION_LENGTH) return { ok: false, errors: [userError('BAD_USER_INPUT', field, `A description has at most ${MAX_DESCRIPTION_LENGTH} characters.`)] };
  return { ok: true, value: text || null };
}

export interface EndpointHealth {
  /** When the run of failures without a success began; null after a success. */
  failingSince: Date | null;
  consecutivePermanentFailures: number;
}

/** Why an endpoint should now be disabled, or null while it may go on. */
export function disableReason(health: EndpointHealth, now: Date): string | null {
  if (health.consecutivePermanentFailures >= DISABLE_AFTER_PERMANENT_FAILURES) {
    return `The endpoint refused ${health.consecutivePermanentFailures} deliveries in a row (HTTP 4xx).`;
  }
  if (health.failingSince && now.getTime() - health.failingSince.getTime() >= DISABLE_AFTER_FAILING_MS) {
    return `Every delivery has failed since ${health.failingSince.toISOString()} (3 days or more).`;
  }
  return null;
}

export type StatusChange = 'paused' | 'resumed';

/**
 * Pausing holds deliveries (they wait and go out on resume); resuming also re-enables a DISABLED
 * endpoint (its counters start over). Asking for the status it already has changes nothing.
 */
export function statusTransition(from: WebhookEndpointStatus, change: StatusChange): { ok: true; to: WebhookEndpointStatus; changed: boolean } | { ok: false; error: UserErrorValue } {
  if (change === 'resumed') return { ok: true, to: 'ACTIVE', changed: from !== 'ACTIVE' };
  if (from === 'DISABLED') return { ok: false, error: userError('CONFLICT', null, 'This endpoint is disabled: resume it first (or leave it off).') };
  return { ok: true, to: 'PAUSED', changed: from !== 'PAUSED' };
}
