import pg from 'pg';
import type { Page } from 'playwright-core';
import { gql, knownUser, waitUntil } from '@guildhall/testkit';
import { startDashboard, type Dashboard } from './dashboard-harness.js';
import { ownerWithOrganization, signInAs, switchOrganization } from './browser-steps.js';

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

const ORG = 'Acme Learning';

/** The audit log as the API serves it: entries are recorded by the worker, a moment after the change. */
async function auditActions(token: string, organizationId: string): Promise<string[]> {
  const response = await gql(dashboard.system.gatewayUrl, 'query ($id: ID!) { organization(id: $id) { auditLog(first: 50) { nodes { action } } } }', { id: organizationId }, { token });
  return ((response.data?.['organization']?.auditLog?.nodes ?? []) as { action: string }[]).map((node) => node.action);
}

async function addMember(token: string, organizationId: string, email: string, role: string) {
  const response = await gql(
    dashboard.system.gatewayUrl,
    'mutation ($input: AddMemberInput!) { addMember(input: $input) { membership { id } userErrors { code message } } }',
    { input: { organizationId, email, role } },
    { token },
  );
  const payload = response.data?.['addMember'];
  if (!payload?.membership) throw new Error(`addMember failed: ${JSON.stringify(response.errors ?? payload?.userErrors)}`);
  return payload.membership.id as string;
}

async function updateOrganization(token: string, organizationId: string, timezone: string) {
  const response = await gql(
    dashboard.system.gatewayUrl,
    'mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { userErrors { code message } } }',
    { input: { organizationId, timezone } },
    { token },
  );
  expect(response.data?.['updateOrganization']?.userErrors).toEqual([]);
}

const entries = (page: Page) => page.getByRole('list', { name: 'Audit entries' }).locator(':scope > li');

