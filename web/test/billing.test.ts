import pg from 'pg';
import type { BrowserContext, Page } from 'playwright-core';
import { randomUUID } from 'node:crypto';
import { createOrganization, gql, knownUser, uniqueEmail, waitUntil } from '@guildhall/testkit';
import { ownerWithOrganization, signInAs, switchOrganization } from './browser-steps.js';
import { startDashboard, type Dashboard } from './dashboard-harness.js';

const ORG = 'Ledgerly Labs';

let dashboard: Dashboard;
let db: pg.Client;
let owner: Awaited<ReturnType<typeof ownerWithOrganization>>;
let manager: { email: string };
let ownerContext: BrowserContext;
let page: Page;

const paymentCount = async () => (await db.query<{ n: number }>('select count(*)::int as n from billing.payment where organization_id = $1', [owner.organizationId])).rows[0]!.n;

/** Opens a billing section from the section tabs (the org's Billing page first). */
async function openBilling(target: Page, section: string) {
  await target.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Billing' }).click();
  await target.getByRole('navigation', { name: 'Billing sections' }).getByRole('link', { name: section }).click();
  await target.waitForURL((url) => url.pathname.startsWith('/billing'));
}

/** The fake provider's hosted test checkout: its Pay button captures and sends the buyer back. */
async function payOnTestCheckout(target: Page, amount: string) {
  await target.getByRole('link', { name: 'Pay with test card' }).click();
  await target.getByText('Test payment — nothing is charged.').waitFor();
  await target.getByRole('button', { name: `Pay ${amount}` }).click();
}

beforeAll(async () => {
  dashboard = await startDashboard();
  db = new pg.Client({ connectionString: dashboard.system.databaseUrl });
  await db.connect();
  owner = await ownerWithOrganization(dashboard, ORG, 'Farah Finance');
  // verified, as a platform admin would (past the limits of unverified orgs)
  await db.query(`update organization.organization set status = 'ACTIVE' where id = $1`, [owner.organizationId]);
  // the billing account opens from organization.created, through the outbox
  await waitUntil(async () => (await db.query('select 1 from billing.billing_account where organization_id = $1', [owner.organizationId])).rowCount === 1, 15_000, 'the billing account');
  const user = await knownUser(dashboard.system, db, 'Manu Manager', uniqueEmail('manager'));
  const added = await gql(dashboard.system.gatewayUrl, 'mutation ($input: AddMemberInput!) { addMember(input: $input) { membership { id } userErrors { message } } }', { input: { organizationId: owner.organizationId, email: user.email, role: 'MANAGER' } }, { token: owner.token });
  if (!added.data?.['addMember']?.membership) throw new Error(`addMember: ${JSON.stringify(added.errors ?? added.data)}`);
  manager = user;
  ownerContext = await dashboard.newContext();
  page = await ownerContext.newPage();
  await signInAs(page, owner.email);
  await switchOrganization(page, ORG);
}, 180_000);

afterAll(async () => {
  await ownerContext?.close();
  await db?.end();
  await dashboard?.stop();
});

test('the owner switches to seat pack, refuses a bad amount, and tops up ₹500 through the test checkout', async () => {
  await openBilling(page, 'Overview');
  await page.getByRole('group', { name: 'Credit balance' }).getByText('₹0.00').waitFor();
  await page.getByRole('combobox', { name: 'Billing mode' }).selectOption({ label: 'Seat pack (credits)' });
  await page.getByRole('button', { name: 'Save billing settings' }).click();
  await page.getByText('Billing settings saved.').waitFor();
  await page.getByRole('group', { name: 'Billing mode' }).getByText('Seat pack (credits)').waitFor();
  await dashboard.screenshot(page, 'billing-overview');

  await openBilling(page, 'Credits');
  const amount = page.getByLabel('Amount (₹)');
  for (const bad of ['abc', '0']) {
    await amount.fill(bad);
    await page.getByRole('button', { name: 'Buy credits' }).click();
    await page.getByText('Enter an amount in rupees above zero').waitFor();
  }
  await dashboard.screenshot(page, 'billing-topup-bad-amount');
  expect(await paymentCount()).toBe(0);

  await amount.fill('500');
  await page.getByRole('button', { name: 'Buy credits' }).click();
  await page.getByText('Top-up created.').waitFor();
  expect(await paymentCount()).toBe(1);
  await dashboard.screenshot(page, 'billing-topup-created');
  await payOnTestCheckout(page, '₹500.00');

  // back on the billing page, which polls until the capture has settled
  await page.waitForURL((url) => url.pathname === '/billing/credits' && url.searchParams.has('topup'));
  await page.getByText('Payment received: ₹500.00 of credits added.').waitFor({ timeout: 60_000 });
  await expect(page.getByRole('group', { name: 'Credit balance' }).textContent()).resolves.toContain('₹500.00');
  await dashboard.screenshot(page, 'billing-topup-settled');

  await openBilling(page, 'Ledger');
  const ledger = page.getByRole('region', { name: 'Ledger transactions, newest first' });
  const row = ledger.getByRole('row').filter({ hasText: 'Top-up' });
  await row.waitFor();
  await expect(row.textContent()).resolves.toContain('₹500.00');
  await dashboard.screenshot(page, 'billing-ledger');
});

