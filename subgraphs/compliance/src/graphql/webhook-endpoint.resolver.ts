import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { selectRows } from '@guildhall/kernel';
import { WEBHOOK_EVENT_TYPES } from '../domain/webhook-event-types.js';
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  rotateWebhookSecret,
  setWebhookEndpointStatus,
  updateWebhookEndpoint,
} from '../usecases/webhook-endpoints.js';
import { ENDPOINT, requireEndpoint, type WebhookEndpointRow } from '../usecases/webhook-store.js';
import type { ComplianceContext } from './loaders.js';
import { OrganizationRef, UserRef } from './references.type.js';
import {
  CreateWebhookEndpointInput,
  DeleteWebhookEndpointPayload,
  toWebhookEndpoint,
  UpdateWebhookEndpointInput,
  WebhookEndpoint,
  WebhookEndpointInput,
  WebhookEndpointPayload,
  WebhookEndpointSecretPayload,
} from './webhook.types.js';

const endpointPayload = (outcome: { ok: true; value: WebhookEndpointRow } | { ok: false; errors: WebhookEndpointPayload['userErrors'] }): WebhookEndpointPayload =>
  outcome.ok ? { endpoint: toWebhookEndpoint(outcome.value), userErrors: [] } : { endpoint: null, userErrors: outcome.errors };

@Resolver(() => WebhookEndpoint)
export class WebhookEndpointResolver {
  @Query(() => [String], { description: 'The public webhook event types an endpoint may subscribe to.' })
  webhookEventTypes(): string[] {
    return [...WEBHOOK_EVENT_TYPES];
  }

  @Query(() => [WebhookEndpoint], { description: "An org's webhook endpoints, oldest first (OWNER, BILLING_ADMIN: webhooks.manage)." })
  async webhookEndpoints(@Arg('organizationId', () => ID) organizationId: string, @Ctx() ctx: ComplianceContext): Promise<WebhookEndpoint[]> {
    const rows = await selectRows<WebhookEndpointRow>(ctx.em, `select * from ${ENDPOINT} where organization_id = ? order by created_at, id`, [organizationId]);
    return rows.map(toWebhookEndpoint);
  }

  @Query(() => WebhookEndpoint, { description: 'One webhook endpoint (webhooks.manage in its org).' })
  async webhookEndpoint(@Arg('id', () => ID) id: string, @Ctx() ctx: ComplianceContext): Promise<WebhookEndpoint> {
    return toWebhookEndpoint(await requireEndpoint(ctx, id, 'webhooks.manage'));
  }

  @Mutation(() => WebhookEndpointSecretPayload, { description: 'Adds an endpoint (https, public addresses only) and answers its signing secret, once.' })
  async createWebhookEndpoint(@Arg('input', () => CreateWebhookEndpointInput) input: CreateWebhookEndpointInput, @Ctx() ctx: ComplianceContext): Promise<WebhookEndpointSecretPayload> {
    const outcome = await createWebhookEndpoint(ctx, { organizationId: input.organizationId, url: input.url, description: input.description, eventTypes: input.eventTypes });
    return outcome.ok ? { endpoint: toWebhookEndpoint(outcome.value.endpoint), secret: outcome.value.secret, userErrors: [] } : { endpoint: null, secret: null, userErrors: outcome.errors };
  }

  @Mutation(() => WebhookEndpointPayload, { description: "Changes an endpoint's URL, description or event types." })
  async updateWebhookEndpoint(@Arg('input', () => UpdateWebhookEndpointInput) input: UpdateWebhookEndpointInput, @Ctx() ctx: ComplianceContext): Promise<WebhookEndpointPayload> {
    return endpointPayload(await updateWebhookEndpoint(ctx, input));
  }

  @Mutation(() => WebhookEndpointPayload, { description: 'Holds deliveries: they wait, and go out on resume.' })
  async pauseWebhookEndpoint(@Arg('input', () => WebhookEndpointInput) input: WebhookEndpointInput, @Ctx() ctx: ComplianceContext): Promise<WebhookEndpointPayload> {
    return endpointPayload(await setWebhookEndpointStatus(ctx, input.endpointId, 'paused'));
  }

  @Mutation(() => WebhookEndpointPayload, { description: 'Sends what waited; also re-enables a DISABLED endpoint (its failure counters start over).' })
  async resumeWebhookEndpoint(@Arg('input', () => WebhookEndpointInput) input: WebhookEndpointInput, @Ctx() ctx: ComplianceContext): Promise<WebhookEndpointPayload> {
    return endpointPayload(await setWebhookEndpointStatus(ctx, input.endpointId, 'resumed'));
  }

  @Mutation(() => WebhookEndpointSecretPayload, { description: 'A new signing secret, answered once; for 24 hours attempts are signed with the old one too.' })
  async rotateWebhookSecret(@Arg('input', () => WebhookEndpointInput) input: WebhookEndpointInput, @Ctx() ctx: ComplianceContext): Promise<WebhookEndpointSecretPayload> {
    const outcome = await rotateWebhookSecret(ctx, input.endpointId);
    return outcome.ok ? { endpoint: toWebhookEndpoint(outcome.value.endpoint), secret: outcome.value.secret, userErrors: [] } : { endpoint: null, secret: null, userErrors: outcome.errors };
  }

  @Mutation(() => DeleteWebhookEndpointPayload, { description: 'OWNER only (webhooks.delete): the endpoint goes, with its delivery log.' })
  async deleteWebhookEndpoint(@Arg('input', () => WebhookEndpointInput) input: WebhookEndpointInput, @Ctx() ctx: ComplianceContext): Promise<DeleteWebhookEndpointPayload> {
    const outcome = await deleteWebhookEndpoint(ctx, input.endpointId);
    return outcome.ok ? { deletedEndpointId: outcome.value, userErrors: [] } : { deletedEndpointId: null, userErrors: outcome.errors };
  }

  @FieldResolver(() => OrganizationRef)
  organization(@Root() endpoint: WebhookEndpoint): OrganizationRef {
    return { id: endpoint.organizationId };
  }

  @FieldResolver(() => UserRef, { description: 'Who created it.' })
  createdBy(@Root() endpoint: WebhookEndpoint): UserRef {
    return { id: endpoint.createdByUserId };
  }
}
