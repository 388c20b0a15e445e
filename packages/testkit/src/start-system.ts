import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createLogger,
  freePort,
  generateContextKeyPair,
  generateDataKey,
  startSubgraph,
  subgraphConfigSchema,
  parseConfig,
  type RunningServer,
} from '@guildhall/kernel';
import { gatewayConfigSchema, startGateway } from '@guildhall/gateway';
import { SUBGRAPHS, startWorker, workerConfigSchema, type RunningWorker } from '@guildhall/worker';
import { startFakeRazorpay, startFakeRazorpayX, startFakeStripe, type FakeRazorpay, type FakeRazorpayX, type FakeStripe } from '@guildhall/provider-fakes';
import { startSmtpSink, type SmtpSink } from './smtp-sink.js';
import { createTestDatabase } from './test-database.js';

export interface SystemOptions {
  /** Extra environment for the gateway (limits, origins, REDIS_URL...). */
  gatewayEnv?: Record<string, string>;
  workerEnv?: Record<string, string>;
  /** Extra environment for every subgraph and worker (feature flags, mail). */
  servicesEnv?: Record<string, string>;
  /** Start without the worker (events stay in the outboxes until one runs). */
  withoutWorker?: boolean;
}

export interface RunningSystem {
  databaseUrl: string;
  /** A real SMTP server that keeps every message the services send. */
  mail: SmtpSink;
  /** Local fake payment providers the real SDKs talk to; their webhooks go to this system's gateway. */
  payments: { razorpay: FakeRazorpay; stripe: FakeStripe };
  /**
   * Local fake payout providers: RazorpayX (its own server, the Razorpay key pair) and Stripe Connect
   * (the fake Stripe, `stripeConnect === payments.stripe`); their webhooks go to this system's gateway
   * at /webhooks/razorpayx and /webhooks/stripe-connect.
   */
  payouts: { razorpayx: FakeRazorpayX; stripeConnect: FakeStripe };
  /** What every subgraph and worker of this system is configured with (mail, keys, flags). */
  serviceEnv: Record<string, string>;
  gatewayUrl: string;
  wsUrl: string;
  subgraphUrls: Record<string, string>;
  keys: { publicKey: string; privateKey: string };
  worker: RunningWorker | null;
  /** Another gateway instance on the same subgraphs and database (fan-out tests). */
  startExtraGateway(env?: Record<string, string>): Promise<RunningServer>;
  startWorker(env?: Record<string, string>): Promise<RunningWorker>;
  stop(): Promise<void>;
}

const quiet = () => createLogger('test', (process.env['TEST_LOG_LEVEL'] as 'debug' | undefined) ?? 'silent');

