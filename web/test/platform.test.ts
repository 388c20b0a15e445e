import pg from 'pg';
import type { Page } from 'playwright-core';
import { gql, signUp, uniqueEmail, waitUntil } from '@guildhall/testkit';
import { startDashboard, type Dashboard } from './dashboard-harness.js';
import { ownerWithOrganization, PASSWORD, signInAs } from './browser-steps.js';

let dashboard: Dashboard;
let db: pg.Client;
beforeAll(async () => {
  dashboard = await startDashboard();
  db = new pg.Client({ connectionString: dashboard.system.databaseUrl });
  await db.connect();
}, 120_000);
afterAll(async () => {
  await db?.end();
  await dashboard?.stop();
});

/** A platform administrator is made outside the graph, as scripts/src/platform-admin.ts does. */
async function platformAdmin() {
  const admin = await signUp(dashboard.system.gatewayUrl, { email: uniqueEmail('operator'), password: PASSWORD, name: 'Pat Operator' });
  await db.query(`update identity."user" set platform_admin = true where email = $1`, [admin.email]);
  return admin;
}

const viewerIsAdmin = async (token: string) => (await gql(dashboard.system.gatewayUrl, '{ viewer { platformAdmin } }', {}, { token })).data?.['viewer']?.platformAdmin as boolean | undefined;
const count = async (sql: string, params: unknown[]) => Number((await db.query<{ n: string }>(sql, params)).rows[0]!.n);
/** A `datetime-local` value, in the browser's (and this process's) time zone. */
const localInput = (date: Date) => new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
const rowWith = (page: Page, text: string) => page.getByRole('row').filter({ hasText: text });

