import { randomBytes } from 'node:crypto';
import { gql, waitUntil } from './graphql-client.js';

/** Black-box helpers that build state through the public graph, the way users do. */
export const uniqueEmail = (label = 'user') => `${label}-${randomBytes(5).toString('hex')}@example.test`;

export async function signUp(gatewayUrl: string, input: { email?: string; password?: string; name?: string } = {}) {
  const email = input.email ?? uniqueEmail();
  const response = await gql(
    gatewayUrl,
    `mutation ($input: SignUpInput!) { signUp(input: $input) { user { id name } sessionToken userErrors { code field message } } }`,
    { input: { email, password: input.password ?? 'correct horse battery', name: input.name ?? 'Test User', deliverToken: true } },
  );
  const payload = response.data?.['signUp'];
  if (!payload?.sessionToken) throw new Error(`signUp failed: ${JSON.stringify(response.errors ?? payload?.userErrors)}`);
  return { email, token: payload.sessionToken as string, userId: payload.user.id as string };
}

export async function createOrganization(gatewayUrl: string, token: string, name = 'Acme Learning') {
  const response = await gql(
    gatewayUrl,
    `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id name slug } userErrors { code field message } } }`,
    { input: { name } },
    { token },
  );
  const organization = response.data?.['createOrganization']?.organization;
  if (!organization) throw new Error(`createOrganization failed: ${JSON.stringify(response.errors ?? response.data)}`);
  return organization as { id: string; name: string; slug: string };
}

interface Queryable {
  query(sql: string, params?: unknown[]): Promise<{ rowCount: number | null; rows: unknown[] }>;
}

/**
 * A signed-up user whom the organization context already knows (its user directory is fed by identity's
 * event), so an admin can add them by email at once.
 */
export async function knownUser(system: { gatewayUrl: string }, db: Queryable, name: string, email?: string) {
  const user = await signUp(system.gatewayUrl, { name, ...(email ? { email } : {}) });
  await waitUntil(async () => (await db.query('select 1 from organization.user_directory where user_id = $1', [user.userId])).rowCount === 1, 10_000, `${name} in the user directory`);
  return user;
}

/** An org as if a platform admin had verified it (ACTIVE: past the cap on unverified orgs). */
export async function verifiedOrganization(system: { gatewayUrl: string }, db: Queryable, ownerToken: string, name: string) {
  const org = await createOrganization(system.gatewayUrl, ownerToken, name);
  await db.query(`update organization.organization set status = 'ACTIVE' where id = $1`, [org.id]);
  return org;
}
