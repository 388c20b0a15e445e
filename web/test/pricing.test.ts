import pg from 'pg';
import type { BrowserContext, Page } from 'playwright-core';
import { waitUntil } from '@guildhall/testkit';
import { memberWithRole, ownerWithOrganization, signInAs, switchOrganization } from './browser-steps.js';
import { startDashboard, type Dashboard } from './dashboard-harness.js';

const SPONSOR = 'Sponsor Studio';
const HOST = 'Host Hall';
const TITLE = 'Studio sessions 2026';

let dashboard: Dashboard;
let db: pg.Client;
let sponsor: Awaited<ReturnType<typeof ownerWithOrganization>>;
let host: Awaited<ReturnType<typeof ownerWithOrganization>>;
let manager: { email: string };
let sponsorContext: BrowserContext;
let hostContext: BrowserContext;
let sponsorPage: Page;
let hostPage: Page;

const count = async (sql: string, params: unknown[]) => (await db.query<{ n: number }>(sql, params)).rows[0]!.n;
const contractCount = () => count('select count(*)::int as n from billing.contract where sponsor_organization_id = $1', [sponsor.organizationId]);

/** Billing → Pricing from the navigation and the section tabs. */
async function openPricing(page: Page) {
  await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Billing' }).click();
  await page.getByRole('navigation', { name: 'Billing sections' }).getByRole('link', { name: 'Pricing' }).click();
  await page.waitForURL((url) => url.pathname === '/billing/pricing');
  await page.getByRole('heading', { name: 'Cancellation policy' }).waitFor();
}

/** No sideways scrolling on a phone-sized screen. */
async function fitsPhone(page: Page) {
  await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
}

beforeAll(async () => {
  dashboard = await startDashboard();
  db = new pg.Client({ connectionString: dashboard.system.databaseUrl });
  await db.connect();
  sponsor = await ownerWithOrganization(dashboard, SPONSOR, 'Sita Sponsor');
  host = await ownerWithOrganization(dashboard, HOST, 'Hari Host');
  for (const org of [sponsor, host]) {
    // verified, as a platform admin would: the directory lists ACTIVE orgs only
    await db.query(`update organization.organization set status = 'ACTIVE' where id = $1`, [org.organizationId]);
    await waitUntil(async () => (await db.query('select 1 from billing.billing_account where organization_id = $1', [org.organizationId])).rowCount === 1, 15_000, 'the billing account');
  }
  // Hosting is behind FEATURE_HOST_ORGS (off in the harness), which gates only turning canHost on
  // through the API; both copies of the flag (organization's and billing's) are set here instead.
  await db.query('update organization.organization set can_host = true where id = $1', [host.organizationId]);
  await db.query('update billing.billing_account set can_host = true where organization_id = $1', [host.organizationId]);
  manager = await memberWithRole(dashboard, sponsor.token, sponsor.organizationId, 'MANAGER', 'Mira Manager');

  sponsorContext = await dashboard.newContext();
  sponsorPage = await sponsorContext.newPage();
  await signInAs(sponsorPage, sponsor.email);
  await switchOrganization(sponsorPage, SPONSOR);
  hostContext = await dashboard.newContext();
  hostPage = await hostContext.newPage();
  await signInAs(hostPage, host.email);
  await switchOrganization(hostPage, HOST);
}, 180_000);

afterAll(async () => {
  await sponsorContext?.close();
  await hostContext?.close();
  await db?.end();
  await dashboard?.stop();
});

test('a sponsor-only org is told rate cards need a host organization, and offered no card form', async () => {
  await openPricing(sponsorPage);
  await sponsorPage.getByText('Rate cards need a host organization').waitFor();
  expect(await sponsorPage.getByText('New rate card').count()).toBe(0);
  await dashboard.screenshot(sponsorPage, 'pricing-sponsor');
});

test('the sponsor proposes a contract: a zero cap is refused under its field and writes nothing, then it is proposed', async () => {
  const page = sponsorPage;
  await page.getByText('Propose a contract').click();
  const form = page.getByRole('form', { name: 'Propose a contract' });
  await form.getByLabel('Contract title').fill(TITLE);
  await form.getByLabel('Find the other organization').fill('Host H');
  await form.locator('option', { hasText: HOST }).waitFor({ state: 'attached' });
  await form.getByLabel('Other organization', { exact: true }).selectOption({ label: HOST });
  await form.getByLabel('Rate 1: price (₹)').fill('1200');
  await form.getByLabel('Monthly spend cap (₹, optional)').fill('0');
  await form.getByRole('button', { name: 'Propose contract' }).click();
  await form.getByText('Enter a cap above zero, or leave it empty for no cap.').waitFor();
  await expect(form.getByLabel('Monthly spend cap (₹, optional)').getAttribute('aria-invalid')).resolves.toBe('true');
  expect(await contractCount()).toBe(0);
  await dashboard.screenshot(page, 'pricing-contract-bad-cap');

  await form.getByLabel('Monthly spend cap (₹, optional)').fill('50,000');
  await form.getByRole('button', { name: 'Propose contract' }).click();
  await page.getByText(`“${TITLE}” proposed to ${HOST}.`).waitFor();
  expect(await contractCount()).toBe(1);
  const contract = page.getByRole('article', { name: `Contract ${TITLE}` });
  await contract.getByText('Version 1 waits for the other side to accept or reject it.').waitFor();
  await contract.getByText('Proposed by Sita Sponsor (your side)').waitFor();
  // the proposing side withdraws, it does not accept its own proposal
  expect(await contract.getByRole('button', { name: /^Accept/ }).count()).toBe(0);
  await contract.getByRole('button', { name: 'Withdraw proposal' }).waitFor();
  await dashboard.screenshot(page, 'pricing-contract-proposed');
});

