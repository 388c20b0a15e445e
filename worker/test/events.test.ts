import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import {
  createLogger,
  createOrm,
  parseConfig,
  recordEvent,
  runConsumer,
  type Consumer,
  type DomainEvent,
  type SubgraphModule,
  subgraphServices,
  generateDataKey,
} from '@guildhall/kernel';
import { billing, openBillingAccountWhenOrganizationCreated } from '@guildhall/billing';
import { organization } from '@guildhall/organization';
import { createOrganization, signUp, startSystem, waitUntil, type RunningSystem } from '@guildhall/testkit';
import { SUBGRAPHS, startWorker, workerConfigSchema } from '@guildhall/worker';

/**
 * The event pipeline against real PostgreSQL: outbox rows committed with their change, the relay,
 * Agenda jobs with retries, and consumers that apply each event exactly once.
 */
let system: RunningSystem;
let db: pg.Pool;
let owner: { token: string };

beforeAll(async () => {
  // no worker: each test starts the workers it needs, with the consumers it needs
  system = await startSystem({ withoutWorker: true });
  db = new pg.Pool({ connectionString: system.databaseUrl, max: 3 });
  owner = await signUp(system.gatewayUrl, { name: 'Events Owner' });
});
afterAll(async () => {
  await db?.end();
  await system?.stop();
});

const testServices = () => subgraphServices({ SMTP_URL: system.mail.url, MAIL_FROM: 'test@example.test', MAIL_OUTBOX_DIR: undefined, WEB_URL: 'http://dashboard.test', FEATURE_HOST_ORGS: false, DATA_ENCRYPTION_KEY: generateDataKey() }, createLogger('t', 'silent'));

const BILLING_JOB = `consume:${openBillingAccountWhenOrganizationCreated.name}`;
const AUDIT_JOB = 'consume:compliance.record-audit-entry-when-event-occurs';

async function launchWorker(modules: readonly SubgraphModule[] = SUBGRAPHS) {
  const config = parseConfig(workerConfigSchema, {
    DATABASE_URL: system.databaseUrl,
    JOB_POLL_MS: '100',
    CONSUMER_RETRY_DELAY_MS: '100',
    JOB_LOCK_LIFETIME_MS: '2000',
    ...system.serviceEnv,
  });
  const worker = await startWorker(config, createLogger('t', (process.env['TEST_LOG_LEVEL'] as 'debug' | undefined) ?? 'silent'), modules);
  // every consumer job this worker completed, as `<job name> <event id>`
  const completed: string[] = [];
  worker.agenda.on('success', (job, remote) => {
    if (remote) return;
    completed.push(`${job.attrs.name} ${(job.attrs.data as { event: DomainEvent }).event.id}`);
  });
  return { worker, completed };
}

const count = async (sql: string, params: unknown[]) => Number((await db.query(sql, params)).rows[0].count);

const auditActionsOf = async (organizationId: string) =>
  (await db.query(`select action from compliance.audit_entry where organization_id = $1 order by action`, [organizationId])).rows.map((r) => r.action as string);

/** The events an org's creation led to, with the outbox each sits in. */
async function eventsOf(organizationId: string) {
  const { rows } = await db.query(
    `select 'organization' as source, id, type from organization.outbox where organization_id = $1
     union all select 'billing', id, type from billing.outbox where organization_id = $1`,
    [organizationId],
  );
  return rows as { source: string; id: string; type: string }[];
}

async function domainEvent(schema: string, id: string): Promise<DomainEvent> {
  const { rows } = await db.query(`select * from "${schema}".outbox where id = $1`, [id]);
  const row = rows[0];
  return {
    id: row.id,
    type: row.type,
    source: schema,
    organizationId: row.organization_id,
    aggregateId: row.aggregate_id,
    actor: row.actor,
    origin: row.origin,
    payload: row.payload,
    occurredAt: new Date(row.occurred_at).toISOString(),
  };
}

