import { createHash } from 'node:crypto';
import pg from 'pg';
import { gql, signUp, startSystem, uniqueEmail, waitUntil, type RunningSystem } from '@guildhall/testkit';

let system: RunningSystem;
let db: pg.Client;
beforeAll(async () => {
  system = await startSystem();
  db = new pg.Client({ connectionString: system.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await system?.stop();
});

const PASSWORD = 'correct horse battery';
const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { user { id email } sessionToken expiresAt userErrors { code field message } } }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { user { id } sessionToken userErrors { code field message } } }`;
const SIGN_OUT = `mutation ($everywhere: Boolean!) { signOut(everywhere: $everywhere) { revokedSessions userErrors { code } } }`;
const VIEWER = `{ viewer { id email } }`;

/**
 * The gateway trusts the loopback proxy's X-Forwarded-For: each throttling test claims its own client
 * address, so the per-IP bucket of one test never blocks another.
 */
let nextHost = 10;
const clientIp = () => `203.0.113.${nextHost++}`;
const from = (ip: string) => ({ headers: { 'x-forwarded-for': ip } });

const signIn = (email: string, password: string, ip: string, deliverToken = false) =>
  gql(system.gatewayUrl, SIGN_IN, { input: { email, password, deliverToken } }, from(ip));

function sessionCookieOf(headers: Headers): string | undefined {
  return headers.getSetCookie().find((c) => c.startsWith('gh_session='));
}

async function sessionsOf(userId: string) {
  const { rows } = await db.query<{ id: string; revoked_at: Date | null }>(`select id, revoked_at from identity."session" where user_id = $1 order by created_at`, [userId]);
  return rows;
}

async function throttleFailures(bucket: string): Promise<number | null> {
  const { rows } = await db.query<{ failures: number }>(`select failures from identity.sign_in_throttle where bucket = $1`, [bucket]);
  return rows[0] ? Number(rows[0].failures) : null;
}

describe('sessions at the gateway', () => {
  it('sets an httpOnly, SameSite=Lax session cookie on sign-up that authenticates the viewer', async () => {
    const email = uniqueEmail('cookie');
    const response = await gql(system.gatewayUrl, SIGN_UP, { input: { email, password: PASSWORD, name: 'Cookie User' } });
    expect(response.status).toBe(200);
    const payload = response.data?.['signUp'];
    expect(payload.userErrors).toEqual([]);
    // without deliverToken the token travels only in the cookie
    expect(payload.sessionToken).toBeNull();

    const cookie = sessionCookieOf(response.headers);
    expect(cookie).toBeDefined();
    const attributes = cookie!.split(';').map((a) => a.trim());
    expect(attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Lax', 'Path=/']));
    expect(attributes.find((a) => a.startsWith('Max-Age='))).toMatch(/^Max-Age=[1-9]\d*$/);
    // the internal handoff header never reaches the client
    expect(response.headers.get('x-guildhall-session')).toBeNull();

    const viewer = await gql(system.gatewayUrl, VIEWER, {}, { cookie: cookie!.split(';')[0]! });
    expect(viewer.status).toBe(200);
    expect(viewer.errors).toBeUndefined();
    expect(viewer.data?.['viewer']).toEqual({ id: payload.user.id, email });

    const sessions = await sessionsOf(payload.user.id);
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.revoked_at).toBeNull();
  });

  it('authenticates a bearer token delivered on request', async () => {
    const user = await signUp(system.gatewayUrl, { name: 'Bearer User' });
    expect(user.token).toMatch(/^ghs_/);
    const viewer = await gql(system.gatewayUrl, VIEWER, {}, { token: user.token });
    expect(viewer.errors).toBeUndefined();
    expect(viewer.data?.['viewer']).toEqual({ id: user.userId, email: user.email });
    // the database keeps only a hash of the token
    const { rows } = await db.query(`select 1 from identity."session" where token_hash = $1`, [user.token]);
    expect(rows).toHaveLength(0);
  });

  it('answers a wrong password and an unknown email with the same user error', async () => {
    const user = await signUp(system.gatewayUrl);
    const ip = clientIp();
    const wrongPassword = await signIn(user.email, 'not the password at all', ip);
    const unknownEmail = await signIn(uniqueEmail('nobody'), PASSWORD, ip);
    for (const response of [wrongPassword, unknownEmail]) {
      expect(response.status).toBe(200);
      expect(response.errors).toBeUndefined();
      expect(response.data?.['signIn']).toMatchObject({ user: null, sessionToken: null });
      expect(sessionCookieOf(response.headers)).toBeUndefined();
    }
    expect(wrongPassword.data?.['signIn'].userErrors).toEqual([{ code: 'INVALID_CREDENTIALS', field: null, message: 'Email or password is incorrect.' }]);
    expect(unknownEmail.data?.['signIn'].userErrors).toEqual(wrongPassword.data?.['signIn'].userErrors);
    // no session was issued for the failed attempt
    expect(await sessionsOf(user.userId)).toHaveLength(1);
  });

  it('signs in with the right password and issues a second session', async () => {
    const user = await signUp(system.gatewayUrl);
    const response = await signIn(user.email.toUpperCase(), PASSWORD, clientIp(), true);
    expect(response.data?.['signIn']).toMatchObject({ user: { id: user.userId }, userErrors: [] });
    const token = response.data?.['signIn'].sessionToken as string;
    expect(token).toMatch(/^ghs_/);
    expect(token).not.toBe(user.token);
    expect(sessionCookieOf(response.headers)).toBeDefined();
    const viewer = await gql(system.gatewayUrl, VIEWER, {}, { token });
    expect(viewer.data?.['viewer']).toEqual({ id: user.userId, email: user.email });
    expect(await sessionsOf(user.userId)).toHaveLength(2);
  });

  it('rate-limits an email after five failures, even for the right password', async () => {
    const user = await signUp(system.gatewayUrl);
    const ip = clientIp();
    for (let attempt = 0; attempt < 5; attempt++) {
      const response = await signIn(user.email, `wrong password ${attempt}`, ip);
      expect(response.data?.['signIn'].userErrors).toEqual([expect.objectContaining({ code: 'INVALID_CREDENTIALS' })]);
    }
    expect(await throttleFailures(`email:${createHash('sha256').update(user.email).digest('hex')}`)).toBe(5);

    const sixth = await signIn(user.email, PASSWORD, ip);
    expect(sixth.status).toBe(429);
    expect(sixth.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(sixth.errors?.[0]?.extensions?.['retryAfterSeconds']).toEqual(expect.any(Number));
    expect(sixth.data?.['signIn'] ?? null).toBeNull();
    expect(sessionCookieOf(sixth.headers)).toBeUndefined();
    // the email is blocked from any address, not only the one that failed
    const elsewhere = await signIn(user.email, PASSWORD, clientIp());
    expect(elsewhere.status).toBe(429);
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(await sessionsOf(user.userId)).toHaveLength(1);
  });

  it('rate-limits a client address after fifty failures across different emails', async () => {
    const ip = clientIp();
    for (let attempt = 0; attempt < 50; attempt++) {
      const response = await signIn(uniqueEmail('spray'), PASSWORD, ip);
      expect(response.data?.['signIn'].userErrors).toEqual([expect.objectContaining({ code: 'INVALID_CREDENTIALS' })]);
    }
    // the address the gateway saw is the one identity counted
    expect(await throttleFailures(`ip:${ip}`)).toBe(50);

    const user = await signUp(system.gatewayUrl);
    const fresh = await signIn(user.email, PASSWORD, ip);
    expect(fresh.status).toBe(429);
    expect(fresh.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(await sessionsOf(user.userId)).toHaveLength(1);
    // another address still gets in with the same credentials
    const other = await signIn(user.email, PASSWORD, clientIp());
    expect(other.errors).toBeUndefined();
    expect(other.data?.['signIn']).toMatchObject({ user: { id: user.userId }, userErrors: [] });
  });

  it('refuses a signed-out bearer token on the very next request', async () => {
    const user = await signUp(system.gatewayUrl);
    const second = await signIn(user.email, PASSWORD, clientIp(), true);
    const otherToken = second.data?.['signIn'].sessionToken as string;
    // warm the gateway's session cache first: revocation must not wait for it to expire
    expect((await gql(system.gatewayUrl, VIEWER, {}, { token: user.token })).data?.['viewer']).toEqual({ id: user.userId, email: user.email });

    const signOut = await gql(system.gatewayUrl, SIGN_OUT, { everywhere: false }, { token: user.token });
    expect(signOut.data?.['signOut']).toEqual({ revokedSessions: 1, userErrors: [] });
    expect(sessionCookieOf(signOut.headers)).toMatch(/Max-Age=0/);

    const after = await gql(system.gatewayUrl, VIEWER, {}, { token: user.token });
    expect(after.status).toBe(401);
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(after.data).toBeNull();

    const sessions = await sessionsOf(user.userId);
    expect(sessions).toHaveLength(2);
    expect(sessions[0]!.revoked_at).not.toBeNull();
    expect(sessions[1]!.revoked_at).toBeNull();
    // only the current session ended
    expect((await gql(system.gatewayUrl, VIEWER, {}, { token: otherToken })).data?.['viewer']).toEqual({ id: user.userId, email: user.email });
  });

  it("signs out everywhere: another gateway drops the user's other sessions when the revocation event arrives", async () => {
    // a long cache on the other instance: only the event can end the session there in time
    const other = await system.startExtraGateway({ AUTH_CACHE_TTL_MS: '60000' });
    const user = await signUp(system.gatewayUrl);
    const second = await signIn(user.email, PASSWORD, clientIp(), true);
    const secondToken = second.data?.['signIn'].sessionToken as string;
    expect((await gql(other.url, VIEWER, {}, { token: secondToken })).data?.['viewer']).toEqual({ id: user.userId, email: user.email });

    const signOut = await gql(system.gatewayUrl, SIGN_OUT, { everywhere: true }, { token: user.token });
    expect(signOut.data?.['signOut']).toEqual({ revokedSessions: 2, userErrors: [] });
    expect((await sessionsOf(user.userId)).every((s) => s.revoked_at !== null)).toBe(true);

    expect((await gql(system.gatewayUrl, VIEWER, {}, { token: user.token })).status).toBe(401);
    expect((await gql(system.gatewayUrl, VIEWER, {}, { token: secondToken })).status).toBe(401);
    await waitUntil(async () => (await gql(other.url, VIEWER, {}, { token: secondToken })).status === 401, 10_000, 'the other gateway to drop the revoked session');
    const refused = await gql(other.url, VIEWER, {}, { token: secondToken });
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('treats a stale cookie as anonymous and clears it', async () => {
    for (const value of ['garbage', 'ghs_not-a-real-session-token']) {
      const response = await gql(system.gatewayUrl, VIEWER, {}, { cookie: `gh_session=${value}` });
      expect(response.status).toBe(200);
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({ viewer: null });
      const cleared = sessionCookieOf(response.headers);
      expect(cleared).toBeDefined();
      expect(cleared!.split(';').map((a) => a.trim())).toEqual(expect.arrayContaining(['gh_session=', 'Max-Age=0', 'Path=/', 'HttpOnly']));
    }
  });

  it('refuses an unknown bearer token with 401 rather than serving it as anonymous', async () => {
    const response = await gql(system.gatewayUrl, VIEWER, {}, { token: 'ghs_forged-token' });
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.data).toBeNull();
  });

  it('serves a request without credentials as anonymous without touching cookies', async () => {
    const response = await gql(system.gatewayUrl, VIEWER);
    expect(response.status).toBe(200);
    expect(response.data).toEqual({ viewer: null });
    expect(sessionCookieOf(response.headers)).toBeUndefined();
  });
});