test('a manager reads the balance but is offered no top-up and no settings', async () => {
  const context = await dashboard.newContext();
  const managerPage = await context.newPage();
  await signInAs(managerPage, manager.email);
  await switchOrganization(managerPage, ORG);
  await openBilling(managerPage, 'Credits');
  await managerPage.getByRole('group', { name: 'Credit balance' }).getByText('₹500.00').waitFor();
  await managerPage.getByText('Owners and billing admins buy credits.').waitFor();
  expect(await managerPage.getByRole('button', { name: 'Buy credits' }).count()).toBe(0);
  await dashboard.screenshot(managerPage, 'billing-manager-credits');
  await openBilling(managerPage, 'Overview');
  await managerPage.getByText('Owners and billing admins change these settings.').waitFor();
  expect(await managerPage.getByRole('button', { name: 'Save billing settings' }).count()).toBe(0);
  await openBilling(managerPage, 'Purchase orders');
  await managerPage.getByText('No purchase orders yet.').waitFor();
  expect(await managerPage.getByRole('button', { name: 'Create purchase order' }).count()).toBe(0);
  await context.close();
});

test('a purchase order: the server’s field errors under their inputs, then created and cancelled', async () => {
  await openBilling(page, 'Purchase orders');
  await page.getByLabel('Amount (₹)').fill('100000');
  await page.getByLabel('Valid from').fill('2026-06-30');
  await page.getByLabel('Valid until').fill('2026-06-01');
  await page.getByRole('button', { name: 'Create purchase order' }).click();
  await page.getByText('The purchase order cannot end before it starts.').waitFor();
  await expect(page.getByLabel('Valid until').getAttribute('aria-invalid')).resolves.toBe('true');
  await expect(page.getByLabel('PO number').getAttribute('aria-invalid')).resolves.toBe('true');
  await dashboard.screenshot(page, 'billing-po-errors');

  await page.getByLabel('PO number').fill('PO-2026-001');
  await page.getByLabel('Valid until').fill('2026-12-31');
  await page.getByRole('button', { name: 'Create purchase order' }).click();
  await page.getByText('Purchase order PO-2026-001 created.').waitFor();
  const row = page.getByRole('region', { name: 'Purchase orders, newest first' }).getByRole('row').filter({ hasText: 'PO-2026-001' });
  await row.getByText('₹1,00,000.00').first().waitFor();
  await dashboard.screenshot(page, 'billing-po-created');

  await row.getByRole('button', { name: 'Cancel' }).click();
  await row.getByRole('button', { name: 'Cancel purchase order' }).click();
  await page.getByText('Purchase order PO-2026-001 cancelled.').waitFor();
  await row.getByText('Cancelled').waitFor();
});

test('the demo purchase offers both payers, refuses short credits, and completes paying yourself', async () => {
  await switchOrganization(page, null);
  await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Demo purchase' }).click();
  await page.getByRole('heading', { name: 'Demo purchase' }).waitFor();
  await page.getByRole('radio', { name: /Pay myself/ }).waitFor();
  // booking a host's expert needs a host org; this system has none, and the page says so
  await page.getByLabel('Book an expert of a host organization instead').check();
  await page.getByText('No organization hosts experts yet').waitFor();
  await expect(page.getByRole('button', { name: /^Buy/ }).isDisabled()).resolves.toBe(true);
  await page.getByLabel('Book an expert of a host organization instead').uncheck();
  await page.getByRole('radio', { name: new RegExp(`Through ${ORG}`) }).check();
  await page.getByRole('button', { name: 'Buy ₹1,500.00' }).click();
  // the org pays from its ₹500 of credits: not enough
  await page.getByText('There are not enough credits.').waitFor();
  await page.getByText(/has INR 500\.00 of credits; this costs INR 1,500\.00/).waitFor();
  await dashboard.screenshot(page, 'billing-purchase-insufficient');

  await page.getByRole('radio', { name: /Pay myself/ }).check();
  await page.getByRole('button', { name: 'Buy ₹1,500.00' }).click();
  await page.getByRole('link', { name: 'Pay with test card' }).waitFor();
  await dashboard.screenshot(page, 'billing-purchase-pending');
  await payOnTestCheckout(page, '₹1,500.00');
  await page.waitForURL((url) => url.pathname === '/purchase' && url.searchParams.has('payment'));
  await page.getByText('Payment received: ₹1,500.00. Your booking is confirmed.').waitFor({ timeout: 60_000 });
  await dashboard.screenshot(page, 'billing-purchase-paid');
});