/** Fully processed: audit trail complete, every outbox row of the org relayed, no job of its events still queued. */
async function settled(organizationId: string) {
  if ((await auditActionsOf(organizationId)).length !== 3) return false;
  const events = await eventsOf(organizationId);
  const ids = events.map((e) => e.id);
  const unpublished =
    (await count(`select count(*) from organization.outbox where organization_id = $1 and published_at is null`, [organizationId])) +
    (await count(`select count(*) from billing.outbox where organization_id = $1 and published_at is null`, [organizationId]));
  const queued = await count(`select count(*) from agenda_jobs where data->'event'->>'id' = any($1::text[])`, [ids]);
  return events.length === 3 && unpublished === 0 && queued === 0;
}

describe('the event pipeline', () => {
  it('retries a failing consumer until it succeeds, and its effect happens once', async () => {
    const attempts = new Map<string, number>();
    // runs the real handler, then fails the first two attempts: the effect must roll back with the failure
    const flaky = (consumer: Consumer): Consumer => ({
      ...consumer,
      async handle(em, event, services) {
        const attempt = (attempts.get(event.id) ?? 0) + 1;
        attempts.set(event.id, attempt);
        await consumer.handle(em, event, services);
        if (attempt <= 2) throw new Error(`attempt ${attempt} fails on purpose`);
      },
    });
    const modules = SUBGRAPHS.map((module) => (module.name === 'billing' ? { ...billing, consumers: [flaky(openBillingAccountWhenOrganizationCreated)] } : module));
    const org = await createOrganization(system.gatewayUrl, owner.token, 'Flaky Billing Org');
    const created = (await eventsOf(org.id)).find((e) => e.type === 'organization.created')!;
    const { worker } = await launchWorker(modules);
    try {
      await waitUntil(() => settled(org.id), 20_000, 'the org to be fully processed');
      expect(attempts.get(created.id)).toBe(3);
      expect(await count(`select count(*) from billing.billing_account where organization_id = $1`, [org.id])).toBe(1);
      expect(await count(`select count(*) from billing.processed_event where consumer = $1 and event_id = $2`, [openBillingAccountWhenOrganizationCreated.name, created.id])).toBe(1);
      // the failed attempts' events rolled back with them: one account opened, announced and audited once
      expect(await count(`select count(*) from billing.outbox where organization_id = $1 and type = 'billing.account.opened'`, [org.id])).toBe(1);
      expect(await auditActionsOf(org.id)).toEqual(['BILLING_ACCOUNT_OPENED', 'MEMBER_ADDED', 'ORGANIZATION_CREATED']);
    } finally {
      await worker.stop();
    }
  });

  it('absorbs duplicate deliveries: a repeated consumer run and a full relay re-delivery change nothing', async () => {
    const org = await createOrganization(system.gatewayUrl, owner.token, 'Redelivered Org');
    const { worker, completed } = await launchWorker();
    let billingOrm: MikroORM | null = null;
    try {
      await waitUntil(() => settled(org.id), 20_000, 'the org to be fully processed');
      const events = await eventsOf(org.id);
      const created = events.find((e) => e.type === 'organization.created')!;

      billingOrm = await createOrm({ schema: 'billing', databaseUrl: system.databaseUrl, entities: billing.entities, migrations: billing.migrations, poolMax: 2 });
      expect(await runConsumer(billingOrm, 'billing', openBillingAccountWhenOrganizationCreated, await domainEvent('organization', created.id), testServices())).toBe('duplicate');
      expect(await count(`select count(*) from billing.billing_account where organization_id = $1`, [org.id])).toBe(1);

      // as if the relay crashed after enqueueing and before marking: every event of the org goes out again
      const before = completed.length;
      await db.query(`update organization.outbox set published_at = null where organization_id = $1`, [org.id]);
      await db.query(`update billing.outbox set published_at = null where organization_id = $1`, [org.id]);
      await waitUntil(() => settled(org.id), 20_000, 'the re-delivery to be processed');
      // the jobs really ran again: the billing consumer once more, the audit consumer once per event
      const again = completed.slice(before);
      expect(again.filter((c) => c === `${BILLING_JOB} ${created.id}`)).toHaveLength(1);
      for (const event of events) expect(again.filter((c) => c === `${AUDIT_JOB} ${event.id}`)).toHaveLength(1);

      expect(await count(`select count(*) from billing.billing_account where organization_id = $1`, [org.id])).toBe(1);
      expect(await count(`select count(*) from billing.outbox where organization_id = $1 and type = 'billing.account.opened'`, [org.id])).toBe(1);
      for (const event of events) {
        expect(await count(`select count(*) from compliance.audit_entry where event_id = $1`, [event.id])).toBe(1);
      }
      expect(await auditActionsOf(org.id)).toEqual(['BILLING_ACCOUNT_OPENED', 'MEMBER_ADDED', 'ORGANIZATION_CREATED']);
    } finally {
      await billingOrm?.close();
      await worker.stop();
    }
  });

  it('emits nothing for a change that rolls back, while a committed one is delivered', async () => {
    const orm = await createOrm({ schema: 'organization', databaseUrl: system.databaseUrl, entities: organization.entities, migrations: organization.migrations, poolMax: 2 });
    const { worker } = await launchWorker();
    const cause = { principal: { kind: 'service', service: 'events-test' } as const, origin: null };
    const record = (organizationId: string, membershipId: string) => (em: Parameters<typeof recordEvent>[0]) =>
      recordEvent(em, cause, {
        type: 'organization.member.added',
        organizationId,
        aggregateId: membershipId,
        payload: { organizationId, membershipId, userId: randomUUID(), role: 'LEARNER', source: 'direct' },
      });
    const rolledBack = { organizationId: randomUUID(), membershipId: randomUUID() };
    const committed = { organizationId: randomUUID(), membershipId: randomUUID() };
    try {
      await expect(
        orm.em.fork().transactional(async (em) => {
          record(rolledBack.organizationId, rolledBack.membershipId)(em);
          await em.flush(); // the row is written inside the transaction, then thrown away
          throw new Error('the change fails after recording its event');
        }),
      ).rejects.toThrow('the change fails');
      expect(await count(`select count(*) from organization.outbox where aggregate_id = $1`, [rolledBack.membershipId])).toBe(0);

      // the same path, committed, is relayed and audited: the relay is alive and watching this outbox
      await orm.em.fork().transactional(async (em) => void record(committed.organizationId, committed.membershipId)(em));
      await waitUntil(async () => (await count(`select count(*) from compliance.audit_entry where target_id = $1`, [committed.membershipId])) === 1, 20_000, 'the committed event to be audited');

      expect(await count(`select count(*) from compliance.audit_entry where target_id = $1 or organization_id = $2`, [rolledBack.membershipId, rolledBack.organizationId])).toBe(0);
      expect(await count(`select count(*) from organization.outbox where aggregate_id = $1`, [rolledBack.membershipId])).toBe(0);
    } finally {
      await worker.stop();
      await orm.close();
    }
  });

  it('with two workers relaying at once, delivers each event to each consumer exactly once', async () => {
    const first = await launchWorker();
    const second = await launchWorker();
    try {
      const orgs = await Promise.all(Array.from({ length: 6 }, (_, i) => createOrganization(system.gatewayUrl, owner.token, `Parallel Org ${i + 1}`)));
      for (const org of orgs) await waitUntil(() => settled(org.id), 30_000, `org ${org.name} to be fully processed`);

      const completed = [...first.completed, ...second.completed];
      for (const org of orgs) {
        expect(await auditActionsOf(org.id)).toEqual(['BILLING_ACCOUNT_OPENED', 'MEMBER_ADDED', 'ORGANIZATION_CREATED']);
        expect(await count(`select count(*) from billing.billing_account where organization_id = $1`, [org.id])).toBe(1);
        const events = await eventsOf(org.id);
        const created = events.find((e) => e.type === 'organization.created')!;
        expect(completed.filter((c) => c === `${BILLING_JOB} ${created.id}`)).toHaveLength(1);
        for (const event of events) expect(completed.filter((c) => c === `${AUDIT_JOB} ${event.id}`)).toHaveLength(1);
      }
    } finally {
      await first.worker.stop();
      await second.worker.stop();
    }
  });
});
