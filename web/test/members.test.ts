import pg from 'pg';
import type { BrowserContext, Page } from 'playwright-core';
import { gql, knownUser, uniqueEmail, waitUntil } from '@guildhall/testkit';
import type { ParsedMail } from 'mailparser';
import { ownerWithOrganization, PASSWORD, signInAs, switchOrganization } from './browser-steps.js';
import { startDashboard, type Dashboard } from './dashboard-harness.js';

const ORG = 'Members Co';

let dashboard: Dashboard;
let db: pg.Client;
let owner: Awaited<ReturnType<typeof ownerWithOrganization>>;
let maintainer: { email: string };
let billing: { email: string };
let learner: { email: string };
const invitee = uniqueEmail('invitee');
let ownerContext: BrowserContext;
let ownerPage: Page;

/** Someone the org context knows, added by the owner through the API with this role. */
async function addMember(name: string, role: string) {
  const user = await knownUser(dashboard.system, db, name, uniqueEmail(role.toLowerCase()));
  const added = await gql(dashboard.system.gatewayUrl, 'mutation ($input: AddMemberInput!) { addMember(input: $input) { membership { id } userErrors { message } } }', { input: { organizationId: owner.organizationId, email: user.email, role } }, { token: owner.token });
  if (!added.data?.['addMember']?.membership) throw new Error(`addMember ${role}: ${JSON.stringify(added.errors ?? added.data)}`);
  return user;
}

const invitationCount = async () => (await db.query<{ n: number }>('select count(*)::int as n from organization.invitation where organization_id = $1', [owner.organizationId])).rows[0]!.n;
const sentTo = (email: string) => (m: ParsedMail) => JSON.stringify(m.to ?? '').includes(email);
const acceptLinkIn = (m: ParsedMail) => /https?:\/\/\S+\/invitations\/accept\?token=\S+/.exec(m.text ?? '')![0];

/** Signs in, picks the org in the switcher and opens Members from the navigation. */
async function openMembers(page: Page, email: string) {
  await signInAs(page, email);
  await switchOrganization(page, ORG);
  await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Members' }).click();
  await page.getByRole('region', { name: 'Members' }).waitFor();
}

const memberRow = (page: Page, email: string) => page.getByRole('region', { name: 'Members' }).getByRole('row').filter({ hasText: email });

beforeAll(async () => {
  dashboard = await startDashboard();
  db = new pg.Client({ connectionString: dashboard.system.databaseUrl });
  await db.connect();
  owner = await ownerWithOrganization(dashboard, ORG, 'Olivia Owner');
  // verified, as a platform admin would: past the 5-member cap of unverified orgs
  await db.query(`update organization.organization set status = 'ACTIVE' where id = $1`, [owner.organizationId]);
  maintainer = await addMember('Mira Maintainer', 'MAINTAINER');
  billing = await addMember('Bela Billing', 'BILLING_ADMIN');
  learner = await addMember('Lee Learner', 'LEARNER');
  ownerContext = await dashboard.newContext();
  ownerPage = await ownerContext.newPage();
}, 180_000);

afterAll(async () => {
  await db?.end();
  await dashboard?.stop();
});

test('the owner sees every member; their own row says why its role cannot change', async () => {
  await openMembers(ownerPage, owner.email);
  for (const email of [owner.email, maintainer.email, billing.email, learner.email]) await memberRow(ownerPage, email).waitFor();
  const own = memberRow(ownerPage, owner.email);
  expect(await own.getByRole('combobox', { name: /^Role of/ }).isDisabled()).toBe(true);
  await own.getByText('You cannot change your own role.').waitFor();
  expect(await own.getByRole('button', { name: /^Suspend/ }).isDisabled()).toBe(true);
  await own.getByText('You cannot suspend yourself.').waitFor();
  await ownerPage.getByText('Learner seats: 1 / 10').waitFor();
  await dashboard.screenshot(ownerPage, 'members-owner-list');
}, 60_000);

