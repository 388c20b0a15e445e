import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { BrowserContext, Page } from 'playwright-core';
import { createOrganization, gql, signUp, waitUntil } from '@guildhall/testkit';
import { memberWithRole, ownerWithOrganization, signInAs, switchOrganization } from './browser-steps.js';
import { startDashboard, type Dashboard } from './dashboard-harness.js';

const ORG = 'Purchase Partners';
const PARENT = 'Partners Group';

let dashboard: Dashboard;
let db: pg.Client;
let owner: Awaited<ReturnType<typeof ownerWithOrganization>>;
let ownerContext: BrowserContext;
let page: Page;

/** A mutation through the graph that must succeed (setup the way an owner or a platform admin would). */
async function call(token: string, query: string, variables: Record<string, unknown>, field: string) {
  const r = await gql(dashboard.system.gatewayUrl, query, variables, { token });
  if (r.errors || r.data?.[field]?.userErrors?.length) throw new Error(`${field}: ${JSON.stringify(r.errors ?? r.data)}`);
  return r.data![field];
}

/** The fake provider's hosted test checkout: its Pay button captures and sends the buyer back. */
async function payOnTestCheckout(target: Page, amount: string) {
  await target.getByRole('link', { name: 'Pay with test card' }).click();
  await target.getByText('Test payment — nothing is charged.').waitFor();
  await target.getByRole('button', { name: `Pay ${amount}` }).click();
}

const purchases = (target: Page) => target.getByRole('region', { name: 'Your purchases, newest first' });
const orgRow = async () => (await db.query<{ can_sponsor: boolean; can_host: boolean; parent_id: string | null; depth: number }>('select can_sponsor, can_host, parent_id, depth from organization.organization where id = $1', [owner.organizationId])).rows[0]!;

beforeAll(async () => {
  dashboard = await startDashboard();
  db = new pg.Client({ connectionString: dashboard.system.databaseUrl });
  await db.connect();
  owner = await ownerWithOrganization(dashboard, ORG, 'Priya Purchaser');
  // verified, as a platform admin would (past the limits of unverified orgs)
  await db.query(`update organization.organization set status = 'ACTIVE' where id = $1`, [owner.organizationId]);
  await waitUntil(async () => (await db.query('select 1 from billing.billing_account where organization_id = $1', [owner.organizationId])).rowCount === 1, 15_000, 'the billing account');
  ownerContext = await dashboard.newContext();
  page = await ownerContext.newPage();
  await signInAs(page, owner.email);
}, 180_000);

afterAll(async () => {
  await ownerContext?.close();
  await db?.end();
  await dashboard?.stop();
});

test('an empty list points to the demo purchase', async () => {
  await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'My purchases' }).click();
  await page.getByRole('heading', { name: 'My purchases' }).waitFor();
  await page.getByText('You have not bought anything yet.').waitFor();
  await page.getByRole('link', { name: 'Try the demo purchase' }).waitFor();
  await dashboard.screenshot(page, 'purchases-empty');
});

