import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import type { Page } from 'playwright-core';
import { createSecretBox } from '@guildhall/kernel';
import { gql, knownUser } from '@guildhall/testkit';
import { ownerWithOrganization, signInAs, switchOrganization } from './browser-steps.js';
import { startDashboard, type Dashboard } from './dashboard-harness.js';

// the IdP certificate the gateway's SAML tests sign with (valid 2020–2070)
const IDP_CERTIFICATE = readFileSync(new URL('../../gateway/test/fixtures/saml-idp-cert.pem', import.meta.url), 'utf8');
const ORG = 'Acme Learning';

let dashboard: Dashboard;
let db: pg.Client;
let owner: Awaited<ReturnType<typeof ownerWithOrganization>>;

beforeAll(async () => {
  dashboard = await startDashboard();
  db = new pg.Client({ connectionString: dashboard.system.databaseUrl });
  await db.connect();
  owner = await ownerWithOrganization(dashboard, ORG);
}, 120_000);
afterAll(async () => {
  await db?.end();
  await dashboard?.stop();
});

/** A new account made a member of the org with a role (through the graph, as an owner would). */
async function member(role: string) {
  const user = await knownUser(dashboard.system, db, `${role} person`);
  const added = await gql(dashboard.system.gatewayUrl, 'mutation ($input: AddMemberInput!) { addMember(input: $input) { userErrors { code message } } }', { input: { organizationId: owner.organizationId, email: user.email, role } }, { token: owner.token });
  expect(added.data?.['addMember'].userErrors).toEqual([]);
  return user;
}

async function signedIn(email: string): Promise<Page> {
  const context = await dashboard.newContext();
  const page = await context.newPage();
  await signInAs(page, email);
  await switchOrganization(page, ORG);
  return page;
}

const profileRow = async () => (await db.query<{ legal_name: string | null; gstin: string | null }>('select legal_name, gstin from organization.organization where id = $1', [owner.organizationId])).rows[0]!;

test('profile: a bad GSTIN is refused under its field and nothing is saved; a good one is saved', async () => {
  const page = await signedIn(owner.email);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
  await page.getByRole('link', { name: 'Profile', exact: true }).and(page.locator('[aria-current="page"]')).waitFor();
  await page.getByLabel('Legal name').fill('Acme Learning Private Limited');
  await page.getByLabel('GSTIN', { exact: true }).fill('27AAPFU0939F1ZX'); // wrong check character
  await page.getByRole('button', { name: 'Save profile' }).click();
  await page.getByText('This GSTIN fails its check character').waitFor();
  expect(await page.getByLabel('GSTIN', { exact: true }).getAttribute('aria-invalid')).toBe('true');
  expect(await profileRow()).toEqual({ legal_name: null, gstin: null });
  await dashboard.screenshot(page, 'settings-profile-bad-gstin');

  await page.getByLabel('GSTIN', { exact: true }).fill('27AAPFU0939F1ZV');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await page.getByText('Profile saved.').waitFor();
  expect(await profileRow()).toEqual({ legal_name: 'Acme Learning Private Limited', gstin: '27AAPFU0939F1ZV' });
  await page.reload();
  await page.getByLabel('GSTIN', { exact: true }).and(page.locator('[value="27AAPFU0939F1ZV"]')).waitFor();
  await dashboard.screenshot(page, 'settings-profile-saved');
  await page.context().close();
});

test('domains: a claim shows its TXT record; verifying without the record says which record to add', async () => {
  const page = await signedIn(owner.email);
  await page.goto('/settings/domains');
  const domain = `acme-${randomBytes(3).toString('hex')}.test`;
  await page.getByLabel('Domain', { exact: true }).fill(domain);
  await page.getByRole('button', { name: 'Claim domain' }).click();
  await page.getByText(`Claimed ${domain}.`).waitFor();
  const card = page.getByRole('article', { name: domain });
  expect(await card.getByRole('group', { name: 'TXT record name', exact: true }).locator('code').textContent()).toBe(domain);
  const value = (await card.getByRole('group', { name: 'TXT record value', exact: true }).locator('code').textContent())!;
  expect(value).toMatch(/^guildhall-verification=[A-Za-z0-9_-]{32}$/);
  await card.getByText('Waiting for the DNS record').waitFor();
  await dashboard.screenshot(page, 'settings-domain-claimed');

  // no DNS server knows this name: the answer names the record to add (or says the lookup failed)
  await card.getByRole('button', { name: 'Verify' }).click();
  await card.getByRole('alert').filter({ hasText: /TXT record|DNS|lookup/i }).first().waitFor({ timeout: 45_000 });
  expect((await db.query('select status from identity.domain_claim where domain = $1', [domain])).rows).toEqual([{ status: 'PENDING' }]);
  await dashboard.screenshot(page, 'settings-domain-verify-missing');
  await page.context().close();
}, 90_000);