test('a bad email in the single invite is refused under its field and writes nothing', async () => {
  const form = ownerPage.getByRole('form', { name: 'Invite one person' });
  await form.getByLabel('Email', { exact: true }).fill('not-an-email');
  await form.getByRole('button', { name: 'Send invitation' }).click();
  await form.locator('.field-error').first().waitFor();
  expect(await form.getByLabel('Email', { exact: true }).getAttribute('aria-invalid')).toBe('true');
  expect(await invitationCount()).toBe(0);
  await dashboard.screenshot(ownerPage, 'members-invite-error');
}, 60_000);

test('invite one person by email and find them in Invitations', async () => {
  const form = ownerPage.getByRole('form', { name: 'Invite one person' });
  // only roles the owner may grant here: no EXPERT (the org does not host), no SUPPORT (not invitable)
  const offered = await form.getByLabel('Role').locator('option').allTextContents();
  expect(offered).toEqual(['Owner', 'Maintainer', 'Billing admin', 'Manager', 'Learner']);
  await form.getByLabel('Email', { exact: true }).fill(invitee);
  await form.getByLabel('Role').selectOption('LEARNER');
  await form.getByRole('button', { name: 'Send invitation' }).click();
  await form.getByText(`Invitation sent to ${invitee} as Learner.`).waitFor();
  expect(await invitationCount()).toBe(1);
  await form.getByRole('link', { name: 'See invitations' }).click();
  await ownerPage.getByRole('heading', { name: 'Invitations', level: 1 }).waitFor();
  const row = ownerPage.getByRole('region', { name: 'Invitations' }).getByRole('row').filter({ hasText: invitee });
  await row.getByText('Pending').waitFor();
  await dashboard.screenshot(ownerPage, 'members-invitations');
}, 60_000);

