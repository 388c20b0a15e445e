import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
// @ts-expect-error oidc-provider ships no type declarations
import Provider from 'oidc-provider';
import { createOrganization, gql, signUp, startSystem, waitUntil, type RunningSystem } from '@guildhall/testkit';

interface Account { sub: string; email: string; email_verified: boolean; name: string }

/** A real OpenID provider on loopback; logins and consents are completed programmatically for `nextAccount`. */
let nextAccount: Account;
const accounts = new Map<string, Account>();
let idp: Server;
let issuer: string;
let system: RunningSystem;
let gatewayBase: string;
let db: pg.Client;
const CLIENT_ID = 'guildhall-test';
const CLIENT_SECRET = randomBytes(24).toString('base64url');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  const gatewayPort = await freePort();
  gatewayBase = `http://127.0.0.1:${gatewayPort}`;
  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end();
  idp = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => idp.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(idp.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [{ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: [`${gatewayBase}/auth/sso/callback`], token_endpoint_auth_method: 'client_secret_post', response_types: ['code'], grant_types: ['authorization_code'] }],
    cookies: { keys: [randomBytes(16).toString('hex')] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: false } },
    findAccount: (_ctx: unknown, id: string) => {
      const account = accounts.get(id);
      return account ? { accountId: id, claims: () => ({ ...account }) } : undefined;
    },
  });
  const callback = provider.callback();
  handler = async (req, res) => {
    if (!req.url?.startsWith('/interaction/')) return callback(req, res);
    const details = await provider.interactionDetails(req, res);
    if (details.prompt.name === 'login') {
      accounts.set(nextAccount.sub, nextAccount);
      return provider.interactionFinished(req, res, { login: { accountId: nextAccount.sub } }, { mergeWithLastSubmission: false });
    }
    const grant = new provider.Grant({ accountId: details.session.accountId, clientId: details.params.client_id });
    grant.addOIDCScope(String(details.params.scope));
    return provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
  };
  system = await startSystem({ gatewayEnv: { GATEWAY_PORT: String(gatewayPort), PUBLIC_URL: gatewayBase } });
  db = new pg.Client({ connectionString: system.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await system?.stop();
  await new Promise((resolve) => idp?.close(resolve));
});

/** An org with an OIDC connection to the test IdP and `domain` VERIFIED. */
async function orgWithConnection(domain: string, settings: { autoJoin?: boolean; enforceSso?: boolean; defaultRoleForAutoJoin?: string } = {}) {
  const owner = await signUp(system.gatewayUrl, { name: 'Owner' });
  const org = await createOrganization(system.gatewayUrl, owner.token, `SSO ${domain}`);
  const made = await gql(
    system.gatewayUrl,
    'mutation ($input: SsoConnectionInput!) { r: createSsoConnection(input: $input) { connection { id } userErrors { code field message } } }',
    { input: { organizationId: org.id, name: 'Test IdP', kind: 'OIDC', ...settings, oidc: { issuer, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, scopes: ['openid', 'email', 'profile'] } } },
    { token: owner.token },
  );
  expect(made.data?.['r'].userErrors).toEqual([]);
  await db.query(`insert into identity.domain_claim (id, organization_id, domain, token, status, created_by, verified_at) values ($1, $2, $3, 'test', 'VERIFIED', $4, now())`, [randomUUID(), org.id, domain, owner.userId]);
  return { owner, org, connectionId: made.data?.['r'].connection.id as string };
}

