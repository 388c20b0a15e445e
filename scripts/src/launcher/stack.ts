import { join, resolve } from 'node:path';
import { createLogger, startEmbeddedPostgres, type EmbeddedPostgresHandle, type Logger } from '@guildhall/kernel';
import { repoRoot } from '../repo-root.js';
import { spawnService, waitForReady, type ChildService } from './child-service.js';
import { loadOrCreateDevelopmentKeys } from './development-keys.js';
import type { LauncherConfig } from './launcher-config.js';
import { startPaymentSandbox, type PaymentSandbox } from './payment-sandbox.js';

const SUBGRAPH_NAMES = ['identity', 'organization', 'billing', 'payouts', 'compliance'] as const;

export interface Stack {
  databaseUrl: string;
  urls: Record<string, string>;
  services: ChildService[];
  /** Where card payments go, for the banner: the providers' own APIs or local fakes. */
  payments: string;
  /** Where payouts go, likewise. */
  payouts: string;
  stop(): Promise<void>;
}

/**
 * The whole system as separate processes, as it runs in production: every subgraph, the worker, the
 * gateway and the web app, on one PostgreSQL (DATABASE_URL, or the embedded one under the data dir).
 */
export async function startStack(config: LauncherConfig, options: { write?: (line: string) => void; log?: Logger; extraEnv?: Record<string, string | undefined>; withWeb?: boolean } = {}): Promise<Stack> {
  const write = options.write ?? ((line: string) => void process.stdout.write(line));
  const log = options.log ?? createLogger('guildhall', config.LOG_LEVEL);
  const dataDir = resolve(repoRoot, config.DATA_DIR);
  let embedded: EmbeddedPostgresHandle | null = null;
  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    log.info(`no DATABASE_URL: starting embedded PostgreSQL in ${config.DATA_DIR}/postgres on port ${config.EMBEDDED_PG_PORT}`);
    embedded = await startEmbeddedPostgres({ dataDir, port: config.EMBEDDED_PG_PORT, database: 'guildhall', log });
    databaseUrl = embedded.url;
  }
  const keys = loadOrCreateDevelopmentKeys(dataDir, process.env);
  const base: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.extraEnv,
    NODE_ENV: config.NODE_ENV,
    LOG_LEVEL: config.LOG_LEVEL,
    DATABASE_URL: databaseUrl,
    DATA_ENCRYPTION_KEY: keys.dataKey,
    MAIL_OUTBOX_DIR: join(dataDir, 'mail'), // no SMTP server in development: mail lands here as .eml files
    EXPORTS_DIR: process.env['EXPORTS_DIR'] || join(dataDir, 'exports'), // data exports, shared by the services and the gateway
    // where browsers reach the gateway: SSO callbacks and document download links point there. With
    // the dashboard, that is the dashboard's origin (it proxies the gateway's browser paths)
    PUBLIC_URL: process.env['PUBLIC_URL'] || `http://localhost:${options.withWeb === false ? config.GATEWAY_PORT : config.WEB_PORT}`,
    // the dashboard, for links in e-mails (invitations, invoices)
    WEB_URL: process.env['WEB_URL'] || `http://localhost:${config.WEB_PORT}`,
  };
  const portOf: Record<(typeof SUBGRAPH_NAMES)[number], number> = {
    identity: config.IDENTITY_PORT,
    organization: config.ORGANIZATION_PORT,
    billing: config.BILLING_PORT,
    payouts: config.PAYOUTS_PORT,
    compliance: config.COMPLIANCE_PORT,
  };
  const services: ChildService[] = [];
  let sandbox: PaymentSandbox | null = null;
  const stop = async () => {
    for (const service of [...services].reverse()) await service.stop();
    await sandbox?.stop();
    await embedded?.stop();
  };
  try {
    // production never gets fake payments: a provider without keys is then simply not offered
    sandbox = await startPaymentSandbox(base, {
      enabled: config.PAYMENTS_SANDBOX === 'on' && config.NODE_ENV !== 'production',
      webhookBase: `http://127.0.0.1:${config.GATEWAY_PORT}/webhooks`,
    });
    const servicesEnv = { ...base, ...sandbox.servicesEnv };
    const subgraphs = SUBGRAPH_NAMES.map((name, index) => {
      const service = spawnService(name, join(repoRoot, 'subgraphs', name, 'dist', 'main.js'), { ...servicesEnv, PORT: String(portOf[name]), HOST: '127.0.0.1', CONTEXT_TOKEN_PUBLIC_KEY: keys.publicKey }, index, write, config.SERVICE_NODE_ARGS);
      services.push(service);
      return service;
    });
    await Promise.all(subgraphs.map((service) => waitForReady(service.name, `http://127.0.0.1:${portOf[service.name as keyof typeof portOf]}/readyz`, service)));
    services.push(spawnService('worker', join(repoRoot, 'worker', 'dist', 'main.js'), servicesEnv, 5, write, config.SERVICE_NODE_ARGS));
    const gatewayEnv = {
      ...base,
      GATEWAY_PORT: String(config.GATEWAY_PORT),
      CONTEXT_TOKEN_PRIVATE_KEY: keys.privateKey,
      ...sandbox.gatewayEnv,
      ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${name.toUpperCase()}_URL`, `http://127.0.0.1:${portOf[name]}/graphql`])),
    };
    const gateway = spawnService('gateway', join(repoRoot, 'gateway', 'dist', 'main.js'), gatewayEnv, 6, write, config.SERVICE_NODE_ARGS);
    services.push(gateway);
    await waitForReady('gateway', `http://127.0.0.1:${config.GATEWAY_PORT}/readyz`, gateway);
    const urls: Record<string, string> = { gateway: `http://localhost:${config.GATEWAY_PORT}/graphql` };
    if (options.withWeb !== false) {
      const web = spawnService('web', join(repoRoot, 'web', 'dist', 'server.js'), { ...base, NODE_ENV: 'production', WEB_PORT: String(config.WEB_PORT), GATEWAY_URL: `http://127.0.0.1:${config.GATEWAY_PORT}` }, 7, write);
      services.push(web);
      await waitForReady('web', `http://127.0.0.1:${config.WEB_PORT}/healthz`, web);
      urls['web'] = `http://localhost:${config.WEB_PORT}`;
    }
    for (const name of SUBGRAPH_NAMES) urls[name] = `http://127.0.0.1:${portOf[name]}/graphql`;
    return { databaseUrl, urls, services, payments: sandbox.summary, payouts: sandbox.payoutsSummary, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
