import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import {
  ANONYMOUS,
  createContextTokenSigner,
  createErrorFormatter,
  createExportStore,
  createLivePubSub,
  clientAddress,
  graphqlHandler,
  router,
  sendJson,
  stopServer,
  rateLimited,
  unauthenticated,
  type Logger,
  type RunningServer,
} from '@guildhall/kernel';
import { createAuthenticator } from './auth/authenticator.js';
import { createRateLimiter } from './auth/rate-limiter.js';
import { createContextTokenCache } from './auth/context-tokens.js';
import { sessionTokenOf } from './auth/cookies.js';
import { createSubgraphClient } from './auth/subgraph-client.js';
import { createSsoRoutes } from './auth/sso-routes.js';
import { createScimEdge } from './scim/scim-edge.js';
import { createWebhookRoutes } from './payments/webhook-routes.js';
import { createDocumentRoute } from './documents/document-route.js';
import { createDataExportRoute } from './exports/data-export-route.js';
import type { GatewayConfig } from './config.js';
import { ContextForwardingDataSource } from './data-source.js';
import { supergraphSdl } from './supergraph-source.js';
import type { GatewayContext } from './gateway-context.js';
import { applyCors, cspHeaderName, securityHeaders, setSecurityHeaders } from './http/edge-middleware.js';
import { createCspReportRoute } from './http/csp-report-route.js';
import { createAuditLogCsvRoute } from './audit/audit-log-csv-route.js';
import { createMaintenanceGate, maintenancePlugin } from './maintenance/maintenance-gate.js';
import { scimUnlessMaintenance, unlessPlatformMaintenance } from './maintenance/maintenance-routes.js';
import { createMetrics } from './http/metrics.js';
import { attachSubscriptionServer } from './live/subscription-server.js';
import { metricsPlugin, queryLimitsPlugin, refuseHttpSubscriptions, sessionCookiePlugin } from './plugins.js';


