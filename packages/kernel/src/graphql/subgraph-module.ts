import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass } from '@mikro-orm/core';
import type { GraphQLSchema } from 'graphql';
import type { Principal } from '../auth/principal.js';
import type { MigrationEntry } from '../db/orm.js';
import type { Consumer } from '../events/consumer.js';
import type { Mailer } from '../mail/mailer.js';
import type { SecretBox } from '../crypto/secret-box.js';
import type { TxtResolver } from '../net/txt-resolver.js';
import type { PaymentSettings } from '../config/payment-fields.js';
import type { InvoicingSettings } from '../config/invoicing-fields.js';
import type { PayoutSettings } from '../config/payout-fields.js';
import type { PayoutOpsSettings } from '../config/payout-ops-fields.js';
import type { WebhookSettings } from '../config/webhook-fields.js';
import type { ExportStore } from '../exports/export-store.js';

/**
 * What a subgraph contributes to the system: its tables, its graph and its reactions. The launcher,
 * the worker, the schema script and the test harness all assemble subgraphs from this one shape.
 */
export interface SubgraphModule<Loaders = unknown> {
  /** Service name, context-token audience and Postgres schema. */
  name: string;
  entities: EntityClass<object>[];
  migrations: MigrationEntry[];
  buildSchema(): Promise<{ schema: GraphQLSchema; sdl: string }>;
  createLoaders(em: EntityManager, principal: Principal): Loaders;
  consumers: Consumer[];
  /** Scheduled work, run by the worker as Agenda jobs. */
  jobs?: ScheduledJob[];
}

export interface SubgraphServices {
  mailer: Mailer;
  /** The dashboard's base URL, for links in emails. */
  webUrl: string;
  /** `payouts`: earnings, batches and payout accounts (FEATURE_PAYOUTS). */
  features: { hostOrgs: boolean; payouts: boolean };
  /** Outside production: IdPs on loopback may use plain http (test and local IdPs). */
  development: boolean;
  /** Encrypts fields kept secret at rest. */
  secrets: SecretBox;
  /** DNS TXT lookups (domain verification), through DNS_SERVERS when set. */
  txtResolver: TxtResolver;
  /** Payment provider credentials (billing's adapters are built from them). */
  payments: PaymentSettings;
  /** The supplier entity and GST settings of invoices. */
  invoicing: InvoicingSettings;
  /** Where payout alerts go (MSME deadlines). */
  payoutOps: PayoutOpsSettings;
  /** Payout provider credentials (payouts' RazorpayX and Stripe Connect adapters are built from them). */
  payouts: PayoutSettings;
  /** Outbound webhooks (compliance): allow-listed development hosts, attempt timeout, retry schedule. */
  webhooks: WebhookSettings;
  /** Where data export sections and bundles are written (EXPORTS_DIR). */
  exports: ExportStore;
}

/** A recurring job of a subgraph: `every` is an Agenda interval ('1 hour', '15 minutes'). */
export interface ScheduledJob {
  name: string;
  every: string;
  run(em: EntityManager, services: SubgraphServices): Promise<void>;
}