test('credentials: an API key secret is shown once, and gone after a reload', async () => {
  const page = await signedIn(owner.email);
  await page.goto('/settings/credentials');
  await page.getByLabel('API key name').fill('ERP sync');
  await page.getByLabel('Members', { exact: true }).check();
  await page.getByRole('button', { name: 'Create API key' }).click();
  const shown = page.getByTestId('secret-once');
  await shown.getByText('you will not see this again').waitFor();
  const secret = (await shown.getByRole('group', { name: 'Secret', exact: true }).locator('code').textContent())!;
  expect(secret).toMatch(/^ghk_/);
  await page.getByRole('table', { name: 'Partner API keys' }).getByRole('cell', { name: 'ERP sync', exact: true }).waitFor();
  await dashboard.screenshot(page, 'settings-api-key-created');

  await page.reload();
  await page.getByRole('table', { name: 'Partner API keys' }).getByRole('cell', { name: 'ERP sync', exact: true }).waitFor();
  expect(await page.getByTestId('secret-once').count()).toBe(0);
  expect(await page.content()).not.toContain(secret);
  const scimBase = (await page.getByRole('group', { name: 'SCIM base URL', exact: true }).locator('code').textContent())!;
  expect(scimBase).toBe(`${dashboard.url}/scim/v2`);
  await dashboard.screenshot(page, 'settings-api-key-after-reload');

  // a SCIM token, and the base URL as the IdP uses it: through the dashboard's origin to the gateway
  await page.getByLabel('SCIM token name').fill('Okta provisioning');
  await page.getByRole('button', { name: 'Create SCIM token' }).click();
  const token = (await page.getByTestId('secret-once').getByRole('group', { name: 'Secret', exact: true }).locator('code').textContent())!;
  expect(token).toMatch(/^ghscim_/);
  const config = await fetch(`${scimBase}/ServiceProviderConfig`, { headers: { authorization: `Bearer ${token}` } });
  expect(config.status).toBe(200);

  // a group the IdP pushes gets its role from the OWNER here
  const group = await fetch(`${scimBase}/Groups`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/scim+json' },
    body: JSON.stringify({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], displayName: 'Engineering', members: [] }),
  });
  expect(group.status).toBe(201);
  await page.reload();
  const groups = page.getByRole('table', { name: 'SCIM groups' });
  await groups.getByLabel('Role for Engineering').selectOption('MANAGER');
  await groups.getByRole('button', { name: 'Save role for Engineering' }).click();
  await groups.getByText('Saved: members’ roles follow at once.').waitFor();
  expect((await db.query('select role from organization.scim_group where organization_id = $1', [owner.organizationId])).rows).toEqual([{ role: 'MANAGER' }]);
  await dashboard.screenshot(page, 'settings-scim-groups');
  await page.context().close();
});