test('a platform administrator verifies an org, grants credits, schedules and cancels maintenance, processes an erasure', async () => {
  const owner = await ownerWithOrganization(dashboard, 'Pending Partners');
  const admin = await platformAdmin();
  expect((await db.query(`select status from organization.organization where id = $1`, [owner.organizationId])).rows[0]).toEqual({ status: 'PENDING_VERIFICATION' });

  // the flag as the graph serves it (the gateway caches a session for a few seconds)
  expect(await viewerIsAdmin(owner.token)).toBe(false);
  await waitUntil(async () => (await viewerIsAdmin(admin.token)) === true, 15_000, 'viewer.platformAdmin for the admin');

  const context = await dashboard.newContext();
  const page = await context.newPage();
  await signInAs(page, admin.email);
  await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Platform' }).click();
  await page.getByRole('heading', { name: 'Platform' }).waitFor();
  expect(await page.getByRole('navigation', { name: 'Platform sections' }).getByRole('link', { name: 'Organizations' }).getAttribute('aria-current')).toBe('page');
  await dashboard.screenshot(page, 'platform-finder');

  // the verification queue lists the pending org (the public directory does not); platform admins read any org
  await page.getByRole('region', { name: 'Pending verification organizations, oldest first' }).getByRole('button', { name: 'Open Pending Partners' }).click();
  await page.waitForURL(`**/platform?org=${owner.organizationId}`);
  await page.locator('.badge', { hasText: 'Pending verification' }).first().waitFor();
  await page.getByLabel('Action').selectOption('VERIFY');
  await page.getByLabel('Reason (kept in the audit log)').fill('KYC documents checked');
  await page.getByRole('button', { name: 'Verify organization' }).click();
  await page.getByText('now Active').waitFor();
  await page.locator('.badge', { hasText: 'Active' }).first().waitFor();
  expect((await db.query(`select status from organization.organization where id = $1`, [owner.organizationId])).rows[0]).toEqual({ status: 'ACTIVE' });
  // from ACTIVE only suspending and deactivating are offered
  expect(await page.getByLabel('Action').locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))).toEqual(['SUSPEND', 'DEACTIVATE']);
  await dashboard.screenshot(page, 'platform-verified');

  // zero credits: refused under the field, nothing written
  const grants = () => count(`select count(*) as n from billing.ledger_transaction where organization_id = $1 and kind = 'GRANT'`, [owner.organizationId]);
  await page.getByLabel('Credits to grant (₹)').fill('0');
  await page.getByLabel('Reason', { exact: true }).fill('Pilot');
  await page.getByRole('button', { name: 'Grant credits' }).click();
  await page.getByText('Enter an amount in rupees above zero').waitFor();
  expect(await page.getByLabel('Credits to grant (₹)').getAttribute('aria-invalid')).toBe('true');
  expect(await grants()).toBe(0);

  await page.getByLabel('Credits to grant (₹)').fill('1,000');
  await page.getByRole('button', { name: 'Grant credits' }).click();
  await page.getByText('Granted ₹1,000.00').waitFor();
  await page.getByRole('group', { name: 'Credit balance' }).getByText('₹1,000.00').waitFor();
  expect(await grants()).toBe(1);
  // the org's own billing account, as its owner reads it
  const account = await gql(dashboard.system.gatewayUrl, 'query ($id: ID!) { billingAccount(organizationId: $id) { creditBalance { amountMinor } } }', { id: owner.organizationId }, { token: owner.token });
  expect(account.data?.['billingAccount']?.creditBalance?.amountMinor).toBe(100_000);
  await dashboard.screenshot(page, 'platform-credits');

  // maintenance: an end before the start is refused under "Ends" and writes nothing; then a real one, cancelled
  await page.getByRole('link', { name: 'Maintenance' }).click();
  await page.getByRole('heading', { name: 'Schedule a window' }).waitFor();
  const windows = () => count(`select count(*) as n from compliance.maintenance_window`, []);
  const before = await windows();
  const start = new Date(Date.now() + 2 * 86_400_000);
  start.setSeconds(0, 0);
  const message = `Database upgrade ${Date.now()}`;
  await page.getByLabel('Starts').fill(localInput(start));
  await page.getByLabel('Ends').fill(localInput(new Date(start.getTime() - 3_600_000)));
  await page.getByLabel('Message shown to people').fill(message);
  await page.getByRole('button', { name: 'Schedule window' }).click();
  await page.getByText('A window ends after it starts.').waitFor();
  expect(await page.getByLabel('Ends').getAttribute('aria-invalid')).toBe('true');
  expect(await windows()).toBe(before);
  await dashboard.screenshot(page, 'platform-maintenance-refused');

  await page.getByLabel('Ends').fill(localInput(new Date(start.getTime() + 2 * 3_600_000)));
  await page.getByRole('button', { name: 'Schedule window' }).click();
  await page.getByText('Scheduled:').waitFor();
  await rowWith(page, message).getByText('Scheduled', { exact: true }).waitFor();
  expect(await windows()).toBe(before + 1);
  await rowWith(page, message).getByRole('button', { name: 'Cancel window' }).click();
  await rowWith(page, message).getByRole('button', { name: 'Yes, cancel it' }).click();
  await page.getByText('Window cancelled.').waitFor();
  await rowWith(page, message).getByText('Cancelled', { exact: true }).waitFor();
  expect((await db.query(`select cancelled_at is not null as cancelled from compliance.maintenance_window where message = $1`, [message])).rows).toEqual([{ cancelled: true }]);
  await dashboard.screenshot(page, 'platform-maintenance');

  // an erasure asked for by someone else, through the API, processed here
  const person = await signUp(dashboard.system.gatewayUrl, { email: uniqueEmail('erase-me'), password: PASSWORD, name: 'Ira Erasable' });
  const asked = await gql(dashboard.system.gatewayUrl, 'mutation { requestErasure { erasureRequest { id status } userErrors { code message } } }', {}, { token: person.token });
  const requestId = asked.data?.['requestErasure']?.erasureRequest?.id as string;
  expect(asked.data?.['requestErasure']?.erasureRequest?.status).toBe('PENDING');
  await page.getByRole('link', { name: 'Erasure requests' }).click();
  await rowWith(page, requestId).waitFor();
  await rowWith(page, requestId).getByRole('button', { name: 'Process' }).click();
  await rowWith(page, requestId).getByRole('button', { name: 'Yes, erase' }).click();
  await page.getByText('Erasure started').waitFor();
  await rowWith(page, requestId).getByText('In progress', { exact: true }).waitFor();
  const erasure = (await db.query<{ status: string }>(`select status from compliance.erasure_request where id = $1`, [requestId])).rows[0];
  expect(['IN_PROGRESS', 'COMPLETED']).toContain(erasure?.status);
  await dashboard.screenshot(page, 'platform-erasure');

  // payouts are on in this system: a manual batch runs and is listed
  await page.getByRole('link', { name: 'Payout batches' }).click();
  await page.getByRole('button', { name: 'Run payout batch now' }).click();
  await page.getByText(/payouts created/).waitFor();
  await page.getByRole('region', { name: 'Payout batches' }).getByText(/MANUAL-/).first().waitFor();
  await dashboard.screenshot(page, 'platform-payouts');

  // on a phone the console does not scroll sideways
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('link', { name: 'Organizations' }).click();
  await page.getByLabel('Organization id').waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await dashboard.screenshot(page, 'platform-phone');
  await context.close();
}, 240_000);

test('a normal user has no Platform entry and is told the console is not theirs, with nothing queried', async () => {
  const owner = await ownerWithOrganization(dashboard, 'Ordinary Org');
  expect(await viewerIsAdmin(owner.token)).toBe(false);
  const context = await dashboard.newContext();
  const page = await context.newPage();
  const platformOperations: string[] = [];
  page.on('request', (request) => {
    const body = request.postData() ?? '';
    if (request.url().endsWith('/graphql') && /(query|mutation) Platform/.test(body)) platformOperations.push(body.slice(0, 80));
  });
  await signInAs(page, owner.email);
  expect(await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Platform' }).count()).toBe(0);
  await page.goto('/platform');
  await page.getByText('This console is for platform administrators.').waitFor();
  await page.goto('/platform/erasure');
  await page.getByText('This console is for platform administrators.').waitFor();
  expect(await page.getByRole('navigation', { name: 'Platform sections' }).count()).toBe(0);
  expect(platformOperations).toEqual([]);
  await dashboard.screenshot(page, 'platform-refused');
  await context.close();
}, 120_000);
