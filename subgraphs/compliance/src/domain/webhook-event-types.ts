import type { EventType } from '@guildhall/kernel';

/**
 * The one table from domain events to the public webhook types an org's endpoints subscribe to.
 * A domain event not listed here never leaves the platform. The webhook's `data` is the event's
 * payload as recorded: payloads carry ids and facts, never personal data (see the event catalog).
 *
 * DOMAIN-FACTS sends events carrying member data only to endpoints an OWNER created. Member events
 * here carry ids only (no personal data), so every endpoint may receive them; each endpoint records
 * its creator and their role, for the day a payload carries more.
 */
export const WEBHOOK_EVENT_MAP = {
  'organization.member.added': 'member.added',
  'organization.member.role-changed': 'member.role-changed',
  'organization.member.suspended': 'member.suspended',
  'organization.member.reactivated': 'member.reactivated',
  /** `source` stays in the payload: `dpdp_erasure` when the member was erased. */
  'organization.member.removed': 'member.removed',
  'billing.invoice.issued': 'invoice.issued',
  'billing.invoice.paid': 'invoice.paid',
  'billing.invoice.overdue': 'invoice.overdue',
  'billing.credit-note.issued': 'credit-note.issued',
  'billing.purchase-order.changed': 'purchase-order.changed',
  'billing.program.assigned': 'program.assigned',
  'billing.program.unassigned': 'program.unassigned',
  'billing.contract.proposed': 'contract.proposed',
  'billing.contract.signed': 'contract.signed',
  'billing.contract.terminated': 'contract.terminated',
  'payouts.payout.completed': 'payout.completed',
  'payouts.payout.failed': 'payout.failed',
  'payouts.payout.reversed': 'payout.reversed',
} as const satisfies Partial<Record<EventType, string>>;

export type WebhookDomainEventType = keyof typeof WEBHOOK_EVENT_MAP;
export type WebhookEventType = (typeof WEBHOOK_EVENT_MAP)[WebhookDomainEventType];

/** What `sendWebhookPing` sends: never subscribed to, always deliverable. */
export const WEBHOOK_PING_TYPE = 'webhook.ping';

/** The domain events the delivery consumer listens to. */
export const webhookDomainEventTypes = Object.keys(WEBHOOK_EVENT_MAP) as WebhookDomainEventType[];

/** The public list, in the table's order (the `webhookEventTypes` query). */
export const WEBHOOK_EVENT_TYPES: readonly WebhookEventType[] = webhookDomainEventTypes.map((t) => WEBHOOK_EVENT_MAP[t]);

export function webhookTypeOf(domainType: string): WebhookEventType | null {
  return (WEBHOOK_EVENT_MAP as Record<string, WebhookEventType>)[domainType] ?? null;
}

export const isWebhookEventType = (value: string): value is WebhookEventType => (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);

/** The body every receiver gets; `id` (also the `webhook-id` header) is the event's id: the receiver's idempotency key. */
export interface WebhookBody {
  id: string;
  type: string;
  createdAt: string;
  data: unknown;
}

export const webhookBody = (event: { id: string; occurredAt: string; payload: unknown }, type: string): WebhookBody => ({ id: event.id, type, createdAt: event.occurredAt, data: event.payload });
