import { randomBytes, randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
// @ts-expect-error oidc-provider ships no type declarations
import Provider from 'oidc-provider';
import { gql, waitUntil } from '@guildhall/testkit';
import { startDashboard, type Dashboard } from './dashboard-harness.js';
import { ownerWithOrganization } from './browser-steps.js';

/**
 * Signing in with SSO from the dashboard: the email's domain check offers "Continue with SSO", the
 * browser goes through a real OpenID provider (logins completed for `nextEmail`) and comes back to
 * the dashboard's origin signed in.
 */
// seen twice in full CI runs, never alone: the browser back from the IdP sometimes shows no session
// yet. Retried (errors logged) until the cause is found; the note on issue 10 records it.
jest.retryTimes(2, { logErrorsBeforeRetry: true });

let dashboard: Dashboard;
let idp: Server;
let issuer: string;
let db: pg.Client;
let nextEmail = '';
const CLIENT_ID = 'guildhall-dashboard';
const CLIENT_SECRET = randomBytes(24).toString('base64url');

beforeAll(async () => {
  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end();
  idp = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => idp.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(idp.address() as AddressInfo).port}`;
  dashboard = await startDashboard();
  const provider = new Provider(issuer, {
    clients: [{ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: [`${dashboard.url}/auth/sso/callback`], token_endpoint_auth_method: 'client_secret_post', response_types: ['code'], grant_types: ['authorization_code'] }],
    cookies: { keys: [randomBytes(16).toString('hex')] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: false } },
    findAccount: (_ctx: unknown, id: string) => ({ accountId: id, claims: () => ({ sub: id, email: nextEmail, email_verified: true, name: 'Sam Sso' }) }),
  });
  const callback = provider.callback();
  handler = async (req, res) => {
    if (!req.url?.startsWith('/interaction/')) return callback(req, res);
    const details = await provider.interactionDetails(req, res);
    if (details.prompt.name === 'login') return provider.interactionFinished(req, res, { login: { accountId: randomUUID() } }, { mergeWithLastSubmission: false });
    const grant = new provider.Grant({ accountId: details.session.accountId, clientId: details.params.client_id });
    grant.addOIDCScope(String(details.params.scope));
    return provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
  };
  db = new pg.Client({ connectionString: dashboard.system.databaseUrl });
  await db.connect();
}, 120_000);
afterAll(async () => {
  await db?.end();
  await dashboard?.stop();
  await new Promise((resolve) => idp?.close(resolve));
});

/** An org whose verified domain signs in through the test IdP, with auto-join as a LEARNER. */
async function ssoOrganization(domain: string, enforceSso: boolean) {
  const owner = await ownerWithOrganization(dashboard, `SSO ${domain}`);
  const made = await gql(
    dashboard.system.gatewayUrl,
    'mutation ($input: SsoConnectionInput!) { r: createSsoConnection(input: $input) { connection { id } userErrors { code field message } } }',
    { input: { organizationId: owner.organizationId, name: 'Test IdP', kind: 'OIDC', enforceSso, autoJoin: true, oidc: { issuer, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, scopes: ['openid', 'email', 'profile'] } } },
    { token: owner.token },
  );
  expect(made.data?.['r'].userErrors).toEqual([]);
  // the DNS proof itself is tested in gateway/test/domain-claims.test.ts
  await db.query(`insert into identity.domain_claim (id, organization_id, domain, token, status, created_by, verified_at) values ($1, $2, $3, 'test', 'VERIFIED', $4, now())`, [randomUUID(), owner.organizationId, domain, owner.userId]);
  return owner;
}

test('an enforced SSO domain offers only SSO, and the browser comes back signed in and joined', async () => {
  const domain = `sso-${randomBytes(4).toString('hex')}.test`;
  await ssoOrganization(domain, true);
  nextEmail = `sam@${domain}`;
  const context = await dashboard.newContext();
  const page = await context.newPage();
  await page.goto('/sign-in?returnTo=/organizations/new');
  await page.getByLabel('Work email').fill(nextEmail);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByText('Your organization signs you in with single sign-on.').waitFor();
  await expect(page.getByLabel('Password').count()).resolves.toBe(0);
  await dashboard.screenshot(page, 'sso-enforced');
  await page.getByRole('link', { name: 'Continue with SSO' }).click();
  await page.waitForURL(`${dashboard.url}/organizations/new`);
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  await expect(page.getByText('Sam Sso').count()).resolves.toBeGreaterThan(0);
  // auto-join admits the person as the event reaches organization; then the switcher offers the org
  const option = page.getByLabel('Working in').locator('option', { hasText: `SSO ${domain} (Learner)` });
  await waitUntil(async () => {
    await page.reload();
    await page.getByLabel('Working in').waitFor();
    return (await option.count()) === 1;
  }, 30_000, 'the auto-joined org in the switcher');
  await dashboard.screenshot(page, 'sso-signed-in');
  await context.close();
});

test('a domain without SSO asks for the password, and a wrong one is refused with the table’s message', async () => {
  const owner = await ownerWithOrganization(dashboard, 'Password Co');
  const context = await dashboard.newContext();
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Work email').fill(owner.email);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('link', { name: 'Continue with SSO' }).count()).resolves.toBe(0);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in with password' }).click();
  await page.getByText('The email or password is not correct.').waitFor();
  await expect(page.getByRole('button', { name: 'Sign out' }).count()).resolves.toBe(0);
  await context.close();
});