test('payments: a top-up refunded in part, with its amount checked first', async () => {
  await switchOrganization(page, ORG);
  await openBilling(page, 'Payments');
  const row = page.getByRole('region', { name: 'Payments, newest first' }).getByRole('row').filter({ hasText: 'Credit top-up' });
  await row.getByRole('button', { name: /^Refund/ }).click();
  await page.getByLabel('Amount (₹, optional)').fill('900');
  await page.getByLabel('Reason').fill('Bought too many');
  await page.getByRole('button', { name: 'Refund', exact: true }).click();
  await page.getByText('Enter an amount above zero and at most ₹500.00').waitFor();
  await page.getByLabel('Amount (₹, optional)').fill('100');
  await page.getByRole('button', { name: 'Refund', exact: true }).click();
  await page.getByText('Refund of ₹100.00').waitFor();
  await row.getByText('₹100.00').waitFor();
  await dashboard.screenshot(page, 'billing-payments-refund');
  await openBilling(page, 'Credits');
  await page.getByRole('group', { name: 'Credit balance' }).getByText('₹400.00').waitFor();
});

/** An INVOICED_MONTHLY org of the same owner, registered in Karnataka, with one ₹1,000 purchase unbilled. */
async function invoicedOrganization(name: string) {
  const call = async (query: string, variables: Record<string, unknown>, field: string) => {
    const r = await gql(dashboard.system.gatewayUrl, query, variables, { token: owner.token });
    if (r.errors || r.data?.[field]?.userErrors?.length) throw new Error(`${field}: ${JSON.stringify(r.errors ?? r.data)}`);
    return r.data![field];
  };
  const org = await createOrganization(dashboard.system.gatewayUrl, owner.token, name);
  await db.query(`update organization.organization set status = 'ACTIVE' where id = $1`, [org.id]);
  await waitUntil(async () => (await db.query('select 1 from billing.billing_account where organization_id = $1', [org.id])).rowCount === 1, 15_000, 'the billing account');
  await call('mutation ($input: UpdateBillingSettingsInput!) { updateBillingSettings(input: $input) { userErrors { message } } }', { input: { organizationId: org.id, mode: 'INVOICED_MONTHLY' } }, 'updateBillingSettings');
  await call('mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { userErrors { message } } }', {
    input: { organizationId: org.id, legalName: `${name} Pvt Ltd`, billingEmail: 'finance@invoiced.test', registeredAddress: { line1: '1 MG Road', city: 'Bengaluru', stateCode: '29', postalCode: '560001', country: 'IN' } },
  }, 'updateOrganization');
  await waitUntil(async () => (await db.query(`select 1 from billing.billing_profile where organization_id = $1 and state_code = '29'`, [org.id])).rowCount === 1, 15_000, 'the billing profile');
  await call('mutation ($input: CheckoutInput!) { checkout(input: $input) { payment { id } userErrors { message } } }', {
    input: { idempotencyKey: randomUUID(), organizationId: org.id, kind: 'CONSULTATION', reference: 'booking-invoice-test', amountMinor: 100_000, currency: 'INR', payeeId: 'expert-1' },
  }, 'checkout');
  return org;
}

test('invoices: generate a draft, issue it, download its PDF, and pay it by test card', async () => {
  const INVOICED = 'Invoiced Ink';
  await invoicedOrganization(INVOICED);
  await page.goto('/'); // the session learns of the new org
  await switchOrganization(page, INVOICED);
  await openBilling(page, 'Invoices');
  await page.getByText('No invoices yet.').waitFor();
  await page.getByRole('button', { name: 'Generate draft invoice' }).click();
  await page.getByText('Draft invoice generated').waitFor();
  const invoices = page.getByRole('region', { name: 'Invoices, newest first' });
  await invoices.getByRole('row').filter({ hasText: 'Draft' }).getByRole('button', { name: 'Issue' }).click();
  await page.getByText(/Invoice GH\/\d\d-\d\d\/\d{6} issued\./).waitFor();
  const row = invoices.getByRole('row').filter({ hasText: /GH\// });
  await row.getByText('₹1,180.00').first().waitFor(); // ₹1,000 + 18% GST
  await dashboard.screenshot(page, 'billing-invoice-issued');

  // the signed link is served through the dashboard's own origin
  const href = (await row.getByRole('link', { name: /Download PDF/ }).getAttribute('href'))!;
  expect(new URL(href).origin).toBe(dashboard.url);
  const pdf = await page.request.get(href);
  expect(pdf.status()).toBe(200);
  expect((await pdf.body()).subarray(0, 4).toString()).toBe('%PDF');

  await row.getByRole('button', { name: 'Pay ₹1,180.00 by card' }).click();
  await payOnTestCheckout(page, '₹1,180.00');
  await page.waitForURL((url) => url.pathname === '/billing/invoices' && url.searchParams.has('payment'));
  await page.getByText('Payment of ₹1,180.00 received').waitFor({ timeout: 60_000 });
  await invoices.getByRole('row').filter({ hasText: /GH\// }).getByText('Paid', { exact: true }).waitFor();
  await dashboard.screenshot(page, 'billing-invoice-paid');
});

test('the credits page at phone width', async () => {
  const context = await dashboard.newContext({ width: 390, height: 844 });
  const phone = await context.newPage();
  await signInAs(phone, owner.email);
  await switchOrganization(phone, ORG);
  await openBilling(phone, 'Credits');
  await phone.getByRole('button', { name: 'Buy credits' }).waitFor();
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await dashboard.screenshot(phone, 'billing-credits-phone');
  await context.close();
});
