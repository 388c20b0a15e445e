import pg from 'pg';
import type { Page } from 'playwright-core';
import { createOrganization, gql, knownUser, signUp, uniqueEmail } from '@guildhall/testkit';
import type { Dashboard } from './dashboard-harness.js';

export const PASSWORD = 'correct horse battery';

/** Signs a person in through the dashboard's sign-in page (email first, then the password). */
export async function signInAs(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Work email').fill(email);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in with password' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** Picks an org (or "Personal") in the header's switcher; its option reads "<name> (<Role>)". */
export async function switchOrganization(page: Page, name: string | null): Promise<void> {
  const switcher = page.getByLabel('Working in');
  if (name === null) await switcher.selectOption({ label: 'Personal' });
  else {
    const option = switcher.locator('option', { hasText: `${name} (` });
    await switcher.selectOption({ label: (await option.first().textContent())!.trim() });
  }
  await page.waitForURL((url) => url.pathname === '/');
}

/** A new account and an org it owns, made through the API (fast), ready to sign in with. */
export async function ownerWithOrganization(dashboard: Dashboard, orgName = 'Acme Learning', name = 'Asha Rao') {
  const email = uniqueEmail('owner');
  const owner = await signUp(dashboard.system.gatewayUrl, { email, password: PASSWORD, name });
  const organization = await createOrganization(dashboard.system.gatewayUrl, owner.token, orgName);
  return { email, token: owner.token, userId: owner.userId, organizationId: organization.id };
}

/** Another person, added to the org with this role through the API by its owner; signs in with PASSWORD. */
export async function memberWithRole(dashboard: Dashboard, ownerToken: string, organizationId: string, role: string, name = `${role.toLowerCase()} member`) {
  const db = new pg.Client({ connectionString: dashboard.system.databaseUrl });
  await db.connect();
  try {
    const user = await knownUser(dashboard.system, db, name, uniqueEmail(role.toLowerCase()));
    const added = await gql(dashboard.system.gatewayUrl, 'mutation ($input: AddMemberInput!) { addMember(input: $input) { membership { id } userErrors { code message } } }', { input: { organizationId, email: user.email, role } }, { token: ownerToken });
    const membershipId = added.data?.['addMember']?.membership?.id as string | undefined;
    if (!membershipId) throw new Error(`addMember ${role} failed: ${JSON.stringify(added.errors ?? added.data)}`);
    return { ...user, membershipId };
  } finally {
    await db.end();
  }
}
