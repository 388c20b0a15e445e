import { startDashboard, type Dashboard } from './dashboard-harness.js';
import { memberWithRole, ownerWithOrganization, signInAs, switchOrganization } from './browser-steps.js';

/** The navigation a role sees is the server's capability matrix: nothing offered that would be refused. */
let dashboard: Dashboard;
let org: Awaited<ReturnType<typeof ownerWithOrganization>>;
beforeAll(async () => {
  dashboard = await startDashboard();
  org = await ownerWithOrganization(dashboard, 'Navigation Co');
}, 120_000);
afterAll(() => dashboard?.stop());

async function navigationOf(email: string, screenshot: string) {
  const context = await dashboard.newContext();
  const page = await context.newPage();
  await signInAs(page, email);
  await switchOrganization(page, 'Navigation Co');
  const nav = page.getByRole('navigation', { name: 'Dashboard' });
  await nav.getByRole('link', { name: 'Home' }).waitFor();
  const labels = (await nav.getByRole('link').allTextContents()).map((text) => text.trim());
  await dashboard.screenshot(page, screenshot);
  return { labels, page, context };
}

test('a LEARNER sees no billing, settings or audit navigation, and a deep link says so', async () => {
  const learner = await memberWithRole(dashboard, org.token, org.organizationId, 'LEARNER', 'Lena Learner');
  const { labels, page, context } = await navigationOf(learner.email, 'navigation-learner');
  expect(labels).toEqual(['Home', 'Members', 'Programs', 'Privacy', 'Demo purchase', 'My purchases']);
  await page.goto('/billing');
  await page.getByText('does not include this page').waitFor();
  await page.goto('/members');
  await page.getByRole('heading', { name: 'Members' }).waitFor();
  await expect(page.getByRole('button', { name: /invite/i }).count()).resolves.toBe(0);
  await context.close();
});

test('a BILLING_ADMIN sees billing but not member administration', async () => {
  const admin = await memberWithRole(dashboard, org.token, org.organizationId, 'BILLING_ADMIN', 'Bina Billing');
  const { labels, page, context } = await navigationOf(admin.email, 'navigation-billing-admin');
  expect(labels).toContain('Billing');
  expect(labels).not.toContain('Invitations');
  await page.goto('/invitations');
  await page.getByText('does not include this page').waitFor();
  await page.goto('/members');
  await page.getByRole('heading', { name: 'Members' }).waitFor();
  await expect(page.getByRole('button', { name: /invite/i }).count()).resolves.toBe(0);
  await context.close();
});

test('an OWNER sees every page; the personal context has its own pages', async () => {
  const { labels, page, context } = await navigationOf(org.email, 'navigation-owner');
  expect(labels).toEqual(['Home', 'Members', 'Invitations', 'Billing', 'Programs', 'Payouts', 'Settings', 'Audit log', 'Privacy', 'Demo purchase', 'My purchases']);
  await switchOrganization(page, null);
  const personal = (await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link').allTextContents()).map((text) => text.trim());
  expect(personal).toEqual(['Home', 'New organization', 'Demo purchase', 'My purchases', 'My payouts', 'Privacy']);
  await context.close();
});