/** The only public edge: GraphQL over HTTP and WebSocket, health and metrics. */
export async function startGateway(config: GatewayConfig, log: Logger): Promise<RunningServer> {
  const development = config.NODE_ENV !== 'production';
  const tokens = createContextTokenCache(await createContextTokenSigner(config.CONTEXT_TOKEN_PRIVATE_KEY));
  const client = createSubgraphClient(tokens);
  const authenticator = createAuthenticator({ client, identityUrl: config.IDENTITY_URL, organizationUrl: config.ORGANIZATION_URL, ttlMs: config.AUTH_CACHE_TTL_MS });
  const pubsub = await createLivePubSub({ databaseUrl: config.DATABASE_URL, redisUrl: config.REDIS_URL, log: log.child('live') });
  pubsub.subscribe((event) => authenticator.onLiveEvent(event));
  const maintenance = createMaintenanceGate({ client, complianceUrl: config.COMPLIANCE_URL, refreshMs: config.MAINTENANCE_REFRESH_MS, log: log.child('maintenance') });
  pubsub.subscribe((event) => maintenance.onLiveEvent(event));
  await maintenance.start();

  const urls: Record<string, string> = {
    identity: config.IDENTITY_URL,
    organization: config.ORGANIZATION_URL,
    billing: config.BILLING_URL,
    payouts: config.PAYOUTS_URL,
    compliance: config.COMPLIANCE_URL,
  };
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphSdl({ path: config.SUPERGRAPH_PATH, without: config.FEATURE_PAYOUTS ? [] : ['payouts'] }),
    buildService: ({ name }) => {
      const url = urls[name];
      if (!url) throw new Error(`No URL configured for subgraph ${name}`);
      return new ContextForwardingDataSource(name, url, tokens, (userIds) => userIds.forEach((id) => authenticator.forgetMembershipsOf(id)));
    },
  });
  let apiSchema: GraphQLSchema | null = null;
  gateway.onSchemaLoadOrUpdate(({ apiSchema: schema }) => (apiSchema = schema));

  const metrics = createMetrics();
  const keyLimiter = createRateLimiter(config.API_KEY_RATE_PER_MINUTE);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    csrfPrevention: true,
    introspection: config.GRAPHQL_INTROSPECTION || development,
    includeStacktraceInErrorResponses: false,
    formatError: createErrorFormatter({ development: false, onInternal: (error) => log.error('unexpected error', { error }) }),
    plugins: [
      queryLimitsPlugin({ maxDepth: config.MAX_QUERY_DEPTH, maxCost: config.MAX_QUERY_COST }),
      sessionCookiePlugin({ secure: config.COOKIE_SECURE, authenticator }),
      refuseHttpSubscriptions,
      maintenancePlugin(maintenance),
      metricsPlugin(metrics),
    ],
  });
  await apollo.start();

  const readyz = async (_req: unknown, res: Parameters<typeof sendJson>[0]) => {
    const checks = await Promise.all(
      Object.entries(urls).map(async ([name, url]) => {
        const ok = await fetch(url.replace(/\/graphql$/, '/readyz')).then((r) => r.ok, () => false);
        return [name, ok ? 'ready' : 'unavailable'] as const;
      }),
    );
    const ready = checks.every(([, state]) => state === 'ready') && apiSchema !== null;
    sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'unavailable', subgraphs: Object.fromEntries(checks) });
  };
  const graphql = graphqlHandler(apollo, async (req): Promise<GatewayContext> => {
    const { token, via } = sessionTokenOf(req.headers);
    const principal = await authenticator.principalFor(token);
    const requestId = randomUUID();
    const origin = { ip: clientAddress(req), userAgent: req.headers['user-agent']?.slice(0, 512) ?? null };
    if (principal?.kind === 'apiKey') {
      const wait = keyLimiter.take(principal.keyId);
      if (wait > 0) throw rateLimited(wait);
    }
    if (principal) return { principal, origin, requestId, sessionHandoff: null };
    // a stale cookie is dropped quietly; a bad bearer token is the client's error
    if (via === 'bearer') throw unauthenticated('The token is invalid, expired or revoked.');
    return { principal: ANONYMOUS, origin, requestId, sessionHandoff: { action: 'clear' } };
  });
  const sso = createSsoRoutes({ client, identityUrl: config.IDENTITY_URL, publicUrl: config.PUBLIC_URL, secureCookie: config.COOKIE_SECURE, log: log.child('sso') });
  const scim = createScimEdge({
    authenticator,
    client,
    identityUrl: config.IDENTITY_URL,
    organizationUrl: config.ORGANIZATION_URL,
    publicUrl: config.PUBLIC_URL,
    ratePerMinute: config.SCIM_RATE_PER_MINUTE,
    log: log.child('scim'),
  });
  const webhooks = createWebhookRoutes({
    client,
    billingUrl: config.BILLING_URL,
    payoutsUrl: config.PAYOUTS_URL,
    razorpayWebhookSecret: config.RAZORPAY_WEBHOOK_SECRET ?? null,
    stripeWebhookSecret: config.STRIPE_WEBHOOK_SECRET ?? null,
    // payouts switched off: its webhook endpoints are gone too (404)
    razorpayxWebhookSecret: (config.FEATURE_PAYOUTS && config.RAZORPAYX_WEBHOOK_SECRET) || null,
    stripeConnectWebhookSecret: (config.FEATURE_PAYOUTS && config.STRIPE_CONNECT_WEBHOOK_SECRET) || null,
    log: log.child('webhooks'),
  });
  const documents = createDocumentRoute({ client, billingUrl: config.BILLING_URL, log: log.child('documents') });
  const dataExports = createDataExportRoute({ client, complianceUrl: config.COMPLIANCE_URL, exports: createExportStore(config.EXPORTS_DIR), log: log.child('data-exports') });
  const auditLogCsv = createAuditLogCsvRoute({ client, complianceUrl: config.COMPLIANCE_URL, authenticator, maintenance, apiKeyLimiter: keyLimiter, log: log.child('audit-log-export') });
  const cspReport = createCspReportRoute({ perMinute: config.CSP_REPORT_RATE_PER_MINUTE, log: log.child('csp') });
  // HSTS behind HTTPS and always in production (browsers ignore it over plain HTTP anyway)
  const edgeHeaders = securityHeaders({ hsts: config.COOKIE_SECURE || !development, cspEnforce: config.CSP_ENFORCE, reportUrl: new URL('/csp-report', config.PUBLIC_URL).href });
  // Apollo's landing page (a browser's GET) brings its own nonce-based policy; ours would block its CDN scripts
  const graphqlGet: typeof graphql = (req, res) => {
    if (req.headers.accept?.includes('text/html')) res.removeHeader(cspHeaderName(config.CSP_ENFORCE));
    return graphql(req, res);
  };
  const handle = router(
    {
      'GET /healthz': (_req, res) => sendJson(res, 200, { status: 'ok', service: 'gateway' }),
      'GET /readyz': readyz,
      'GET /metrics': (_req, res) => {
        res.setHeader('content-type', 'text/plain; version=0.0.4');
        res.end(metrics.render(live.connections()));
      },
      'GET /graphql': graphqlGet,
      'POST /graphql': graphql,
      ...Object.fromEntries(['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].map((method) => [`${method} /scim/v2/*`, scimUnlessMaintenance(maintenance, authenticator, scim)])),
      'GET /auth/sso/*': sso,
      'POST /auth/sso/*': sso,
      'POST /webhooks/*': webhooks,
      'GET /documents/*': unlessPlatformMaintenance(maintenance, documents), // no auth: the signed link is the credential
      'GET /exports/audit-log.csv': auditLogCsv,
      'GET /data-exports/*': unlessPlatformMaintenance(maintenance, dataExports), // the signed link is the credential
      'POST /csp-report': cspReport,
    },
    {
      log,
      before: (req, res) => {
        metrics.counters.requests += 1;
        setSecurityHeaders(res, edgeHeaders);
        return (req.url ?? '').startsWith('/graphql') && applyCors(req, res, config.ALLOWED_ORIGINS);
      },
    },
  );

  const httpServer = createServer(handle);
  const live = attachSubscriptionServer({
    httpServer,
    apiSchema: () => apiSchema,
    apollo,
    authenticator,
    pubsub,
    allowedOrigins: config.ALLOWED_ORIGINS,
    log: log.child('live'),
  });
  await new Promise<void>((resolve) => httpServer.listen(config.GATEWAY_PORT, config.GATEWAY_HOST, resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://${config.GATEWAY_HOST}:${port}/graphql`,
    port,
    stop: () =>
      stopServer(httpServer, async () => {
        maintenance.stop();
        await live.close();
        await apollo.stop();
        await pubsub.close();
      }),
  };
}

