import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { graphqlEnum, PageInfo, RoleEnum, UserError, type Role } from '@guildhall/kernel';
import {
  WEBHOOK_ATTEMPT_OUTCOMES,
  WEBHOOK_DELIVERY_STATUSES,
  WEBHOOK_ENDPOINT_STATUSES,
  type WebhookAttemptOutcome,
  type WebhookDeliveryStatus,
  type WebhookEndpointStatus,
} from '../domain/webhook-endpoint-rules.js';
import type { WebhookAttemptRow, WebhookDeliveryRow, WebhookEndpointRow } from '../usecases/webhook-store.js';

export const WebhookEndpointStatusEnum = graphqlEnum(
  WEBHOOK_ENDPOINT_STATUSES,
  'WebhookEndpointStatus',
  'ACTIVE sends; PAUSED keeps deliveries waiting until resumed; DISABLED (after days of failures, or 25 refusals in a row) gets nothing until resumed.',
);
export const WebhookDeliveryStatusEnum = graphqlEnum(WEBHOOK_DELIVERY_STATUSES, 'WebhookDeliveryStatus', 'PENDING (waiting for its next attempt), SUCCEEDED, or FAILED (the dead letter: redeliver it).');
export const WebhookAttemptOutcomeEnum = graphqlEnum(WEBHOOK_ATTEMPT_OUTCOMES, 'WebhookAttemptOutcome', 'SUCCEEDED; RETRY (another attempt is scheduled); FAILED (the delivery gave up).');

@ObjectType({ description: "An org's receiver of signed webhooks (Standard Webhooks). Seen by OWNER and BILLING_ADMIN (webhooks.manage)." })
export class WebhookEndpoint {
  @Field(() => ID) id!: string;
  organizationId!: string;
  createdByUserId!: string;
  @Field(() => String) url!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => [String], { description: 'The public event types it receives (webhookEventTypes lists them).' }) eventTypes!: string[];
  @Field(() => WebhookEndpointStatusEnum) status!: WebhookEndpointStatus;
  @Field(() => String, { nullable: true, description: 'Why it was DISABLED.' }) disabledReason!: string | null;
  @Field(() => RoleEnum, { description: 'The role its creator had when they created it.' }) creatorRole!: Role;
  @Field(() => Date, { nullable: true }) secretRotatedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'Until then, attempts are signed with the previous secret too.' }) previousSecretExpiresAt!: Date | null;
  @Field(() => Int, { description: 'Failed attempts since the last success.' }) consecutiveFailures!: number;
  @Field(() => Date, { nullable: true, description: 'When the current run of failures began (null after a success).' }) failingSince!: Date | null;
  @Field(() => Date, { nullable: true }) lastSuccessAt!: Date | null;
  @Field(() => Date, { nullable: true }) lastFailureAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}

