import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createOrm } from '@guildhall/kernel';
import { billing, findLedgerFindings } from '@guildhall/billing';
import { gql, knownUser, signUp, startSystem, verifiedOrganization, waitUntil, type RunningSystem } from '@guildhall/testkit';

/** Builds billing states through the public graph, the way org admins and buyers do. */
export interface BillingWorld {
  system: RunningSystem;
  db: pg.Pool;
  orm: MikroORM;
}

export async function openWorld(system: RunningSystem, poolMax = 5): Promise<BillingWorld> {
  const db = new pg.Pool({ connectionString: system.databaseUrl, max: 3 });
  const orm = await createOrm({ schema: 'billing', databaseUrl: system.databaseUrl, entities: billing.entities, migrations: billing.migrations, poolMax });
  return { system, db, orm };
}

export const closeWorld = async (world: BillingWorld | undefined) => {
  await world?.orm.close();
  await world?.db.end();
};

export interface BillingSystem {
  system: RunningSystem;
  world: BillingWorld;
  admin: { token: string; userId: string };
}

/** One system per test file, with a platform admin, handed to `ready` once it runs; `hosting` lets orgs host experts (FEATURE_HOST_ORGS). */
export function useBillingSystem(ready: (started: BillingSystem) => void, options: { hosting?: boolean; poolMax?: number } = {}) {
  let started: BillingSystem | undefined;
  beforeAll(async () => {
    const system = await startSystem(options.hosting ? { servicesEnv: { FEATURE_HOST_ORGS: 'true' } } : {});
    const world = await openWorld(system, options.poolMax);
    started = { system, world, admin: await platformAdmin(world) };
    ready(started);
  }, 120_000);
  afterAll(async () => {
    await closeWorld(started?.world);
    await started?.system.stop();
  });
}

export const key = () => randomUUID();

export async function call(world: BillingWorld, token: string, query: string, variables: Record<string, unknown> = {}) {
  return gql(world.system.gatewayUrl, query, variables, { token });
}

export type Role = 'OWNER' | 'MAINTAINER' | 'BILLING_ADMIN' | 'MANAGER' | 'EXPERT' | 'SUPPORT' | 'LEARNER';

/** A verified org with one member per requested role; tokens by role. */
export async function orgWithRoles(world: BillingWorld, name: string, roles: Role[] = []) {
  const owner = await knownUser(world.system, world.db, `${name} Owner`);
  const org = await verifiedOrganization(world.system, world.db, owner.token, name);
  const members: Record<string, { token: string; userId: string; email: string }> = { OWNER: owner };
  for (const role of roles) {
    const member = await knownUser(world.system, world.db, `${name} ${role}`);
    const added = await call(world, owner.token, 'mutation ($input: AddMemberInput!) { addMember(input: $input) { userErrors { code message } } }', { input: { organizationId: org.id, email: member.email, role } });
    if (added.errors || added.data?.['addMember'].userErrors.length) throw new Error(`addMember ${role}: ${JSON.stringify(added.errors ?? added.data)}`);
    members[role] = member;
  }
  await waitForAccount(world, org.id);
  return { org, members: members as Record<Role, { token: string; userId: string; email: string }> };
}

