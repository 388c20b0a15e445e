import { allow, forbidden, hasOrgAccess, isAuthenticated, notFound, orgCapability, principalCan, unauthenticated, type IRules, type SubgraphContext } from '@guildhall/kernel';
import { rule, type IRule } from 'graphql-shield';

type Rule = IRule | typeof allow;

/**
 * Endpoints and deliveries are read by who may manage their org's webhooks; checked on the types, so
 * every way to reach one (queries, mutation payloads) is covered. The id-based fields authorize in
 * their use cases, on the endpoint's org (another org's endpoint is NOT_FOUND).
 */
const canManageWebhooksOf = rule({ cache: 'no_cache' })((parent: { organizationId: string }, _a, ctx: SubgraphContext) => {
  if (ctx.principal.kind === 'anonymous') return unauthenticated();
  if (!hasOrgAccess(ctx.principal, parent.organizationId)) return notFound('Webhook endpoint');
  return principalCan(ctx.principal, parent.organizationId, 'webhooks.manage') ? true : forbidden();
});

/** Webhooks' rules, spread into the compliance permissions (default deny there). */
export const webhookQueryRules: Record<string, Rule> = {
  webhookEventTypes: allow,
  webhookEndpoints: orgCapability('webhooks.manage', (_p, args: { organizationId: string }) => args.organizationId),
  webhookEndpoint: isAuthenticated,
  webhookDeliveries: isAuthenticated,
};

export const webhookMutationRules: Record<string, Rule> = {
  createWebhookEndpoint: isAuthenticated,
  updateWebhookEndpoint: isAuthenticated,
  pauseWebhookEndpoint: isAuthenticated,
  resumeWebhookEndpoint: isAuthenticated,
  rotateWebhookSecret: isAuthenticated,
  deleteWebhookEndpoint: isAuthenticated,
  sendWebhookPing: isAuthenticated,
  redeliverWebhook: isAuthenticated,
  redeliverFailedWebhooks: isAuthenticated,
};

export const webhookTypeRules: IRules = {
  WebhookEndpoint: canManageWebhooksOf,
  WebhookDelivery: canManageWebhooksOf,
  WebhookAttempt: allow, // reached only through a readable WebhookDelivery
  WebhookDeliveryConnection: allow,
  WebhookEndpointPayload: allow,
  WebhookEndpointSecretPayload: allow,
  DeleteWebhookEndpointPayload: allow,
  WebhookDeliveryPayload: allow,
  RedeliverWebhooksPayload: allow,
  UserError: allow,
};
