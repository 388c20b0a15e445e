import DataLoader from 'dataloader';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { placeholders, selectRows } from '@guildhall/kernel';
import type { WebhookDeliveryStatus } from '../domain/webhook-endpoint-rules.js';
import { redeliverFailedWebhooks, redeliverWebhook, sendWebhookPing, webhookDeliveryPage } from '../usecases/webhook-deliveries.js';
import { ATTEMPT, type WebhookAttemptRow } from '../usecases/webhook-store.js';
import type { ComplianceContext } from './loaders.js';
import {
  RedeliverWebhooksPayload,
  toWebhookAttempt,
  toWebhookDelivery,
  WebhookAttempt,
  WebhookDelivery,
  WebhookDeliveryConnection,
  WebhookDeliveryInput,
  WebhookDeliveryPayload,
  WebhookDeliveryStatusEnum,
  WebhookEndpointInput,
} from './webhook.types.js';

/** One query for the attempt logs of a whole page of deliveries, per request. */
const attemptLoaders = new WeakMap<ComplianceContext, DataLoader<string, WebhookAttemptRow[]>>();
function attemptsOf(ctx: ComplianceContext): DataLoader<string, WebhookAttemptRow[]> {
  let loader = attemptLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const rows = await selectRows<WebhookAttemptRow>(ctx.em, `select * from ${ATTEMPT} where delivery_id in ${placeholders(ids)} order by attempted_at, attempt`, ids);
      return ids.map((id) => rows.filter((r) => r.deliveryId === id));
    });
    attemptLoaders.set(ctx, loader);
  }
  return loader;
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @Query(() => WebhookDeliveryConnection, { description: "An endpoint's delivery log, newest first (webhooks.manage)." })
  async webhookDeliveries(
    @Arg('endpointId', () => ID) endpointId: string,
    @Ctx() ctx: ComplianceContext,
    @Arg('status', () => WebhookDeliveryStatusEnum, { nullable: true }) status?: WebhookDeliveryStatus | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<WebhookDeliveryConnection> {
    const page = await webhookDeliveryPage(ctx, { endpointId, status: status ?? null, first: first ?? null, after: after ?? null });
    return { nodes: page.nodes.map(toWebhookDelivery), pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor } };
  }

  @Mutation(() => WebhookDeliveryPayload, { description: 'Sends a delivery again, now (same event id).' })
  async redeliverWebhook(@Arg('input', () => WebhookDeliveryInput) input: WebhookDeliveryInput, @Ctx() ctx: ComplianceContext): Promise<WebhookDeliveryPayload> {
    const outcome = await redeliverWebhook(ctx, input.deliveryId);
    return outcome.ok ? { delivery: toWebhookDelivery(outcome.value), userErrors: [] } : { delivery: null, userErrors: outcome.errors };
  }

  @Mutation(() => RedeliverWebhooksPayload, { description: "Sends every FAILED delivery of an endpoint again." })
  async redeliverFailedWebhooks(@Arg('input', () => WebhookEndpointInput) input: WebhookEndpointInput, @Ctx() ctx: ComplianceContext): Promise<RedeliverWebhooksPayload> {
    const outcome = await redeliverFailedWebhooks(ctx, input.endpointId);
    return outcome.ok ? { scheduled: outcome.value, userErrors: [] } : { scheduled: 0, userErrors: outcome.errors };
  }

  @Mutation(() => WebhookDeliveryPayload, { description: 'Sends a signed webhook.ping to the endpoint now and answers how it went (one attempt, never retried).' })
  async sendWebhookPing(@Arg('input', () => WebhookEndpointInput) input: WebhookEndpointInput, @Ctx() ctx: ComplianceContext): Promise<WebhookDeliveryPayload> {
    const outcome = await sendWebhookPing(ctx, input.endpointId);
    return outcome.ok ? { delivery: toWebhookDelivery(outcome.value), userErrors: [] } : { delivery: null, userErrors: outcome.errors };
  }

  @FieldResolver(() => [WebhookAttempt], { description: 'Every attempt, oldest first.' })
  async attemptLog(@Root() delivery: WebhookDelivery, @Ctx() ctx: ComplianceContext): Promise<WebhookAttempt[]> {
    return (await attemptsOf(ctx).load(delivery.id)).map(toWebhookAttempt);
  }
}