/** The billing account opens from organization.created, through the outbox. */
export async function waitForAccount(world: BillingWorld, organizationId: string) {
  for (let i = 0; i < 100; i++) {
    const { rowCount } = await world.db.query('select 1 from billing.billing_account where organization_id = $1', [organizationId]);
    if (rowCount) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the billing account did not open');
}

/** A platform admin: the flag is set before the session is first used, so no cache holds the old one. */
export async function platformAdmin(world: BillingWorld) {
  const admin = await signUp(world.system.gatewayUrl, { name: 'Platform Admin' });
  await world.db.query('update identity."user" set platform_admin = true where id = $1', [admin.userId]);
  return admin;
}

export const SET_MODE = 'mutation ($input: UpdateBillingSettingsInput!) { updateBillingSettings(input: $input) { billingAccount { mode fundingMode spendingRoles } userErrors { code field message } } }';
export const GRANT = 'mutation ($input: GrantCreditsInput!) { grantCredits(input: $input) { userErrors { code message } } }';
export const CHECKOUT = `mutation ($input: CheckoutInput!) { checkout(input: $input) {
  payment { id status payerKind funding organizationId amount { amountMinor currency } refunded { amountMinor } }
  nextAction { provider orderId clientSecret publicKey testCheckoutUrl } replayed userErrors { code field message } } }`;
export const BALANCES = `query ($id: ID!) { billingAccount(organizationId: $id) { mode creditBalance { amountMinor } unbilledCharges { amountMinor } creditLimit { amountMinor } } }`;

export async function setMode(world: BillingWorld, token: string, organizationId: string, mode: string) {
  const r = await call(world, token, SET_MODE, { input: { organizationId, mode } });
  if (r.errors || r.data?.['updateBillingSettings'].userErrors.length) throw new Error(`set mode: ${JSON.stringify(r.errors ?? r.data)}`);
}

export async function grant(world: BillingWorld, adminToken: string, organizationId: string, amountMinor: number) {
  const r = await call(world, adminToken, GRANT, { input: { organizationId, amountMinor, reason: 'test credits', idempotencyKey: key() } });
  if (r.errors || r.data?.['grantCredits'].userErrors.length) throw new Error(`grant: ${JSON.stringify(r.errors ?? r.data)}`);
}

export const purchase = (overrides: Record<string, unknown> = {}) => ({
  idempotencyKey: key(),
  kind: 'CONSULTATION',
  reference: `booking-${randomUUID().slice(0, 8)}`,
  amountMinor: 150_000,
  currency: 'INR',
  payeeId: 'expert-1',
  ...overrides,
});

export async function balances(world: BillingWorld, token: string, organizationId: string) {
  const r = await call(world, token, BALANCES, { id: organizationId });
  const a = r.data?.['billingAccount'];
  if (!a) throw new Error(`balances: ${JSON.stringify(r.errors)}`);
  return { mode: a.mode as string, credits: a.creditBalance.amountMinor as number, unbilled: a.unbilledCharges.amountMinor as number, limit: a.creditLimit.amountMinor as number };
}

export async function ledgerFindings(world: BillingWorld) {
  return findLedgerFindings(world.orm.em.fork() as never);
}

export const rows = async (world: BillingWorld, sql: string, params: unknown[] = []) => (await world.db.query(sql, params)).rows;

// --- host orgs, rate cards and contracts ---

const SET_CAPABILITIES = 'mutation ($input: SetCapabilitiesInput!) { setOrganizationCapabilities(input: $input) { userErrors { code field message } } }';

/** An OWNER makes the org a host (and keeps it a sponsor); billing learns it from the relayed event. */
export async function makeHost(world: BillingWorld, ownerToken: string, organizationId: string) {
  const r = await call(world, ownerToken, SET_CAPABILITIES, { input: { organizationId, canSponsor: true, canHost: true } });
  if (r.errors || r.data?.['setOrganizationCapabilities'].userErrors.length) throw new Error(`setOrganizationCapabilities: ${JSON.stringify(r.errors ?? r.data)}`);
  await waitUntil(async () => (await rows(world, 'select can_host from billing.billing_account where organization_id = $1', [organizationId]))[0]?.can_host === true, 10_000, 'billing to see the org host');
}

/** A host org (canHost) with one member per requested role, EXPERT allowed. */
export async function hostOrgWithRoles(world: BillingWorld, name: string, roles: Role[] = []) {
  const { org, members } = await orgWithRoles(world, name);
  await makeHost(world, members.OWNER.token, org.id);
  for (const role of roles) {
    const member = await knownUser(world.system, world.db, `${name} ${role}`);
    const added = await call(world, members.OWNER.token, 'mutation ($input: AddMemberInput!) { addMember(input: $input) { userErrors { code message } } }', { input: { organizationId: org.id, email: member.email, role } });
    if (added.errors || added.data?.['addMember'].userErrors.length) throw new Error(`addMember ${role}: ${JSON.stringify(added.errors ?? added.data)}`);
    members[role] = member;
    await waitForBillingMember(world, org.id, member.userId);
  }
  return { org, members };
}

/** Billing's projection of memberships follows organization's events. */
export async function waitForBillingMember(world: BillingWorld, organizationId: string, userId: string, status = 'ACTIVE') {
  await waitUntil(
    async () => (await rows(world, 'select status from billing.member where organization_id = $1 and user_id = $2', [organizationId, userId]))[0]?.status === status,
    10_000,
    `member ${userId} ${status} in billing`,
  );
}

/** The outbox rows of one type about an aggregate, oldest first. */
export const outboxOf = (world: BillingWorld, type: string, aggregateId: string) =>
  rows(world, `select organization_id, payload from billing.outbox where type = $1 and aggregate_id = $2 order by seq`, [type, aggregateId]) as Promise<{ organization_id: string; payload: Record<string, unknown> }[]>;