test('a purchase paid by the buyer’s card shows as paid, is cancelled after confirming, and refunds in full', async () => {
  await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Demo purchase' }).click();
  await page.getByRole('radio', { name: /Pay myself/ }).check();
  await page.getByRole('button', { name: 'Buy ₹1,500.00' }).click();
  await payOnTestCheckout(page, '₹1,500.00');
  await page.waitForURL((url) => url.pathname === '/purchase' && url.searchParams.has('payment'));
  await page.getByText('Payment received: ₹1,500.00. Your booking is confirmed.').waitFor({ timeout: 60_000 });

  await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'My purchases' }).click();
  const row = purchases(page).getByRole('row').filter({ hasText: 'Consultation' });
  await row.getByText('Succeeded').waitFor();
  await row.getByText('You, by card').waitFor();
  await row.getByText('₹1,500.00').waitFor();
  await dashboard.screenshot(page, 'purchases-paid');

  // asked in the page first: "Keep it" changes nothing
  await row.getByRole('button', { name: /^Cancel/ }).click();
  await row.getByText(/the refund follows the cancellation policy in force when you bought it and goes back to your card/).waitFor();
  await dashboard.screenshot(page, 'purchases-confirm');
  await row.getByRole('button', { name: 'Keep it' }).click();
  expect((await db.query(`select status from billing.payment where payer_user_id = $1 and purpose = 'PURCHASE'`, [owner.userId])).rows).toEqual([{ status: 'SUCCEEDED' }]);

  await row.getByRole('button', { name: /^Cancel/ }).click();
  await row.getByRole('button', { name: 'Cancel purchase' }).click();
  // three days before the start: the default policy's first tier refunds everything
  await page.getByText('Refund of ₹1,500.00 back to your card').waitFor();
  await page.getByText(/100% under the policy at checkout/).waitFor();
  await row.getByText('Cancelled').waitFor();
  await expect(row.textContent()).resolves.toMatch(/₹1,500\.00.*₹1,500\.00 on/);
  expect(await row.getByRole('button', { name: /^Cancel/ }).count()).toBe(0);
  const stored = await db.query<{ status: string; refunded: number }>(`select status, refunded_minor::int as refunded from billing.payment where payer_user_id = $1 and purpose = 'PURCHASE'`, [owner.userId]);
  expect(stored.rows).toEqual([{ status: 'CANCELLED', refunded: 150_000 }]);
  await dashboard.screenshot(page, 'purchases-cancelled');
});

test('a purchase through the org’s credits says so, also with the org selected', async () => {
  await call(owner.token, 'mutation ($input: UpdateBillingSettingsInput!) { updateBillingSettings(input: $input) { userErrors { code message } } }', { input: { organizationId: owner.organizationId, mode: 'SEAT_PACK' } }, 'updateBillingSettings');
  // credits granted by a platform admin, so they are in the ledger like any others
  const admin = await signUp(dashboard.system.gatewayUrl, { name: 'Platform Admin' });
  await db.query('update identity."user" set platform_admin = true where id = $1', [admin.userId]);
  await call(admin.token, 'mutation ($input: GrantCreditsInput!) { grantCredits(input: $input) { userErrors { code message } } }', { input: { organizationId: owner.organizationId, amountMinor: 200_000, reason: 'test credits', idempotencyKey: randomUUID() } }, 'grantCredits');

  await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Demo purchase' }).click();
  await page.getByRole('radio', { name: new RegExp(`Through ${ORG}`) }).check();
  await page.getByRole('button', { name: 'Buy ₹1,500.00' }).click();
  await page.getByText(`Paid ₹1,500.00 through ${ORG} from its credits`).waitFor();

  // about the person, not the org: the same list in the org's context
  await switchOrganization(page, ORG);
  await page.goto('/purchases');
  const row = purchases(page).getByRole('row').filter({ hasText: `Through ${ORG} (credits)` });
  await row.getByText('Succeeded').waitFor();
  await purchases(page).getByRole('row').filter({ hasText: 'Cancelled' }).waitFor();
  await row.getByRole('button', { name: /^Cancel/ }).waitFor();
  await dashboard.screenshot(page, 'purchases-through-org');
});

test('my purchases at phone width', async () => {
  const context = await dashboard.newContext({ width: 390, height: 844 });
  const phone = await context.newPage();
  await signInAs(phone, owner.email);
  await phone.goto('/purchases');
  await purchases(phone).getByRole('row').filter({ hasText: `Through ${ORG}` }).waitFor();
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await dashboard.screenshot(phone, 'purchases-phone');
  await context.close();
});

