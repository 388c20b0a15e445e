import { z } from 'zod';
import { commonFields, exportFields, flag, payoutWebhookFields, pem, port, url } from '@guildhall/kernel';

export const gatewayConfigSchema = z.object({
  ...commonFields,
  GATEWAY_PORT: port(4000),
  GATEWAY_HOST: z.string().default('127.0.0.1'),
  IDENTITY_URL: url(),
  ORGANIZATION_URL: url(),
  BILLING_URL: url(),
  PAYOUTS_URL: url(),
  COMPLIANCE_URL: url(),
  CONTEXT_TOKEN_PRIVATE_KEY: pem('PRIVATE'),
  REDIS_URL: url().optional(),
  SUPERGRAPH_PATH: z.string().optional(),
  GRAPHQL_INTROSPECTION: flag(false),
  /** Off: the graph is served without the payouts subgraph (no payout types, fields or webhooks). */
  FEATURE_PAYOUTS: flag(true),
  /** Browser origins allowed to open WebSockets and send cookie-authenticated requests. */
  ALLOWED_ORIGINS: z
    .string()
    .default('http://localhost:3000,http://127.0.0.1:3000,http://localhost:4000,http://127.0.0.1:4000')
    .transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean)),
  MAX_QUERY_DEPTH: z.coerce.number().int().min(2).default(12),
  MAX_QUERY_COST: z.coerce.number().int().min(10).default(20_000),
  /** How long a session lookup and a principal's memberships are reused; events invalidate sooner. */
  AUTH_CACHE_TTL_MS: z.coerce.number().int().min(0).max(60_000).default(5_000),
  COOKIE_SECURE: flag(false),
  /** Where browsers reach this gateway; OIDC sign-in sends the IdP back to `${PUBLIC_URL}/auth/sso/callback`. */
  PUBLIC_URL: url().default('http://localhost:4000'),
  /** Requests per minute for each partner API key (per gateway instance). */
  API_KEY_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  /** Requests per SCIM token per minute. */
  SCIM_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  /** Enforce the Content-Security-Policy (default: report-only, violations reported to /csp-report). */
  CSP_ENFORCE: flag(false),
  /** CSP reports accepted per client address per minute at /csp-report (then 429). */
  CSP_REPORT_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  /** How often the gateway reloads maintenance windows from compliance (a change event reloads them at once). */
  MAINTENANCE_REFRESH_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  /** Signing secrets of the payment providers' webhooks (unset: that endpoint answers 404). */
  RAZORPAY_WEBHOOK_SECRET: z.string().min(1).optional(),
  STRIPE_WEBHOOK_SECRET: z.string().min(1).optional(),
  /** Signing secrets of the payout providers' webhooks: /webhooks/razorpayx and /webhooks/stripe-connect (unset: 404). */
  ...payoutWebhookFields,
  /** Data export bundles, streamed at GET /exports/<token> (the directory compliance writes them to). */
  ...exportFields,
});
export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;
