import { z } from 'zod';
import { commonFields, flag, pem, port } from '../config/config-fields.js';
import { paymentFields, paymentSettings } from '../config/payment-fields.js';
import { invoicingFields, invoicingSettings } from '../config/invoicing-fields.js';
import { payoutFields, payoutSettings } from '../config/payout-fields.js';
import { payoutOpsFields, payoutOpsSettings } from '../config/payout-ops-fields.js';
import { webhookFields, webhookSettings } from '../config/webhook-fields.js';
import { createMailer } from '../mail/mailer.js';
import { createExportStore, exportFields, type ExportStore } from '../exports/export-store.js';
import { mailFields } from '../mail/mail-config.js';
import { createSecretBox } from '../crypto/secret-box.js';
import { createContextTokenVerifier } from '../auth/context-token.js';
import { createOrm } from '../db/orm.js';
import { createTxtResolver, dnsServersField, parseDnsServers } from '../net/txt-resolver.js';
import type { Logger } from '../log/logger.js';
import type { SubgraphModule, SubgraphServices } from './subgraph-module.js';
import { startSubgraphServer, type RunningServer } from './subgraph-server.js';

/** The ports each subgraph listens on by default (the gateway is 4000). */
export const DEFAULT_SUBGRAPH_PORTS: Readonly<Record<string, number>> = {
  organization: 4001,
  identity: 4002,
  billing: 4003,
  payouts: 4004,
  compliance: 4005,
};

export const subgraphConfigSchema = (name: string) =>
  z.object({
    ...commonFields,
    PORT: port(DEFAULT_SUBGRAPH_PORTS[name] ?? 0),
    HOST: z.string().default('127.0.0.1'),
    CONTEXT_TOKEN_PUBLIC_KEY: pem('PUBLIC'),
    DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    ...mailFields,
    /** Where the dashboard lives: links in emails point there. */
    WEB_URL: z.url().default('http://localhost:3000'),
    /** Host organizations (canHost, EXPERT members) are behind this flag until the marketplace side is ready. */
    FEATURE_HOST_ORGS: flag(false),
    /** Payouts (earnings, batches, payout accounts); off hides them. */
    FEATURE_PAYOUTS: flag(true),
    /** 32 random bytes, base64: encrypts the few fields kept secret at rest (`npm run keys` makes one). */
    DATA_ENCRYPTION_KEY: z.string().refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes, base64-encoded'),
    /** DNS servers for TXT lookups (domain verification), `host:port` comma-separated; unset = the system's. */
    DNS_SERVERS: dnsServersField,
    ...paymentFields,
    ...payoutFields,
    ...invoicingFields,
    ...payoutOpsFields,
    /** Outbound webhooks: the development allow-list, the attempt timeout, the retry schedule. */
    ...webhookFields,
    ...exportFields,
  });
export type SubgraphConfig = z.infer<ReturnType<typeof subgraphConfigSchema>>;

/** Migrates the subgraph's schema, builds its graph and serves it. */
export async function startSubgraph(module: SubgraphModule, config: SubgraphConfig, log: Logger): Promise<RunningServer> {
  const orm = await createOrm({ schema: module.name, databaseUrl: config.DATABASE_URL, entities: module.entities, migrations: module.migrations, poolMax: config.DB_POOL_MAX });
  const { schema } = await module.buildSchema();
  const services = subgraphServices(config, log);
  const server = await startSubgraphServer({
    name: module.name,
    schema,
    orm,
    verifyContextToken: await createContextTokenVerifier(config.CONTEXT_TOKEN_PUBLIC_KEY, module.name),
    createLoaders: module.createLoaders,
    services,
    port: config.PORT,
    host: config.HOST,
    development: config.NODE_ENV === 'development',
    log,
  });
  return { ...server, stop: () => server.stop().finally(async () => { await services.mailer.close(); await orm.close(); }) };
}

/** What resolvers and consumers of every subgraph may use beyond the database. */
export function subgraphServices(
  config: Pick<SubgraphConfig, 'SMTP_URL' | 'MAIL_FROM' | 'MAIL_OUTBOX_DIR' | 'WEB_URL' | 'FEATURE_HOST_ORGS' | 'DATA_ENCRYPTION_KEY' | 'DNS_SERVERS'> & Partial<Pick<SubgraphConfig, keyof typeof paymentFields | keyof typeof payoutFields | keyof typeof invoicingFields | 'FEATURE_PAYOUTS' | 'EXPORTS_DIR'>>
    & Partial<Pick<SubgraphConfig, keyof typeof payoutOpsFields>>
    & Partial<Pick<SubgraphConfig, keyof typeof webhookFields>>
    & { NODE_ENV?: string },
  log: Logger,
): SubgraphServices {
  return {
    mailer: createMailer({ smtpUrl: config.SMTP_URL, outboxDir: config.MAIL_OUTBOX_DIR, from: config.MAIL_FROM, log: log.child('mail') }),
    webUrl: config.WEB_URL.replace(/\/$/, ''),
    features: { hostOrgs: config.FEATURE_HOST_ORGS, payouts: config.FEATURE_PAYOUTS ?? true },
    development: config.NODE_ENV !== 'production',
    secrets: createSecretBox(config.DATA_ENCRYPTION_KEY),
    txtResolver: createTxtResolver(parseDnsServers(config.DNS_SERVERS) ?? null),
    payments: paymentSettings(config),
    invoicing: invoicingSettings(config),
    // PAYOUTS_OPS_EMAIL is read when the config has it (services and the worker); partial configs get MAIL_FROM
    payoutOps: payoutOpsSettings(config),
    webhooks: webhookSettings(config),
    exports: exportStoreFor(config.EXPORTS_DIR),
    payouts: payoutSettings(config),
  };
}

// one store per directory: services are built more than once per process (tests, the worker)
const stores = new Map<string, ExportStore>();
function exportStoreFor(dir: string | undefined): ExportStore {
  const key = dir ?? '';
  if (!stores.has(key)) stores.set(key, createExportStore(dir));
  return stores.get(key)!;
}