test('audit log: entries, a category filter in the URL, the CSV export and live entries', async () => {
  const owner = await ownerWithOrganization(dashboard, ORG);
  const manager = await knownUser(dashboard.system, db, 'Manu Manager');
  const managerMembership = await addMember(owner.token, owner.organizationId, manager.email, 'MANAGER');
  await waitUntil(async () => {
    const actions = await auditActions(owner.token, owner.organizationId);
    return actions.includes('ORGANIZATION_CREATED') && actions.includes('MEMBER_ADDED');
  }, 15_000, 'the org’s first audit entries');

  const context = await dashboard.newContext();
  const page = await context.newPage();
  await signInAs(page, owner.email);
  await switchOrganization(page, ORG);
  await page.getByRole('link', { name: 'Audit log' }).click();
  await page.getByRole('heading', { name: 'Audit log' }).waitFor();
  await entries(page).filter({ hasText: 'Organization created' }).first().waitFor();
  await entries(page).filter({ hasText: 'Member added' }).first().waitFor();
  await dashboard.screenshot(page, 'audit-list');

  // a category narrows the list, and the view is in the address
  await page.getByLabel('Category').selectOption('MEMBER');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await page.waitForURL(/[?&]category=MEMBER/);
  await waitUntil(async () => (await entries(page).filter({ hasText: 'Organization created' }).count()) === 0, 10_000, 'the filtered list');
  await entries(page).filter({ hasText: 'Member added' }).first().waitFor();
  expect(await entries(page).evaluateAll((items) => items.every((item) => item.textContent?.includes('Member')))).toBe(true);
  // reloading keeps the filter
  await page.reload();
  expect(await page.getByLabel('Category').inputValue()).toBe('MEMBER');
  await entries(page).filter({ hasText: 'Member added' }).first().waitFor();
  await dashboard.screenshot(page, 'audit-filtered');

  // the CSV carries the filter and downloads with the session cookie, through the dashboard's origin
  const href = await page.getByRole('link', { name: 'Export CSV' }).getAttribute('href');
  expect(href).toMatch(/^\/exports\/audit-log\.csv\?/);
  expect(href).toContain(`organizationId=${owner.organizationId}`);
  expect(href).toContain('category=MEMBER');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export CSV' }).click()]);
  const csv = await page.request.get(href!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const lines = (await csv.text()).trim().split(/\r?\n/);
  expect(lines[0]).toBe('occurred_at,category,action,actor_type,actor_id,target_type,target_id,changes,ip,user_agent,entry_id');
  expect(lines.slice(1).some((line) => line.split(',')[1] === 'MEMBER' && line.split(',')[2] === 'MEMBER_ADDED')).toBe(true);
  expect(lines.some((line) => line.includes('ORGANIZATION_CREATED'))).toBe(false);
  expect(download.suggestedFilename()).toBe(`audit-log-${owner.organizationId}.csv`);

  // live: a change made elsewhere appears on top without a reload, when it matches the filters
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await page.waitForURL((url) => url.pathname === '/audit' && !url.search);
  await entries(page).filter({ hasText: 'Organization created' }).first().waitFor();
  await page.getByText('Live', { exact: true }).waitFor();
  await updateOrganization(owner.token, owner.organizationId, 'Asia/Kolkata');
  // other entries may arrive live meanwhile (the CSV downloads are audited too): it is among the new ones on top
  const fresh = entries(page).filter({ hasText: 'Organization updated' });
  await fresh.waitFor({ timeout: 20_000 });
  expect(await fresh.getByText('New', { exact: true }).count()).toBe(1);
  expect(await entries(page).first().getByText('New', { exact: true }).count()).toBe(1);

  // a role change carries its diff: the changes open from the keyboard
  const changed = await gql(
    dashboard.system.gatewayUrl,
    'mutation ($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { userErrors { code message } } }',
    { input: { organizationId: owner.organizationId, membershipId: managerMembership, role: 'SUPPORT' } },
    { token: owner.token },
  );
  expect(changed.data?.['changeMemberRole']?.userErrors).toEqual([]);
  const roleChange = entries(page).filter({ hasText: 'Role changed' });
  await roleChange.waitFor({ timeout: 20_000 });
  await roleChange.locator('summary').focus();
  await page.keyboard.press('Enter');
  const diff = roleChange.getByRole('table');
  await diff.waitFor();
  expect(await diff.textContent()).toMatch(/MANAGER.*SUPPORT/);
  await dashboard.screenshot(page, 'audit-live');
  // the same view on a phone
  await page.setViewportSize({ width: 390, height: 844 });
  await dashboard.screenshot(page, 'audit-phone');
  await page.setViewportSize({ width: 1280, height: 900 });

  // an action's own link narrows the view to it
  await roleChange.getByRole('link', { name: 'Only ROLE_CHANGED entries' }).click();
  await page.waitForURL(/[?&]action=ROLE_CHANGED/);
  await waitUntil(async () => (await entries(page).count()) === 1, 10_000, 'only the role change');

  // keyset paging: more than a page of entries, the rest behind "Load more"
  for (let i = 0; i < 30; i += 1) await updateOrganization(owner.token, owner.organizationId, i % 2 ? 'Asia/Kolkata' : 'Asia/Dubai');
  await waitUntil(async () => (await auditActions(owner.token, owner.organizationId)).filter((a) => a === 'ORGANIZATION_UPDATED').length >= 31, 20_000, 'thirty more entries');
  await page.goto('/audit?action=ORGANIZATION_UPDATED');
  await page.getByRole('button', { name: 'Load more' }).waitFor();
  expect(await entries(page).count()).toBe(25);
  await page.getByRole('button', { name: 'Load more' }).click();
  await waitUntil(async () => (await entries(page).count()) === 31, 10_000, 'the second page');
  expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);

  await dashboard.screenshot(page, 'audit-paged');
  await context.close();
}, 120_000);