export const toWebhookEndpoint = (r: WebhookEndpointRow): WebhookEndpoint => ({
  id: r.id,
  organizationId: r.organizationId,
  createdByUserId: r.createdByUserId,
  url: r.url,
  description: r.description,
  eventTypes: r.eventTypes,
  status: r.status,
  disabledReason: r.disabledReason,
  creatorRole: r.creatorRole as Role,
  secretRotatedAt: r.secretRotatedAt,
  previousSecretExpiresAt: r.previousSecretExpiresAt && r.previousSecretExpiresAt.getTime() > Date.now() ? r.previousSecretExpiresAt : null,
  consecutiveFailures: r.consecutiveFailures,
  failingSince: r.failingStartedAt,
  lastSuccessAt: r.lastSuccessAt,
  lastFailureAt: r.lastFailureAt,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

@ObjectType({ description: 'One attempt to deliver a webhook.' })
export class WebhookAttempt {
  @Field(() => Int) attempt!: number;
  @Field(() => Date) attemptedAt!: Date;
  @Field(() => Int, { nullable: true, description: 'Null when no HTTP answer came (timeout, refused, blocked address).' }) httpStatus!: number | null;
  @Field(() => Int) latencyMs!: number;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field(() => WebhookAttemptOutcomeEnum) outcome!: WebhookAttemptOutcome;
}

export const toWebhookAttempt = (r: WebhookAttemptRow): WebhookAttempt => ({ attempt: r.attempt, attemptedAt: r.attemptedAt, httpStatus: r.httpStatus, latencyMs: r.latencyMs, error: r.error, outcome: r.outcome });

@ObjectType({ description: 'One event for one endpoint, and how its delivery went.' })
export class WebhookDelivery {
  @Field(() => ID) id!: string;
  organizationId!: string;
  @Field(() => ID) endpointId!: string;
  @Field(() => ID, { description: 'The event id: the webhook-id header and the body\'s id, the receiver\'s idempotency key.' }) eventId!: string;
  @Field(() => String, { description: 'The public event type, or webhook.ping.' }) eventType!: string;
  @Field(() => String, { description: 'The JSON body sent: { id, type, createdAt, data }.' }) body!: string;
  @Field(() => WebhookDeliveryStatusEnum) status!: WebhookDeliveryStatus;
  @Field(() => Int, { description: 'Attempts in the current round (a redelivery starts a new one; the log keeps them all).' }) attempts!: number;
  @Field(() => Date, { nullable: true }) nextAttemptAt!: Date | null;
  @Field(() => Date, { nullable: true }) lastAttemptAt!: Date | null;
  @Field(() => Int, { nullable: true }) lastHttpStatus!: number | null;
  @Field(() => Int, { nullable: true }) lastLatencyMs!: number | null;
  @Field(() => String, { nullable: true }) lastError!: string | null;
  @Field(() => Date) createdAt!: Date;
}

export const toWebhookDelivery = (r: WebhookDeliveryRow): WebhookDelivery => ({
  id: r.id,
  organizationId: r.organizationId,
  endpointId: r.endpointId,
  eventId: r.eventId,
  eventType: r.eventType,
  body: JSON.stringify(r.payload),
  status: r.status,
  attempts: r.attempts,
  nextAttemptAt: r.status === 'PENDING' ? r.nextAttemptAt : null,
  lastAttemptAt: r.lastAttemptAt,
  lastHttpStatus: r.lastHttpStatus,
  lastLatencyMs: r.lastLatencyMs,
  lastError: r.lastError,
  createdAt: r.createdAt,
});

@ObjectType()
export class WebhookDeliveryConnection {
  @Field(() => [WebhookDelivery]) nodes!: WebhookDelivery[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@InputType()
export class CreateWebhookEndpointInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => String, { description: 'https, resolving only to public addresses.' }) url!: string;
  @Field(() => String, { nullable: true, description: 'At most 200 characters.' }) description?: string | null;
  @Field(() => [String], { description: 'One or more of webhookEventTypes.' }) eventTypes!: string[];
}

@InputType({ description: 'What is given changes; what is left out stays. A null description clears it.' })
export class UpdateWebhookEndpointInput {
  @Field(() => ID) endpointId!: string;
  @Field(() => String, { nullable: true }) url?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [String], { nullable: true }) eventTypes?: string[] | null;
}

@InputType()
export class WebhookEndpointInput {
  @Field(() => ID) endpointId!: string;
}

@InputType()
export class WebhookDeliveryInput {
  @Field(() => ID) deliveryId!: string;
}

@ObjectType()
export class WebhookEndpointPayload {
  @Field(() => WebhookEndpoint, { nullable: true }) endpoint!: WebhookEndpoint | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class WebhookEndpointSecretPayload {
  @Field(() => WebhookEndpoint, { nullable: true }) endpoint!: WebhookEndpoint | null;
  @Field(() => String, { nullable: true, description: 'The signing secret (whsec_…), shown this once: store it now; it cannot be read again.' }) secret!: string | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class DeleteWebhookEndpointPayload {
  @Field(() => ID, { nullable: true }) deletedEndpointId!: string | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class WebhookDeliveryPayload {
  @Field(() => WebhookDelivery, { nullable: true }) delivery!: WebhookDelivery | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class RedeliverWebhooksPayload {
  @Field(() => Int, { description: 'How many failed deliveries were scheduled again.' }) scheduled!: number;
  @Field(() => [UserError]) userErrors!: UserError[];
}