/** Boots every subgraph, the worker and the gateway in this process, on free ports, on a fresh database. */
export async function startSystem(options: SystemOptions = {}): Promise<RunningSystem> {
  const database = await createTestDatabase();
  const mail = await startSmtpSink();
  const razorpay = await startFakeRazorpay();
  const stripe = await startFakeStripe();
  // RazorpayX shares the Razorpay account's API keys
  const razorpayx = await startFakeRazorpayX({ keyId: razorpay.keyId, keySecret: razorpay.keySecret });
  const keys = generateContextKeyPair();
  // the main gateway's port is known up front: links the services make (documents) point at it
  const gatewayPort = options.gatewayEnv?.['GATEWAY_PORT'] ?? String(await freePort());
  const exportsDir = await mkdtemp(join(tmpdir(), 'guildhall-exports-'));
  const services = {
    EXPORTS_DIR: exportsDir,
    PUBLIC_URL: options.gatewayEnv?.['PUBLIC_URL'] ?? `http://127.0.0.1:${gatewayPort}`,
    SMTP_URL: mail.url,
    WEB_URL: 'http://dashboard.test',
    DATA_ENCRYPTION_KEY: generateDataKey(),
    RAZORPAY_KEY_ID: razorpay.keyId,
    RAZORPAY_KEY_SECRET: razorpay.keySecret,
    RAZORPAY_API_URL: razorpay.url,
    STRIPE_SECRET_KEY: stripe.secretKey,
    STRIPE_API_URL: stripe.url,
    RAZORPAYX_ACCOUNT_NUMBER: razorpayx.accountNumber,
    RAZORPAYX_API_URL: razorpayx.url,
    ...options.servicesEnv,
  };
  const log = quiet();
  const subgraphs: RunningServer[] = [];
  const subgraphUrls: Record<string, string> = {};
  for (const module of SUBGRAPHS) {
    const config = parseConfig(subgraphConfigSchema(module.name), {
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      PORT: '0',
      CONTEXT_TOKEN_PUBLIC_KEY: keys.publicKey,
      DB_POOL_MAX: '3', // two test files run at once on one server: stay well under max_connections
      ...services,
    });
    const server = await startSubgraph(module, config, log);
    subgraphs.push(server);
    subgraphUrls[module.name] = server.url;
  }
  const gatewayEnv = (env: Record<string, string> = {}) => ({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    GATEWAY_PORT: '0',
    IDENTITY_URL: subgraphUrls['identity']!,
    ORGANIZATION_URL: subgraphUrls['organization']!,
    BILLING_URL: subgraphUrls['billing']!,
    PAYOUTS_URL: subgraphUrls['payouts']!,
    COMPLIANCE_URL: subgraphUrls['compliance']!,
    CONTEXT_TOKEN_PRIVATE_KEY: keys.privateKey,
    RAZORPAY_WEBHOOK_SECRET: razorpay.webhookSecret,
    STRIPE_WEBHOOK_SECRET: stripe.webhookSecret,
    EXPORTS_DIR: exportsDir,
    RAZORPAYX_WEBHOOK_SECRET: razorpayx.webhookSecret,
    STRIPE_CONNECT_WEBHOOK_SECRET: stripe.connectWebhookSecret,
    ...options.gatewayEnv,
    ...env,
  });
  const workers: RunningWorker[] = [];
  const launchWorker = async (env: Record<string, string> = {}) => {
    const config = parseConfig(workerConfigSchema, {
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      JOB_POLL_MS: '100',
      CONSUMER_RETRY_DELAY_MS: '100',
      JOB_LOCK_LIFETIME_MS: '1000',
      ...services,
      ...options.workerEnv,
      ...env,
    });
    const worker = await startWorker(config, log);
    workers.push(worker);
    return worker;
  };
  const worker = options.withoutWorker ? null : await launchWorker();
  const gateways: RunningServer[] = [];
  const launchGateway = async (env?: Record<string, string>) => {
    const gateway = await startGateway(parseConfig(gatewayConfigSchema, gatewayEnv(env)), log);
    gateways.push(gateway);
    return gateway;
  };
  const gateway = await launchGateway({ GATEWAY_PORT: gatewayPort, PUBLIC_URL: services.PUBLIC_URL });
  const webhookBase = gateway.url.replace(/\/graphql$/, '/webhooks');
  razorpay.setWebhookUrl(`${webhookBase}/razorpay`);
  stripe.setWebhookUrl(`${webhookBase}/stripe`);
  razorpayx.setWebhookUrl(`${webhookBase}/razorpayx`);
  stripe.setConnectWebhookUrl(`${webhookBase}/stripe-connect`);
  return {
    databaseUrl: database.url,
    mail,
    payments: { razorpay, stripe },
    payouts: { razorpayx, stripeConnect: stripe },
    serviceEnv: { DATABASE_URL: database.url, ...services },
    gatewayUrl: gateway.url,
    wsUrl: gateway.url.replace(/^http/, 'ws'),
    subgraphUrls,
    keys,
    worker,
    startExtraGateway: launchGateway,
    startWorker: launchWorker,
    async stop() {
      for (const g of gateways) await g.stop();
      for (const w of workers) await w.stop();
      for (const s of subgraphs) await s.stop();
      await mail.stop();
      await razorpay.stop();
      await stripe.stop();
      await razorpayx.stop();
      await database.drop();
      await rm(exportsDir, { recursive: true, force: true });
    },
  };
}