test('webhooks: an http:// URL is refused under its field; a seeded endpoint shows its delivery log, redelivers, pings and rotates', async () => {
  const page = await signedIn(owner.email);
  await page.goto('/settings/webhooks');
  await page.getByText('No endpoints yet.').waitFor();
  await page.getByRole('button', { name: 'Add endpoint' }).click();
  await page.getByLabel('Endpoint URL').fill('http://example.com/hooks/guildhall');
  await page.getByLabel('member.added').check();
  await page.getByRole('button', { name: 'Add endpoint' }).click();
  await page.locator('input[name="url"][aria-invalid="true"]').waitFor();
  await page.getByRole('alert').filter({ hasText: /https/i }).first().waitFor();
  expect((await db.query('select 1 from compliance.webhook_endpoint where organization_id = $1', [owner.organizationId])).rowCount).toBe(0);
  await dashboard.screenshot(page, 'settings-webhook-http-refused');

  // an HTTPS receiver on a public address cannot run here: the endpoint and its log are seeded
  const endpointId = randomUUID();
  const url = 'https://hooks.example.test/guildhall';
  const box = createSecretBox(dashboard.system.serviceEnv['DATA_ENCRYPTION_KEY']!);
  await db.query(
    `insert into compliance.webhook_endpoint (id, organization_id, url, description, event_types, status, secret_sealed, created_by_user_id, creator_role)
     values ($1, $2, $3, 'ERP', '{member.added,invoice.paid}', 'PAUSED', $4, $5, 'OWNER')`,
    [endpointId, owner.organizationId, url, box.seal(`whsec_${randomBytes(32).toString('base64')}`), owner.userId],
  );
  for (let i = 0; i < 25; i++) {
    const failed = i < 22;
    const eventId = randomUUID();
    await db.query(
      `insert into compliance.webhook_delivery (id, endpoint_id, organization_id, event_id, event_type, payload, status, attempts, last_attempt_at, last_http_status, last_latency_ms, last_error, created_at)
       values ($1, $2, $3, $4, 'member.added', $5::json, $6, $7, now(), $8, 120, $9, now() - make_interval(mins => $10))`,
      [randomUUID(), endpointId, owner.organizationId, eventId, JSON.stringify({ id: eventId, type: 'member.added', createdAt: new Date().toISOString(), data: {} }), failed ? 'FAILED' : 'SUCCEEDED', failed ? 6 : 1, failed ? 500 : 204, failed ? 'The endpoint answered 500.' : null, i],
    );
  }
  await page.reload();
  const card = page.getByRole('article', { name: url });
  await card.getByText('Paused', { exact: true }).waitFor();
  await card.getByRole('button', { name: 'Delivery log' }).click();
  const log = card.getByRole('region', { name: `Delivery log of ${url}` });
  await log.getByRole('button', { name: /^Redeliver member\.added/ }).nth(19).waitFor();
  expect(await log.getByRole('button', { name: /^Redeliver member\.added/ }).count()).toBe(20);
  await log.getByRole('button', { name: 'Load more' }).click();
  await log.getByRole('button', { name: /^Redeliver member\.added/ }).nth(24).waitFor();
  await log.getByLabel('Show').selectOption('FAILED');
  await log.getByRole('button', { name: 'Load more' }).waitFor();
  await dashboard.screenshot(page, 'settings-webhook-log');
  await log.getByRole('button', { name: 'Redeliver all failed' }).click();
  await log.getByText('22 failed deliveries will be sent again once you resume the endpoint.').waitFor();
  expect((await db.query(`select count(*)::int as n from compliance.webhook_delivery where endpoint_id = $1 and status = 'PENDING'`, [endpointId])).rows[0]).toEqual({ n: 22 });

  // the ping goes at once; the host does not resolve here, so it reports the failure
  await card.getByRole('button', { name: 'Send ping' }).click();
  await card.getByText(/^Ping (failed|delivered)/).waitFor({ timeout: 45_000 });
  await card.getByRole('button', { name: 'Rotate secret' }).click();
  await card.getByRole('button', { name: 'Rotate', exact: true }).click();
  const secret = (await card.getByTestId('secret-once').getByRole('group', { name: 'Secret', exact: true }).locator('code').textContent())!;
  expect(secret).toMatch(/^whsec_/);
  await card.getByRole('button', { name: 'Delete' }).waitFor();
  await dashboard.screenshot(page, 'settings-webhook-rotated');
  await page.context().close();

  // a BILLING_ADMIN manages webhooks but may not delete them, and sees no governance sections
  const billing = await member('BILLING_ADMIN');
  const finance = await signedIn(billing.email);
  await finance.goto('/settings/webhooks');
  await finance.getByRole('article', { name: url }).getByRole('button', { name: 'Send ping' }).waitFor();
  expect(await finance.getByRole('button', { name: 'Delete', exact: true }).count()).toBe(0);
  expect(await finance.getByRole('navigation', { name: 'Settings sections' }).getByRole('link').allTextContents()).toEqual(['Profile', 'Webhooks']);
  await finance.context().close();
}, 120_000);