test('a CSV file with a good row, a bad email and a duplicate shows a result per row', async () => {
  await ownerPage.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Members' }).click();
  const good = uniqueEmail('bulk');
  const csv = `email,role\n${good},MANAGER\nnot-an-email,LEARNER\n${invitee},LEARNER\n`;
  await ownerPage.getByText('Invite many from a CSV file').click();
  const form = ownerPage.getByRole('form', { name: 'Invite from a CSV file' });
  await form.getByLabel('Choose a .csv file').setInputFiles({ name: 'team.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await form.getByText('3 rows to invite.').waitFor();
  await form.getByRole('button', { name: 'Invite everyone in the file' }).click();
  const results = form.getByRole('region', { name: 'Results of the CSV invitation' });
  await results.waitFor();
  const rows = results.getByRole('row');
  await rows.filter({ hasText: good }).getByText('Invited').waitFor();
  await rows.filter({ hasText: 'not-an-email' }).getByText('Not invited').waitFor();
  await rows.filter({ hasText: invitee }).getByText(/already has a pending invitation/).waitFor();
  await form.getByText('1 of 3 invited.', { exact: false }).waitFor();
  expect(await invitationCount()).toBe(2);
  await dashboard.screenshot(ownerPage, 'members-bulk-results');

  // revoke the bulk one from Invitations, through the confirm step
  await ownerPage.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Invitations' }).click();
  await ownerPage.getByRole('button', { name: `Revoke invitation to ${good}` }).click();
  await ownerPage.getByRole('button', { name: 'Confirm revoke' }).click();
  await ownerPage.getByText(`The invitation for ${good} is revoked`).waitFor();
  expect((await db.query('select status from organization.invitation where email = $1', [good])).rows[0]).toEqual({ status: 'REVOKED' });
}, 60_000);

test("change another member's role and see it in the list", async () => {
  await ownerPage.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Members' }).click();
  const row = memberRow(ownerPage, learner.email);
  await row.getByRole('combobox', { name: 'Role of Lee Learner' }).selectOption('MANAGER');
  await row.getByRole('button', { name: 'Change role of Lee Learner' }).click();
  await ownerPage.getByText('Lee Learner is now Manager.').waitFor();
  await ownerPage.getByText('Learner seats: 0 / 10').waitFor();
  await ownerPage.reload();
  await memberRow(ownerPage, learner.email).waitFor();
  expect(await memberRow(ownerPage, learner.email).getByRole('combobox', { name: 'Role of Lee Learner' }).inputValue()).toBe('MANAGER');
  // the role filter finds them under their new role
  await ownerPage.getByRole('search', { name: 'Filter members' }).getByLabel('Role').selectOption('MANAGER');
  await memberRow(ownerPage, learner.email).waitFor();
  expect(await ownerPage.getByRole('region', { name: 'Members' }).getByRole('row').count()).toBe(2);
  await dashboard.screenshot(ownerPage, 'members-role-changed');
}, 60_000);

test('suspend, reactivate, then remove a member after a confirm step', async () => {
  await ownerPage.getByRole('search', { name: 'Filter members' }).getByLabel('Role').selectOption('');
  const row = () => memberRow(ownerPage, learner.email);
  await row().getByRole('button', { name: 'Suspend Lee Learner' }).click();
  await ownerPage.getByText('Lee Learner is suspended.').waitFor();
  await row().getByText('Suspended').waitFor();
  await row().getByRole('button', { name: 'Reactivate Lee Learner' }).click();
  await ownerPage.getByText('Lee Learner is active again.').waitFor();
  await row().getByRole('button', { name: 'Remove Lee Learner' }).click();
  // nothing happens before the confirmation
  await row().getByRole('group', { name: 'Remove Lee Learner from the organization?' }).waitFor();
  await dashboard.screenshot(ownerPage, 'members-remove-confirm');
  expect((await db.query('select status from organization.membership m join organization.user_directory d on d.user_id = m.user_id where d.email = $1', [learner.email])).rows[0]).toEqual({ status: 'ACTIVE' });
  await row().getByRole('button', { name: 'Confirm removal' }).click();
  await ownerPage.getByText('Lee Learner was removed.').waitFor();
  await row().getByText('Removed').waitFor();
  expect(await row().getByRole('button').count()).toBe(0);
}, 60_000);

test('a MAINTAINER sees that the last OWNER cannot be suspended', async () => {
  const context = await dashboard.newContext();
  const page = await context.newPage();
  await openMembers(page, maintainer.email);
  const ownerRow = memberRow(page, owner.email);
  expect(await ownerRow.getByRole('button', { name: /^Suspend/ }).isDisabled()).toBe(true);
  await ownerRow.getByText('The last active OWNER cannot be suspended.').waitFor();
  expect(await ownerRow.getByRole('combobox', { name: /^Role of/ }).isDisabled()).toBe(true);
  // a MAINTAINER does not grant privileged roles
  const offered = await page.getByRole('form', { name: 'Invite one person' }).getByLabel('Role').locator('option').allTextContents();
  expect(offered).toEqual(['Manager', 'Learner']);
  await dashboard.screenshot(page, 'members-maintainer');
  await context.close();
}, 60_000);

test('a BILLING_ADMIN sees the list but no invite form or row actions', async () => {
  const context = await dashboard.newContext();
  const page = await context.newPage();
  await openMembers(page, billing.email);
  await memberRow(page, owner.email).waitFor();
  expect(await page.getByRole('form', { name: 'Invite one person' }).count()).toBe(0);
  expect(await page.getByRole('form', { name: 'Invite from a CSV file' }).count()).toBe(0);
  expect(await page.getByRole('combobox', { name: /^Role of/ }).count()).toBe(0);
  expect(await page.getByRole('button', { name: /^(Suspend|Remove|Reactivate|Change role)/ }).count()).toBe(0);
  expect(await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Invitations' }).count()).toBe(0);
  await dashboard.screenshot(page, 'members-billing-admin');
  await context.close();
}, 60_000);

test('the invitee signs up from the accept page, accepts and lands in the org', async () => {
  const first = await dashboard.system.mail.waitFor(sentTo(invitee));
  expect(first.text).toContain(ORG);

  // resend from Invitations: the new expiry is shown and a second email carries the new link
  await ownerPage.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Invitations' }).click();
  await ownerPage.getByRole('button', { name: `Resend invitation to ${invitee}` }).click();
  await ownerPage.getByText(`Sent again to ${invitee}; the new link works until`).waitFor();
  await waitUntil(() => dashboard.system.mail.messages.filter(sentTo(invitee)).length >= 2, 10_000, 'the resent invitation');
  const link = acceptLinkIn(dashboard.system.mail.messages.filter(sentTo(invitee)).at(-1)!);

  // someone else signed in: refused with the reason and a way to sign out
  await ownerPage.goto(link);
  await ownerPage.getByRole('button', { name: 'Accept invitation' }).click();
  await ownerPage.getByText(/sent to a different email address/).waitFor();
  await dashboard.screenshot(ownerPage, 'members-accept-wrong-account');
  await ownerPage.getByRole('button', { name: 'Sign out and use another account' }).click();
  await ownerPage.getByRole('link', { name: 'Sign in to accept' }).waitFor();

  const context = await dashboard.newContext();
  const page = await context.newPage();
  await page.goto(acceptLinkIn(first));
  await page.getByText('This invitation link is not valid').waitFor();
  await page.goto(link);
  await page.getByRole('heading', { name: `Join ${ORG}` }).waitFor();
  await page.getByText('Learner', { exact: true }).waitFor();
  await dashboard.screenshot(page, 'members-accept-preview');
  await page.getByRole('link', { name: 'Create an account' }).click();
  await page.waitForURL(/\/sign-up\?returnTo=/);
  await page.getByLabel('Your name').fill('Ivy Invitee');
  await page.getByLabel('Work email').fill(invitee);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(/\/invitations\/accept\?token=/);
  await page.getByText('Signed in as Ivy Invitee').waitFor();
  await page.getByRole('button', { name: 'Accept invitation' }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await page.getByRole('heading', { name: ORG, level: 1 }).waitFor();
  expect(await page.getByLabel('Working in').inputValue()).toBe(owner.organizationId);
  await dashboard.screenshot(page, 'members-accepted-home');
  await context.close();
}, 90_000);

test('at phone size the members page does not scroll sideways', async () => {
  const context = await dashboard.newContext({ width: 390, height: 844 });
  const page = await context.newPage();
  await openMembers(page, maintainer.email);
  await memberRow(page, invitee).waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await dashboard.screenshot(page, 'members-phone');
  await context.close();
}, 60_000);

test('a change made elsewhere shows on the open Members page without reloading', async () => {
  const context = await dashboard.newContext();
  const page = await context.newPage();
  await openMembers(page, owner.email);
  const row = memberRow(page, billing.email);
  await row.getByText('Active').waitFor();
  const found = await gql(dashboard.system.gatewayUrl, 'query ($id: ID!, $email: String) { organization(id: $id) { members(search: $email) { nodes { id } } } }', { id: owner.organizationId, email: billing.email }, { token: owner.token });
  const membershipId = found.data?.['organization'].members.nodes[0].id as string;
  // as another admin's browser (or an IdP over SCIM) would
  const suspended = await gql(dashboard.system.gatewayUrl, 'mutation ($input: MemberInput!) { suspendMember(input: $input) { userErrors { message } } }', { input: { organizationId: owner.organizationId, membershipId } }, { token: owner.token });
  expect(suspended.data?.['suspendMember'].userErrors).toEqual([]);
  await row.getByText('Suspended').waitFor();
  await dashboard.screenshot(page, 'members-live');
  await gql(dashboard.system.gatewayUrl, 'mutation ($input: MemberInput!) { reactivateMember(input: $input) { userErrors { message } } }', { input: { organizationId: owner.organizationId, membershipId } }, { token: owner.token });
  await row.getByText('Active').waitFor();
  await context.close();
});