test('organization: hosting is gated; the owner turns sponsoring off and on', async () => {
  await switchOrganization(page, ORG);
  await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: 'Organization' }).click();
  await page.waitForURL((url) => url.pathname === '/settings/organization');
  const sponsors = page.getByLabel('Sponsors learners');
  const hosts = page.getByLabel('Hosts experts');
  await expect(sponsors.isChecked()).resolves.toBe(true);
  await expect(hosts.isChecked()).resolves.toBe(false);

  // FEATURE_HOST_ORGS is off here: the shared table's sentence, under the field
  await hosts.check();
  await page.getByRole('button', { name: 'Save capabilities' }).click();
  await page.getByText('Hosting experts is not available for this organization yet.').waitFor();
  await expect(hosts.getAttribute('aria-invalid')).resolves.toBe('true');
  expect(await orgRow()).toMatchObject({ can_sponsor: true, can_host: false });
  await dashboard.screenshot(page, 'org-structure-host-gated');

  // hosting switched on by the platform (outside the graph while gated), so sponsoring may go off
  await db.query('update organization.organization set can_host = true where id = $1', [owner.organizationId]);
  await page.reload();
  await expect(page.getByLabel('Hosts experts').isChecked()).resolves.toBe(true);
  await page.getByLabel('Sponsors learners').uncheck();
  await page.getByRole('button', { name: 'Save capabilities' }).click();
  await page.getByText('Capabilities saved.').waitFor();
  expect(await orgRow()).toMatchObject({ can_sponsor: false, can_host: true });
  await dashboard.screenshot(page, 'org-structure-sponsor-off');

  await page.getByLabel('Sponsors learners').check();
  await page.getByRole('button', { name: 'Save capabilities' }).click();
  await page.getByText('Capabilities saved.').waitFor();
  expect(await orgRow()).toMatchObject({ can_sponsor: true, can_host: true });
});

test('organization: the owner places it under another org they own', async () => {
  const parent = await createOrganization(dashboard.system.gatewayUrl, owner.token, PARENT);
  await page.goto('/settings/organization'); // a fresh session knows the new org
  await page.getByRole('group', { name: 'Depth', exact: true }).getByText('0', { exact: true }).waitFor();
  await page.getByLabel('New parent').selectOption({ label: PARENT });
  await page.getByRole('button', { name: 'Set parent' }).click();
  await page.getByText(`${ORG} now sits under ${PARENT}.`).waitFor();
  await page.getByRole('group', { name: 'Parent', exact: true }).getByText(PARENT).waitFor();
  await page.getByRole('group', { name: 'Depth', exact: true }).getByText('1', { exact: true }).waitFor();
  expect(await orgRow()).toMatchObject({ parent_id: parent.id, depth: 1 });
  await dashboard.screenshot(page, 'org-structure-parent');

  // parentId null: back to the top after an in-page confirmation, then under the parent again
  await page.getByRole('button', { name: 'Remove parent' }).click();
  await page.getByRole('button', { name: 'Move to the top' }).click();
  await page.getByText(`${ORG} is now at the top of its own tree.`).waitFor();
  await page.getByRole('group', { name: 'Parent', exact: true }).getByText('None (top level)').waitFor();
  expect(await orgRow()).toMatchObject({ parent_id: null, depth: 0 });
  await page.getByLabel('New parent').selectOption({ label: PARENT });
  await page.getByRole('button', { name: 'Set parent' }).click();
  await page.getByRole('group', { name: 'Depth', exact: true }).getByText('1', { exact: true }).waitFor();
  expect(await orgRow()).toMatchObject({ parent_id: parent.id, depth: 1 });
});

test('organization: a maintainer reads it and is offered no change', async () => {
  const maintainer = await memberWithRole(dashboard, owner.token, owner.organizationId, 'MAINTAINER');
  const context = await dashboard.newContext();
  const governance = await context.newPage();
  await signInAs(governance, maintainer.email);
  await switchOrganization(governance, ORG);
  await governance.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Settings' }).click();
  await governance.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: 'Organization' }).click();
  await expect(governance.getByLabel('Sponsors learners').isDisabled()).resolves.toBe(true);
  await expect(governance.getByLabel('Hosts experts').isDisabled()).resolves.toBe(true);
  await governance.getByText('Only owners can change what the organization does.').waitFor();
  // not a member of the parent: its name is not theirs to see, its depth is
  await governance.getByRole('group', { name: 'Parent', exact: true }).getByText('An organization you are not a member of').waitFor();
  await governance.getByRole('group', { name: 'Depth', exact: true }).getByText('1', { exact: true }).waitFor();
  for (const name of ['Save capabilities', 'Set parent', 'Remove parent']) expect(await governance.getByRole('button', { name }).count()).toBe(0);
  await dashboard.screenshot(governance, 'org-structure-maintainer');
  await context.close();
});
