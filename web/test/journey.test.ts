import type { ParsedMail } from 'mailparser';
import { uniqueEmail } from '@guildhall/testkit';
import { PASSWORD } from './browser-steps.js';
import { startDashboard, type Dashboard } from './dashboard-harness.js';

/**
 * The dashboard's main journey, all through the browser: sign up, create an org, invite someone who
 * accepts in a second browser, change their role while the first browser's live feed shows it, and
 * top up credits until the billing page shows the balance.
 */
let dashboard: Dashboard;
beforeAll(async () => {
  dashboard = await startDashboard();
}, 120_000);
afterAll(() => dashboard?.stop());

const ORG = 'Journey Consulting';
const sentTo = (email: string) => (m: ParsedMail) => JSON.stringify(m.to ?? '').includes(email);

test('sign up → org → invite → accept elsewhere → role change seen live → top-up shows the balance', async () => {
  const owner = await dashboard.newContext();
  const ownerPage = await owner.newPage();
  const step = (name: string, page = ownerPage) => dashboard.screenshot(page, `journey-${name}`);

  // 1. sign up and create the org
  await ownerPage.goto('/sign-up');
  await ownerPage.getByLabel('Your name').fill('Asha Owner');
  await ownerPage.getByLabel('Work email').fill(uniqueEmail('asha'));
  await ownerPage.getByLabel('Password').fill(PASSWORD);
  await ownerPage.getByRole('button', { name: 'Create account' }).click();
  await ownerPage.getByRole('heading', { name: 'Welcome, Asha Owner' }).waitFor();
  await step('1-signed-up');
  await ownerPage.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'New organization' }).click();
  await ownerPage.getByLabel('Organization name').fill(ORG);
  await ownerPage.getByRole('button', { name: 'Create organization' }).click();
  await ownerPage.getByRole('heading', { name: ORG, level: 1, exact: true }).waitFor();
  await step('2-org-created');

  // 2. invite a learner by email
  const invitee = uniqueEmail('ivy');
  await ownerPage.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Members' }).click();
  const invite = ownerPage.getByRole('form', { name: 'Invite one person' });
  await invite.getByLabel('Email', { exact: true }).fill(invitee);
  await invite.getByLabel('Role').selectOption('LEARNER');
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  await ownerPage.getByText(`Invitation sent to ${invitee}`, { exact: false }).waitFor();
  await step('3-invited');
  const mail = await dashboard.system.mail.waitFor(sentTo(invitee), 15_000);
  const link = /https?:\/\/\S+\/invitations\/accept\?token=\S+/.exec(mail.text ?? '')![0];
  expect(new URL(link).origin).toBe(dashboard.url);

  // 3. the invitee accepts in a second browser, signing up on the way
  const guest = await dashboard.newContext({ width: 390, height: 844 });
  const guestPage = await guest.newPage();
  await guestPage.goto(link);
  await guestPage.getByText(ORG).first().waitFor();
  await step('4-invitation-preview', guestPage);
  await guestPage.getByRole('link', { name: 'Create an account' }).click();
  await guestPage.getByLabel('Your name').fill('Ivy Invitee');
  await guestPage.getByLabel('Work email').fill(invitee);
  await guestPage.getByLabel('Password').fill(PASSWORD);
  await guestPage.getByRole('button', { name: 'Create account' }).click();
  await guestPage.getByRole('button', { name: 'Accept invitation' }).click();
  await guestPage.getByRole('heading', { name: ORG, level: 1, exact: true }).waitFor();
  await step('5-accepted', guestPage);

  // 4. the owner keeps Home open in one tab (live feed) and changes the role in another
  const feedPage = await owner.newPage();
  await feedPage.goto('/');
  const feed = feedPage.getByRole('region', { name: 'Live activity' });
  await feed.getByText('Live', { exact: true }).waitFor();
  await feed.getByText('Member added').first().waitFor();
  await ownerPage.reload();
  const row = ownerPage.getByRole('region', { name: 'Members' }).getByRole('row').filter({ hasText: invitee });
  await row.getByRole('combobox', { name: 'Role of Ivy Invitee' }).selectOption('MANAGER');
  await row.getByRole('button', { name: 'Change role of Ivy Invitee' }).click();
  await ownerPage.getByText('Ivy Invitee is now Manager.').waitFor();
  await feed.getByText(/Role changed.*LEARNER → MANAGER/).waitFor();
  await step('6-live-feed', feedPage);
  await feedPage.close();

  // 5. top up credits and see the balance on the billing page
  await ownerPage.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Billing' }).click();
  await ownerPage.getByRole('combobox', { name: 'Billing mode' }).selectOption({ label: 'Seat pack (credits)' });
  await ownerPage.getByRole('button', { name: 'Save billing settings' }).click();
  await ownerPage.getByText('Billing settings saved.').waitFor();
  await ownerPage.getByRole('navigation', { name: 'Billing sections' }).getByRole('link', { name: 'Credits' }).click();
  await ownerPage.getByLabel('Amount (₹)').fill('500');
  await ownerPage.getByRole('button', { name: 'Buy credits' }).click();
  await ownerPage.getByRole('link', { name: 'Pay with test card' }).click();
  await ownerPage.getByText('Test payment — nothing is charged.').waitFor();
  await step('7-test-checkout');
  await ownerPage.getByRole('button', { name: 'Pay ₹500.00' }).click();
  await ownerPage.waitForURL((url) => url.origin === dashboard.url && url.pathname === '/billing/credits');
  await ownerPage.getByText('Payment received: ₹500.00 of credits added.').waitFor({ timeout: 60_000 });
  await expect(ownerPage.getByRole('group', { name: 'Credit balance' }).textContent()).resolves.toContain('₹500.00');
  await step('8-credit-balance');

  // the finance card on Home agrees
  await ownerPage.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Home' }).click();
  await expect(ownerPage.getByRole('region', { name: 'Finance' }).getByRole('group', { name: 'Credit balance' }).textContent()).resolves.toContain('₹500.00');
  await step('9-home-finance');
  await owner.close();
  await guest.close();
}, 180_000);