test('the host’s owner accepts it, and both sides see it active and in force', async () => {
  await openPricing(hostPage);
  const contract = hostPage.getByRole('article', { name: `Contract ${TITLE}` });
  await contract.getByText('Proposed by the other side').waitFor();
  await contract.getByRole('button', { name: 'Accept version 1' }).click();
  await hostPage.getByText('Version 1 accepted: its terms are the contract now.').waitFor();
  await contract.getByText('In force today', { exact: true }).waitFor();
  await contract.getByText('₹50,000.00', { exact: false }).first().waitFor();
  await dashboard.screenshot(hostPage, 'pricing-contract-accepted');
  expect((await db.query('select status from billing.contract where sponsor_organization_id = $1', [sponsor.organizationId])).rows[0]?.status).toBe('ACTIVE');

  await sponsorPage.reload();
  await sponsorPage.getByRole('heading', { name: 'Cancellation policy' }).waitFor();
  await sponsorPage.getByRole('combobox', { name: 'Contract status' }).selectOption({ label: 'Active' });
  const mine = sponsorPage.getByRole('article', { name: `Contract ${TITLE}` });
  await mine.getByText('In force today', { exact: true }).waitFor();
  await mine.getByText('Signed terms: version 1.', { exact: false }).waitFor();
  await dashboard.screenshot(sponsorPage, 'pricing-contract-active');
});

test('the host creates a rate card and a price version; an earlier version is a conflict under its field', async () => {
  const page = hostPage;
  await page.getByText('New rate card').click();
  await page.getByLabel('Card name').fill('Standard');
  await page.getByLabel('Make it the default card').check();
  await page.getByRole('button', { name: 'Create rate card' }).click();
  await page.getByText('Rate card Standard created.').waitFor();
  const card = page.getByRole('article', { name: 'Rate card Standard' });
  await card.getByText('Default').waitFor();
  await card.getByRole('button', { name: 'Add price version' }).click();
  await card.getByLabel('Price (₹)').fill('1500');
  await card.getByRole('button', { name: 'Add price version' }).click();
  await card.getByText('Price version added: ₹1,500.00 for consultation bookings.').waitFor();
  await card.getByRole('region', { name: 'Standard: prices in effect now' }).getByText('₹1,500.00').waitFor();

  // a version starting before the latest one: the server's CONFLICT under "Effective from"
  await card.getByLabel('Price (₹)').fill('1400');
  await card.getByLabel('Effective from').fill('2026-01-01T10:00');
  await card.getByRole('button', { name: 'Add price version' }).click();
  await card.getByText(/A version of this price already starts at/).waitFor();
  await expect(card.getByLabel('Effective from').getAttribute('aria-invalid')).resolves.toBe('true');
  expect(await count('select count(*)::int as n from billing.rate_card_price p join billing.rate_card c on c.id = p.rate_card_id where c.organization_id = $1', [host.organizationId])).toBe(1);
  await dashboard.screenshot(page, 'pricing-rate-card');
});

test('the sponsor publishes a new cancellation policy version; a growing refund is refused first', async () => {
  const page = sponsorPage;
  await page.getByText('In force: version 1').waitFor();
  await page.getByText('Publish a new version').click();
  const form = page.getByRole('form', { name: 'New cancellation policy version' });
  await form.getByLabel('Tier 2: refund (bps)').fill('10000');
  await form.getByLabel('Tier 1: refund (bps)').fill('5000');
  await form.getByRole('button', { name: 'Publish new version' }).click();
  await form.getByText('Tier 2: a later cancellation cannot refund more than an earlier one.').waitFor();
  expect(await count('select count(*)::int as n from billing.cancellation_policy where organization_id = $1', [sponsor.organizationId])).toBe(0);

  await form.getByLabel('Tier 1: refund (bps)').fill('10000');
  await form.getByLabel('Tier 1: at least (hours before start)').fill('48');
  await form.getByRole('button', { name: 'Publish new version' }).click();
  await page.getByText('Cancellation policy version 2 is in force.').waitFor();
  await page.getByText('In force: version 2').waitFor();
  await page.getByRole('region', { name: 'Cancellation policy version 2' }).getByText('48 hours or more before the start').waitFor();
  await dashboard.screenshot(page, 'pricing-cancellation-policy');
});

test('a manager reads pricing and is offered nothing to change, on a phone-sized screen', async () => {
  const context = await dashboard.newContext({ width: 390, height: 844 });
  const page = await context.newPage();
  await signInAs(page, manager.email);
  await switchOrganization(page, SPONSOR);
  await page.goto('/billing/pricing');
  await page.getByText('In force: version 2').waitFor();
  await page.getByText('Rate cards need a host organization').waitFor();
  await page.getByText('Owners and billing admins change the cancellation policy.').waitFor();
  // contracts are for OWNER, MAINTAINER and BILLING_ADMIN: a manager sees no contracts section
  expect(await page.getByRole('heading', { name: 'Contracts' }).count()).toBe(0);
  expect(await page.getByRole('button', { name: /Publish|Propose|Accept|Archive/ }).count()).toBe(0);
  await fitsPhone(page);
  await dashboard.screenshot(page, 'pricing-manager-phone');
  await context.close();
});

test('the owner’s pricing page fits a phone too', async () => {
  const page = await sponsorContext.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/billing/pricing');
  await page.getByRole('article', { name: `Contract ${TITLE}` }).waitFor();
  await page.getByText('Publish a new version').click();
  await fitsPhone(page);
  await dashboard.screenshot(page, 'pricing-owner-phone');
  await page.close();
});