test('privacy: a data export with progress and its link, the 24-hour rule, and a LEARNER’s view with an erasure request', async () => {
  const owner = await ownerWithOrganization(dashboard, ORG);
  const learner = await knownUser(dashboard.system, db, 'Lena Learner');
  await addMember(owner.token, owner.organizationId, learner.email, 'LEARNER');

  const context = await dashboard.newContext();
  const page = await context.newPage();
  await signInAs(page, owner.email);
  await switchOrganization(page, ORG);
  await page.getByRole('link', { name: 'Privacy' }).click();
  await page.getByRole('heading', { name: 'Privacy' }).waitFor();
  await page.getByText('No exports yet.').waitFor();
  await page.getByRole('button', { name: 'Request a data export' }).click();
  await page.getByText('Export requested', { exact: false }).or(page.getByText('Your export is ready')).first().waitFor();
  // progress while the contexts write their parts (the bar, or already the link when the worker was quicker)
  const downloadLink = page.getByRole('link', { name: /Download export/ });
  await page.getByRole('progressbar').or(downloadLink).first().waitFor();
  await dashboard.screenshot(page, 'privacy-export-progress');
  await downloadLink.waitFor({ timeout: 30_000 });
  const link = await downloadLink.getAttribute('href');
  expect(link).toMatch(/^\/data-exports\//);
  const bundle = await page.request.get(link!);
  expect(bundle.status()).toBe(200);
  expect((await bundle.json()) as { organizationId: string }).toMatchObject({ schemaVersion: 1, organizationId: owner.organizationId });
  await dashboard.screenshot(page, 'privacy-export-ready');

  // one per 24 hours: the second is refused with the server's sentence, under the button
  await page.getByRole('button', { name: 'Request a data export' }).click();
  await page.getByRole('alert').filter({ hasText: 'less than a day ago' }).waitFor();
  await dashboard.screenshot(page, 'privacy-export-refused');

  // the personal context: no org to export, the person's own erasure still there
  await switchOrganization(page, null);
  await page.getByRole('link', { name: 'Privacy' }).click();
  await page.getByText('switch to one where you are an Owner or Billing admin').waitFor();
  expect(await page.getByRole('button', { name: 'Request a data export' }).count()).toBe(0);
  await page.getByLabel('Type ERASE to confirm').waitFor();
  await dashboard.screenshot(page, 'privacy-personal');
  await context.close();

  // a LEARNER: no audit log, no export controls, but their own erasure request
  const learnerContext = await dashboard.newContext({ width: 390, height: 844 });
  const learnerPage = await learnerContext.newPage();
  await signInAs(learnerPage, learner.email);
  await switchOrganization(learnerPage, ORG);
  expect(await learnerPage.getByRole('link', { name: 'Audit log' }).count()).toBe(0);
  await learnerPage.goto('/audit');
  await learnerPage.getByText('does not include this page').waitFor();
  await dashboard.screenshot(learnerPage, 'audit-learner');
  await learnerPage.getByRole('link', { name: 'Privacy' }).click();
  await learnerPage.getByText('can be asked for by an Owner or Billing admin').waitFor();
  expect(await learnerPage.getByRole('button', { name: 'Request a data export' }).count()).toBe(0);

  const erase = learnerPage.getByRole('button', { name: 'Request erasure' });
  expect(await erase.isDisabled()).toBe(true);
  await learnerPage.getByLabel('Type ERASE to confirm').fill('ERASE');
  await erase.click();
  await learnerPage.getByRole('region', { name: 'Your erasure request' }).getByText('Pending', { exact: true }).waitFor();
  await learnerPage.getByText('Your erasure request is recorded.').waitFor();
  const stored = await gql(dashboard.system.gatewayUrl, '{ myErasureRequest { status } }', {}, { token: learner.token });
  expect(stored.data?.['myErasureRequest']).toEqual({ status: 'PENDING' });
  await dashboard.screenshot(learnerPage, 'privacy-erasure-pending');
  await learnerContext.close();
}, 150_000);
