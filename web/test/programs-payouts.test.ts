import { readFile } from 'node:fs/promises';
import pg from 'pg';
import type { BrowserContext, Page } from 'playwright-core';
import { gql, knownUser, uniqueEmail, waitUntil } from '@guildhall/testkit';
import { ownerWithOrganization, signInAs, switchOrganization } from './browser-steps.js';
import { startDashboard, type Dashboard } from './dashboard-harness.js';

const ORG = 'Programs Co';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Dashboard' });

describe('programs and payouts', () => {
  let dashboard: Dashboard;
  let db: pg.Client;
  let owner: Awaited<ReturnType<typeof ownerWithOrganization>>;
  let learner: { email: string; userId: string };
  let ownerContext: BrowserContext;
  let ownerPage: Page;
  let learnerContext: BrowserContext;
  let learnerPage: Page;

  const programCount = async () => (await db.query<{ n: number }>('select count(*)::int as n from billing.program where organization_id = $1', [owner.organizationId])).rows[0]!.n;
  const api = async (query: string, variables: Record<string, unknown>) => {
    const r = await gql(dashboard.system.gatewayUrl, query, variables, { token: owner.token });
    const payload = Object.values(r.data ?? {})[0] as { userErrors?: unknown[] } | undefined;
    if (r.errors || payload?.userErrors?.length) throw new Error(JSON.stringify(r.errors ?? r.data));
  };

  beforeAll(async () => {
    dashboard = await startDashboard();
    db = new pg.Client({ connectionString: dashboard.system.databaseUrl });
    await db.connect();
    owner = await ownerWithOrganization(dashboard, ORG, 'Olivia Owner');
    // verified, as a platform admin would; the billing account opens from organization.created
    await db.query(`update organization.organization set status = 'ACTIVE' where id = $1`, [owner.organizationId]);
    await waitUntil(async () => (await db.query('select 1 from billing.billing_account where organization_id = $1', [owner.organizationId])).rowCount === 1, 10_000, 'the billing account');
    // programs pay from the org's own funds: TAG_ONLY (the default) cannot run them
    await api('mutation ($input: UpdateBillingSettingsInput!) { updateBillingSettings(input: $input) { userErrors { code message } } }', { input: { organizationId: owner.organizationId, mode: 'SEAT_PACK' } });
    const user = await knownUser(dashboard.system, db, 'Lee Learner', uniqueEmail('learner'));
    await api('mutation ($input: AddMemberInput!) { addMember(input: $input) { userErrors { code message } } }', { input: { organizationId: owner.organizationId, email: user.email, role: 'LEARNER' } });
    learner = user;
    // billing's member projection follows organization's events; assigning needs it
    await waitUntil(async () => (await db.query(`select 1 from billing.member where organization_id = $1 and user_id = $2 and status = 'ACTIVE'`, [owner.organizationId, learner.userId])).rowCount === 1, 10_000, 'the learner in billing');
    ownerContext = await dashboard.newContext();
    ownerPage = await ownerContext.newPage();
    learnerContext = await dashboard.newContext({ width: 390, height: 844 });
    learnerPage = await learnerContext.newPage();
  }, 180_000);

  afterAll(async () => {
    await db?.end();
    await dashboard?.stop();
  });

  test('an operator creates a program (a bad amount is refused under its field) and assigns a member', async () => {
    await signInAs(ownerPage, owner.email);
    await switchOrganization(ownerPage, ORG);
    await nav(ownerPage).getByRole('link', { name: 'Programs' }).click();
    await ownerPage.getByRole('heading', { name: 'Programs', level: 1 }).waitFor();
    await ownerPage.getByText('You are not assigned to any program').waitFor();
    await ownerPage.getByText('No programs yet.').waitFor();

    await ownerPage.getByRole('button', { name: 'New program' }).click();
    const form = ownerPage.getByRole('form', { name: 'New program' });
    await form.getByLabel('Program name').fill('Coaching pool');
    await form.getByLabel('Type').selectOption('CREDIT_POOL');
    await form.getByLabel('Budget per cycle (INR)').fill('25000.999');
    await form.getByRole('button', { name: 'Create program' }).click();
    await form.getByText('Enter an amount in INR').waitFor();
    expect(await form.getByLabel('Budget per cycle (INR)').getAttribute('aria-invalid')).toBe('true');
    expect(await programCount()).toBe(0);
    await dashboard.screenshot(ownerPage, 'programs-bad-amount');

    await form.getByLabel('Budget per cycle (INR)').fill('25,000');
    await form.getByLabel('When a booking is not covered').selectOption('CHARGE_ORG');
    await form.getByRole('button', { name: 'Create program' }).click();
    await ownerPage.getByText('Coaching pool is created.').waitFor();
    const program = ownerPage.getByRole('article', { name: 'Coaching pool' });
    await program.getByText('₹25,000.00 budget per month').waitFor();
    expect(await programCount()).toBe(1);
    await dashboard.screenshot(ownerPage, 'programs-created');

    await program.getByRole('button', { name: 'Members and assigning' }).click();
    await program.getByText('Nobody is assigned yet.').waitFor();
    await program.getByRole('checkbox', { name: /Lee Learner/ }).check();
    await program.getByRole('button', { name: 'Assign 1 member' }).click();
    await program.getByRole('status').filter({ hasText: 'Lee Learner' }).getByText('Assigned', { exact: true }).waitFor();
    await program.getByRole('region', { name: 'Members assigned to Coaching pool' }).getByRole('row').filter({ hasText: 'Lee Learner' }).waitFor();
    await dashboard.screenshot(ownerPage, 'programs-assigned');
  }, 90_000);

  test('the assigned member sees it under their own programs, and neither the org list nor payouts', async () => {
    await signInAs(learnerPage, learner.email);
    await switchOrganization(learnerPage, ORG);
    await nav(learnerPage).getByRole('link', { name: 'Programs' }).click();
    const mine = learnerPage.getByRole('region', { name: 'Your programs' });
    await mine.getByRole('heading', { name: 'Coaching pool' }).waitFor();
    await mine.getByText('₹25,000.00 left in the shared pool this cycle.').waitFor();
    await mine.getByText('Beyond it, the organization pays.').waitFor();
    expect(await learnerPage.getByRole('region', { name: 'Organization programs' }).count()).toBe(0);
    expect(await nav(learnerPage).getByRole('link', { name: 'Payouts' }).count()).toBe(0);
    await dashboard.screenshot(learnerPage, 'programs-member-phone');
  }, 60_000);

  test('the owner links a RazorpayX UPI address and sees it verified', async () => {
    await nav(ownerPage).getByRole('link', { name: 'Payouts' }).click();
    await ownerPage.getByRole('heading', { name: 'Payouts', level: 1 }).waitFor();
    const account = ownerPage.getByRole('region', { name: 'Payout account' });
    await account.getByText('No payout account yet.').waitFor();
    await ownerPage.getByRole('region', { name: 'Statement' }).getByText('Balance now').waitFor();
    await ownerPage.getByText('No payouts yet.').waitFor();
    await ownerPage.getByText('No profile set yet: the defaults apply').waitFor();
    await dashboard.screenshot(ownerPage, 'payouts-empty');

    // the fake RazorpayX checks the account at once; its webhook is held so the pending state shows
    const fake = dashboard.system.payouts.razorpayx;
    fake.holdWebhooks(true);
    await account.getByRole('button', { name: 'Link a payout account' }).click();
    const form = account.getByRole('form', { name: 'Link a payout account' });
    await form.getByRole('radio', { name: 'UPI address (VPA)' }).check();
    await form.getByLabel('Account holder’s name').fill('Programs Co Pvt Ltd');
    await form.getByRole('textbox', { name: 'UPI address' }).fill('not a vpa');
    await form.getByRole('button', { name: 'Link account' }).click();
    await form.getByText('A UPI address looks like name@bank').waitFor();
    await form.getByRole('textbox', { name: 'UPI address' }).fill('programs@okaxis');
    await form.getByRole('button', { name: 'Link account' }).click();
    await account.getByText('The account is linked and waiting for verification.').waitFor();
    await account.getByText('Pending verification', { exact: true }).waitFor();
    await account.getByText(/@okaxis/).waitFor();
    await dashboard.screenshot(ownerPage, 'payouts-linked-pending');

    // the bank's check comes back through the fake RazorpayX's signed webhook
    fake.holdWebhooks(false);
    await fake.releaseWebhooks();
    await waitUntil(async () => (await db.query(`select status from payouts.payout_account where payee_id = $1 and status <> 'DISABLED'`, [owner.organizationId])).rows[0]?.status === 'VERIFIED', 10_000, 'the account to verify');
    await ownerPage.reload();
    await ownerPage.getByRole('region', { name: 'Payout account' }).getByText('Verified', { exact: true }).waitFor();
    await dashboard.screenshot(ownerPage, 'payouts-linked-verified');

    // the statement's CSV (made by the graph) arrives as a file
    const [download] = await Promise.all([ownerPage.waitForEvent('download'), ownerPage.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^statement-\d{4}-\d{2}-01-to-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.split(/\r?\n/)[0]).toMatch(/,/);
  }, 90_000);

  test('the tax profile answers a bad combination under its field, then saves', async () => {
    const tax = ownerPage.getByRole('region', { name: 'Tax profile' });
    await tax.getByRole('button', { name: 'Edit tax profile' }).click();
    const form = tax.getByRole('form', { name: 'Edit tax profile' });
    await form.getByLabel('Country of tax residence').fill('SG');
    await form.getByLabel('RBI purpose code').fill('S0802');
    await form.getByRole('button', { name: 'Save tax profile' }).click();
    await form.getByText('is withheld under section 195').waitFor();
    expect(await form.getByLabel('TDS section').getAttribute('aria-invalid')).toBe('true');
    await dashboard.screenshot(ownerPage, 'payouts-tax-error');
    await form.getByLabel('Country of tax residence').fill('IN');
    await form.getByLabel('A valid PAN is on file').check();
    await form.getByRole('button', { name: 'Save tax profile' }).click();
    await tax.getByText('Tax profile saved.').waitFor();
    await tax.getByText('0.1%').waitFor();
  }, 60_000);

  test('in the personal context a member has their own payouts, as an expert paid personally', async () => {
    await switchOrganization(learnerPage, null);
    await nav(learnerPage).getByRole('link', { name: 'My payouts' }).click();
    await learnerPage.getByRole('heading', { name: 'My payouts', level: 1 }).waitFor();
    await learnerPage.getByRole('region', { name: 'Payout account' }).getByText('No payout account yet.').waitFor();
    await learnerPage.getByRole('button', { name: 'Link a payout account' }).waitFor();
    await learnerPage.getByRole('region', { name: 'Statement' }).getByText('Balance now').waitFor();
    await learnerPage.getByRole('button', { name: 'Edit tax profile' }).waitFor();
    await dashboard.screenshot(learnerPage, 'payouts-personal-phone');
  }, 60_000);

  test('the payouts page fits a phone', async () => {
    const phone = await dashboard.newContext({ width: 390, height: 844 });
    const page = await phone.newPage();
    await signInAs(page, owner.email);
    await switchOrganization(page, ORG);
    await page.goto('/payouts');
    await page.getByRole('region', { name: 'Payout account' }).getByText('Verified', { exact: true }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await dashboard.screenshot(page, 'payouts-phone');
    await phone.close();
  }, 60_000);
});

describe('with payouts switched off', () => {
  let dashboard: Dashboard;
  beforeAll(async () => {
    dashboard = await startDashboard({ payouts: false });
  }, 180_000);
  afterAll(async () => {
    await dashboard?.stop();
  });

  test('no Payouts in the navigation, and /payouts says they are off', async () => {
    const owner = await ownerWithOrganization(dashboard, 'No Payouts Co', 'Nia Owner');
    const context = await dashboard.newContext();
    const page = await context.newPage();
    await signInAs(page, owner.email);
    await nav(page).getByRole('link', { name: 'Privacy' }).waitFor();
    expect(await nav(page).getByRole('link', { name: 'My payouts' }).count()).toBe(0);
    await switchOrganization(page, 'No Payouts Co');
    await nav(page).getByRole('link', { name: 'Programs' }).waitFor();
    expect(await nav(page).getByRole('link', { name: 'Payouts' }).count()).toBe(0);
    await page.goto('/payouts');
    await page.getByText('Payouts are switched off').waitFor();
    await dashboard.screenshot(page, 'payouts-switched-off');
    await context.close();
  }, 60_000);
});