test('single sign-on: the owner adds a SAML connection; a maintainer reads it without the forms; a learner is told Settings is not theirs', async () => {
  const page = await signedIn(owner.email);
  await page.goto('/settings/sso');
  await page.getByText('No single sign-on connection yet.').waitFor();
  await page.getByRole('button', { name: 'New connection' }).click();
  await page.getByLabel('Connection name').fill('Okta');
  await page.getByLabel('Enter the sign-on URL, issuer and certificate').check();
  await page.getByLabel('IdP sign-on URL (entry point)').fill('https://idp.example.com/sso/saml');
  await page.getByLabel('IdP issuer (entity ID)').fill('https://idp.example.com/metadata');
  await page.getByLabel('IdP signing certificate').fill(IDP_CERTIFICATE);
  await page.getByRole('button', { name: 'Create connection' }).click();
  await page.getByText('Created Okta.').waitFor();
  const card = page.getByRole('article', { name: 'Okta' });
  await card.getByText('Valid until').waitFor();
  const [{ id }] = (await db.query<{ id: string }>('select id from identity.sso_connection where organization_id = $1', [owner.organizationId])).rows as [{ id: string }];
  await card.getByText('What to give your identity provider').click();
  expect(await card.getByRole('group', { name: 'ACS URL', exact: true }).locator('code').textContent()).toBe(`${dashboard.url}/auth/sso/${id}/acs`);
  await dashboard.screenshot(page, 'settings-sso-owner');
  await page.context().close();

  const maintainer = await member('MAINTAINER');
  const governance = await signedIn(maintainer.email);
  await governance.goto('/settings/sso');
  await governance.getByRole('article', { name: 'Okta' }).waitFor();
  await governance.getByText('Read-only: Only owners can create, change or delete connections.').waitFor();
  expect(await governance.getByRole('button', { name: 'New connection' }).count()).toBe(0);
  expect(await governance.getByRole('button', { name: 'Edit' }).count()).toBe(0);
  expect(await governance.getByRole('form').count()).toBe(0);
  await dashboard.screenshot(governance, 'settings-sso-maintainer');
  // governance edits the name, logo and time zone; the tax identity is the OWNER's
  await governance.getByRole('link', { name: 'Profile', exact: true }).click();
  await governance.getByText('Read-only for you: Only owners can change the tax identity (GST details).').waitFor();
  expect(await governance.getByLabel('GSTIN', { exact: true }).getAttribute('readonly')).not.toBeNull();
  expect(await governance.getByLabel('Organization name').getAttribute('readonly')).toBeNull();
  await dashboard.screenshot(governance, 'settings-profile-maintainer');
  await governance.context().close();

  const learner = await member('LEARNER');
  const outsider = await signedIn(learner.email);
  await outsider.goto('/settings');
  await outsider.getByText('(Learner) does not include this page').waitFor();
  await dashboard.screenshot(outsider, 'settings-learner');
  await outsider.context().close();
}, 120_000);

test('at phone width every section fits the screen', async () => {
  const context = await dashboard.newContext({ width: 390, height: 844 });
  const page = await context.newPage();
  await signInAs(page, owner.email);
  await switchOrganization(page, ORG);
  for (const [path, ready] of [
    ['/settings', 'Save profile'],
    ['/settings/domains', 'Claim domain'],
    ['/settings/sso', 'New connection'],
    ['/settings/credentials', 'Create API key'],
    ['/settings/webhooks', 'Send ping'],
  ] as const) {
    await page.goto(path);
    await page.getByRole('button', { name: ready }).first().waitFor();
    // tables scroll inside their own box; the page itself never scrolls sideways
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect({ path, overflow }).toEqual({ path, overflow: 0 });
    await dashboard.screenshot(page, `settings-phone${path.replace('/settings', '').replace('/', '-')}`);
  }
  await context.close();
});