/** Starts at the gateway, follows redirects through the IdP (keeping its cookies) and returns the gateway callback URL. */
async function throughIdp(connectionId: string, account: Account): Promise<string> {
  nextAccount = account;
  const start = await fetch(`${gatewayBase}/auth/sso/${connectionId}/start?returnTo=/dashboard`, { redirect: 'manual' });
  expect(start.status).toBe(302);
  let location = new URL(start.headers.get('location')!);
  expect(location.origin).toBe(issuer);
  expect(location.searchParams.get('code_challenge_method')).toBe('S256');
  const jar = new Map<string, string>();
  for (let hop = 0; hop < 12; hop += 1) {
    if (location.href.startsWith(`${gatewayBase}/auth/sso/callback`)) return location.href;
    const response = await fetch(location, { redirect: 'manual', headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const index = pair!.indexOf('=');
      jar.set(pair!.slice(0, index), pair!.slice(index + 1));
    }
    const next = response.headers.get('location');
    if (!next) throw new Error(`the IdP answered ${response.status} at ${location.pathname}: ${(await response.text()).slice(0, 300)}`);
    location = new URL(next, location);
  }
  throw new Error('too many redirects');
}

const callbackOf = (url: string) => fetch(url, { redirect: 'manual' });
const account = (email: string, verified = true): Account => ({ sub: randomUUID(), email, email_verified: verified, name: 'Sam Sso' });

describe('Signing in with OIDC', () => {
  it('creates the user from a verified email of a verified domain, sets gh_session and returns to returnTo', async () => {
    const domain = `acme-${randomBytes(4).toString('hex')}.test`;
    const { org, connectionId } = await orgWithConnection(domain);
    const callback = await throughIdp(connectionId, account(`sam@${domain}`));
    const done = await callbackOf(callback);
    expect({ status: done.status, body: done.status === 302 ? '' : await done.text() }).toEqual({ status: 302, body: '' });
    expect(done.headers.get('location')).toBe('/dashboard');
    const cookie = done.headers.getSetCookie().find((c) => c.startsWith('gh_session='));
    expect(cookie).toMatch(/HttpOnly/);
    const viewer = await fetch(system.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', cookie: cookie!.split(';')[0]! }, body: JSON.stringify({ query: '{ viewer { email name } }' }) });
    expect(((await viewer.json()) as { data: { viewer: unknown } }).data.viewer).toEqual({ email: `sam@${domain}`, name: 'Sam Sso' });
    const user = (await db.query('select id, password_hash from identity.user where email = $1', [`sam@${domain}`])).rows[0];
    expect(user.password_hash).toBeNull();
    const session = (await db.query('select ip, user_agent from identity.session where user_id = $1', [user.id])).rows[0];
    expect(session.ip).toMatch(/127\.0\.0\.1/);
    expect(session.user_agent).toBeTruthy();
    await waitUntil(async () => (await db.query(`select 1 from identity.outbox where type = 'identity.sso.signed-in' and aggregate_id = $1 and organization_id = $2`, [user.id, org.id])).rowCount === 1);

    // replaying the same callback (same code and state) is refused
    const replay = await callbackOf(callback);
    expect(replay.status).toBe(400);
    expect(replay.headers.getSetCookie()).toEqual([]);
    expect(await replay.text()).not.toMatch(/\bat \//);
  });

  it('links an existing account with the same email instead of creating one', async () => {
    const domain = `link-${randomBytes(4).toString('hex')}.test`;
    const { connectionId } = await orgWithConnection(domain);
    const existing = await signUp(system.gatewayUrl, { email: `pat@${domain}`, name: 'Pat' });
    const done = await callbackOf(await throughIdp(connectionId, account(`Pat@${domain}`)));
    expect(done.status).toBe(302);
    const cookie = done.headers.getSetCookie().find((c) => c.startsWith('gh_session='))!.split(';')[0]!;
    const r = await gql(system.gatewayUrl, '{ viewer { id email } }', {}, { cookie });
    expect(r.data?.['viewer']).toEqual({ id: existing.userId, email: `pat@${domain}` });
  });

  it('refuses a tampered state', async () => {
    const domain = `tamper-${randomBytes(4).toString('hex')}.test`;
    const { connectionId } = await orgWithConnection(domain);
    const callback = new URL(await throughIdp(connectionId, account(`tam@${domain}`)));
    callback.searchParams.set('state', `${callback.searchParams.get('state')}x`);
    const done = await callbackOf(callback.href);
    expect(done.status).toBe(400);
    expect(await done.json()).toMatchObject({ error: 'SSO_SIGN_IN_FAILED', message: expect.stringMatching(/unknown or was already used/) });
  });

  it('refuses an ID token whose nonce is not the one this sign-in sent', async () => {
    const domain = `nonce-${randomBytes(4).toString('hex')}.test`;
    const { connectionId } = await orgWithConnection(domain);
    const callback = new URL(await throughIdp(connectionId, account(`non@${domain}`)));
    // the IdP signed the nonce it was sent; this sign-in now expects another one
    const stateHash = createHash('sha256').update(callback.searchParams.get('state')!).digest('base64url');
    expect((await db.query(`update identity.sso_attempt set nonce = 'another-nonce' where state_hash = $1`, [stateHash])).rowCount).toBe(1);
    const done = await callbackOf(callback.href);
    expect(done.status).toBe(400);
    expect(done.headers.getSetCookie()).toEqual([]);
    expect((await db.query('select 1 from identity.user where email = $1', [`non@${domain}`])).rowCount).toBe(0);
  });

  it('refuses an email whose domain the org has not verified, and an email the IdP has not verified', async () => {
    const domain = `verified-${randomBytes(4).toString('hex')}.test`;
    const { connectionId } = await orgWithConnection(domain);
    const elsewhere = await callbackOf(await throughIdp(connectionId, account(`eve@other-${randomBytes(3).toString('hex')}.test`)));
    expect(elsewhere.status).toBe(400);
    expect(await elsewhere.json()).toMatchObject({ message: expect.stringMatching(/not a verified domain/) });
    const unverified = await callbackOf(await throughIdp(connectionId, account(`una@${domain}`, false)));
    expect(unverified.status).toBe(400);
    expect(await unverified.json()).toMatchObject({ message: expect.stringMatching(/not verified this email/) });
    expect((await db.query('select count(*)::int as n from identity.user where email = $1', [`una@${domain}`])).rows[0].n).toBe(0);
  });

  it('refuses to start for an unknown connection, and returns only to local paths', async () => {
    const unknown = await fetch(`${gatewayBase}/auth/sso/${randomUUID()}/start`, { redirect: 'manual' });
    expect(unknown.status).toBe(400);
    const domain = `local-${randomBytes(4).toString('hex')}.test`;
    const { connectionId } = await orgWithConnection(domain);
    nextAccount = account(`lo@${domain}`);
    const start = await fetch(`${gatewayBase}/auth/sso/${connectionId}/start?returnTo=//evil.example/x`, { redirect: 'manual' });
    expect(start.status).toBe(302);
    const state = new URL(start.headers.get('location')!).searchParams.get('state')!;
    const row = (await db.query('select return_to from identity.sso_attempt where state_hash = $1', [createHash('sha256').update(state).digest('base64url')])).rows[0];
    expect(row.return_to).toBe('/');
  });

  it('auto-joins a verified-domain user at the default role, seat-gated like every admission', async () => {
    const domain = `join-${randomBytes(4).toString('hex')}.test`;
    const { org, connectionId } = await orgWithConnection(domain, { autoJoin: true, defaultRoleForAutoJoin: 'LEARNER' });
    const done = await callbackOf(await throughIdp(connectionId, account(`lee@${domain}`)));
    expect(done.status).toBe(302);
    const userId = (await db.query('select id from identity.user where email = $1', [`lee@${domain}`])).rows[0].id as string;
    await waitUntil(async () => (await db.query(`select 1 from organization.membership where organization_id = $1 and user_id = $2 and role = 'LEARNER' and status = 'ACTIVE'`, [org.id, userId])).rowCount === 1, 10_000, 'the auto-join');
    expect((await db.query('select seats_used from organization.organization where id = $1', [org.id])).rows[0].seats_used).toBe(1);
    // signing in again admits nobody twice
    await callbackOf(await throughIdp(connectionId, account(`lee@${domain}`)));
    await new Promise((r) => setTimeout(r, 300));
    expect((await db.query('select count(*)::int as n from organization.membership where organization_id = $1 and user_id = $2', [org.id, userId])).rows[0].n).toBe(1);
  });

  it('tells a sign-in page whether SSO applies to an email, and refuses passwords where the org enforces it', async () => {
    const domain = `enforced-${randomBytes(4).toString('hex')}.test`;
    const { connectionId } = await orgWithConnection(domain, { enforceSso: true });
    const check = (email: string) => gql(system.gatewayUrl, 'query ($email: String!) { ssoCheck(email: $email) { ssoAvailable enforced startPath } }', { email });
    expect((await check(`pat@${domain.toUpperCase()}`)).data?.['ssoCheck']).toEqual({ ssoAvailable: true, enforced: true, startPath: `/auth/sso/${connectionId}/start` });
    expect((await check('someone@elsewhere.test')).data?.['ssoCheck']).toEqual({ ssoAvailable: false, enforced: false, startPath: null });
    const user = await signUp(system.gatewayUrl, { email: `pat@${domain}`, password: 'correct horse battery' });
    const password = await gql(system.gatewayUrl, 'mutation ($input: SignInInput!) { signIn(input: $input) { user { id } userErrors { code field } } }', { input: { email: user.email, password: 'correct horse battery' } });
    expect(password.data?.['signIn']).toEqual({ user: null, userErrors: [{ code: 'SSO_REQUIRED', field: ['input', 'email'] }] });
  });
});
