import pg from 'pg';
import { createLogger, createOrm, subgraphServices, generateDataKey } from '@guildhall/kernel';
import { organization, reconcileSeats } from '@guildhall/organization';
import { createOrganization, signUp, startSystem, type RunningSystem } from '@guildhall/testkit';

let system: RunningSystem;
beforeAll(async () => {
  system = await startSystem({ withoutWorker: true });
});
afterAll(() => system?.stop());

describe('the seat reconcile job', () => {
  it('repairs a drifted seat count to the real number of ACTIVE LEARNERs and records why', async () => {
    const owner = await signUp(system.gatewayUrl);
    const org = await createOrganization(system.gatewayUrl, owner.token, 'Drift Org');
    const db = new pg.Client({ connectionString: system.databaseUrl });
    await db.connect();
    const orm = await createOrm({ schema: 'organization', databaseUrl: system.databaseUrl, entities: organization.entities, migrations: organization.migrations, poolMax: 2 });
    const services = subgraphServices({ SMTP_URL: system.mail.url, MAIL_FROM: 'test@example.test', MAIL_OUTBOX_DIR: undefined, WEB_URL: 'http://dashboard.test', FEATURE_HOST_ORGS: false, DATA_ENCRYPTION_KEY: generateDataKey() }, createLogger('t', 'silent'));
    try {
      await db.query('update organization.organization set seats_used = 4 where id = $1', [org.id]); // drift: no learners at all
      await reconcileSeats.run(orm.em.fork(), services);
      expect((await db.query('select seats_used from organization.organization where id = $1', [org.id])).rows[0].seats_used).toBe(0);
      const events = await db.query(`select payload from organization.outbox where type = 'organization.seats-reconciled' and organization_id = $1`, [org.id]);
      expect(events.rows.map((r) => r.payload)).toEqual([{ organizationId: org.id, recorded: 4, actual: 0 }]);
      // a second run finds nothing to repair
      await reconcileSeats.run(orm.em.fork(), services);
      expect((await db.query(`select count(*)::int as n from organization.outbox where type = 'organization.seats-reconciled' and organization_id = $1`, [org.id])).rows[0].n).toBe(1);
    } finally {
      await services.mailer.close();
      await orm.close();
      await db.end();
    }
  });
});
