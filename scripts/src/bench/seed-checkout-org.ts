import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { gql, signUp, waitUntil } from '@guildhall/testkit';
import { seedBenchOrg } from './seed-bench-org.js';

const ACCOUNT = `query ($id: ID!) { billingAccount(organizationId: $id) { mode currency creditBalance { amountMinor } } }`;
const SET_MODE = `mutation ($input: UpdateBillingSettingsInput!) { updateBillingSettings(input: $input) { userErrors { code message } } }`;
const GRANT = `mutation ($input: GrantCreditsInput!) { grantCredits(input: $input) { userErrors { code message } } }`;

export interface CreditAccount {
  mode: string;
  currency: string;
  credits: number;
}

/**
 * A SEAT_PACK org whose `learners` LEARNERs (each with a session) spend its credits. The credits are
 * granted by a platform admin through grantCredits, so they are in the ledger like any others.
 */
export async function seedCheckoutOrg(gatewayUrl: string, databaseUrl: string, options: { learners: number; credits: number }) {
  const { owner, org, members } = await seedBenchOrg(gatewayUrl, databaseUrl, options.learners + 1, 'LEARNER');
  // the account opens from organization.created, relayed by the worker
  await waitUntil(async () => (await creditAccount(gatewayUrl, owner.token, org.id)) !== null, 30_000, 'the billing account to open');
  await mutate(gatewayUrl, owner.token, SET_MODE, 'updateBillingSettings', { organizationId: org.id, mode: 'SEAT_PACK' });
  const admin = await platformAdmin(gatewayUrl, databaseUrl);
  await mutate(gatewayUrl, admin.token, GRANT, 'grantCredits', { organizationId: org.id, amountMinor: options.credits, reason: 'bench credits', idempotencyKey: randomUUID() });
  const account = (await creditAccount(gatewayUrl, owner.token, org.id))!;
  if (account.mode !== 'SEAT_PACK' || account.credits !== options.credits) throw new Error(`the bench org is not set up: ${JSON.stringify(account)}`);
  return { owner, org, buyers: members, currency: account.currency };
}

/** The org's billing account as its owner sees it; null until it opens. */
export async function creditAccount(gatewayUrl: string, token: string, organizationId: string): Promise<CreditAccount | null> {
  const r = await gql(gatewayUrl, ACCOUNT, { id: organizationId }, { token });
  const account = r.data?.['billingAccount'];
  if (r.errors || !account) return null;
  return { mode: account.mode, currency: account.currency, credits: account.creditBalance.amountMinor };
}

/** There is no way to become one through the graph: the flag is set before the session is first used, so no cache holds the old principal. */
async function platformAdmin(gatewayUrl: string, databaseUrl: string) {
  const admin = await signUp(gatewayUrl, { name: 'Bench Platform Admin' });
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query('update identity."user" set platform_admin = true where id = $1', [admin.userId]);
  } finally {
    await db.end();
  }
  return admin;
}

async function mutate(gatewayUrl: string, token: string, query: string, field: string, input: Record<string, unknown>) {
  const r = await gql(gatewayUrl, query, { input }, { token });
  if (r.errors || r.data?.[field]?.userErrors.length) throw new Error(`${field} failed: ${JSON.stringify(r.errors ?? r.data)}`);
}
