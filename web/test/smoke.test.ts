import { uniqueEmail } from '@guildhall/testkit';
import { startDashboard, type Dashboard } from './dashboard-harness.js';

let dashboard: Dashboard;
beforeAll(async () => {
  dashboard = await startDashboard();
}, 120_000);
afterAll(() => dashboard?.stop());

test('sign up, create an org, land on its home, sign out', async () => {
  const context = await dashboard.newContext();
  const page = await context.newPage();
  await page.goto('/');
  await page.waitForURL(/\/sign-in/);
  await page.getByRole('link', { name: 'Create an account' }).click();
  await page.getByLabel('Your name').fill('Asha Rao');
  await page.getByLabel('Work email').fill(uniqueEmail('asha'));
  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: 'Welcome, Asha Rao' }).waitFor();
  await page.getByRole('link', { name: 'New organization' }).first().click();
  await page.getByLabel('Organization name').fill('Acme Learning');
  await page.getByRole('button', { name: 'Create organization' }).click();
  await page.getByRole('heading', { name: 'Acme Learning' }).waitFor();
  await page.getByText('Live', { exact: true }).waitFor();
  await dashboard.screenshot(page, 'smoke-home');

  // sign out ends the session: the dashboard asks to sign in again
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(/\/sign-in/);
  await page.goto('/members');
  await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('returnTo') === '/members');
  expect((await context.cookies()).filter((cookie) => cookie.name === 'gh_session')).toEqual([]);
  await context.close();
});
