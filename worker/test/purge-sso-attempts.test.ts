import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { createLogger, createOrm, subgraphServices } from '@guildhall/kernel';
import { identity, purgeSsoAttempts } from '@guildhall/identity';
import { createOrganization, signUp, startSystem, type RunningSystem } from '@guildhall/testkit';

let system: RunningSystem;
beforeAll(async () => {
  system = await startSystem({ withoutWorker: true });
});
afterAll(() => system?.stop());

describe('the SSO attempt purge job', () => {
  it('deletes expired sign-in attempts, SAML requests and remembered assertions, and keeps live ones', async () => {
    const owner = await signUp(system.gatewayUrl);
    const org = await createOrganization(system.gatewayUrl, owner.token, 'Purge Org');
    const db = new pg.Client({ connectionString: system.databaseUrl });
    await db.connect();
    const orm = await createOrm({ schema: 'identity', databaseUrl: system.databaseUrl, entities: identity.entities, migrations: identity.migrations, poolMax: 2 });
    const env = system.serviceEnv;
    const services = subgraphServices({ SMTP_URL: env['SMTP_URL'], MAIL_OUTBOX_DIR: undefined, MAIL_FROM: 'test@example.test', WEB_URL: 'http://dashboard.test', FEATURE_HOST_ORGS: false, DATA_ENCRYPTION_KEY: env['DATA_ENCRYPTION_KEY']!, DNS_SERVERS: undefined }, createLogger('t', 'silent'));
    try {
      const connectionId = randomUUID();
      await db.query(
        `insert into identity.sso_connection (id, organization_id, kind, name, oidc_issuer, oidc_client_id, oidc_client_secret_sealed, oidc_scopes) values ($1, $2, 'OIDC', 'IdP', 'https://idp.example', 'c', 'v1.x.y.z', '{openid}')`,
        [connectionId, org.id],
      );
      const attempt = (state: string, expires: string) =>
        db.query(`insert into identity.sso_attempt (state_hash, connection_id, code_verifier, nonce, redirect_uri, expires_at) values ($1, $2, 'v', 'n', 'http://gw/cb', ${expires})`, [state, connectionId]);
      await attempt('expired', `now() - interval '1 minute'`);
      await attempt('live', `now() + interval '10 minutes'`);
      const samlRequest = (id: string, expires: string) =>
        db.query(`insert into identity.saml_request (request_id, connection_id, relay_state_hash, expires_at) values ($1, $2, 'h', ${expires})`, [id, connectionId]);
      const seenAssertion = (id: string, expires: string) =>
        db.query(`insert into identity.saml_assertion_seen (connection_id, assertion_id, expires_at) values ($1, $2, ${expires})`, [connectionId, id]);
      await samlRequest('_expired', `now() - interval '1 minute'`);
      await samlRequest('_live', `now() + interval '10 minutes'`);
      await seenAssertion('_expired', `now() - interval '1 minute'`);
      await seenAssertion('_live', `now() + interval '5 minutes'`);
      await purgeSsoAttempts.run(orm.em.fork(), services);
      expect((await db.query('select state_hash from identity.sso_attempt where connection_id = $1', [connectionId])).rows).toEqual([{ state_hash: 'live' }]);
      expect((await db.query('select request_id from identity.saml_request where connection_id = $1', [connectionId])).rows).toEqual([{ request_id: '_live' }]);
      expect((await db.query('select assertion_id from identity.saml_assertion_seen where connection_id = $1', [connectionId])).rows).toEqual([{ assertion_id: '_live' }]);
    } finally {
      await services.mailer.close();
      await orm.close();
      await db.end();
    }
  });
});
