import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createOrm } from '@guildhall/kernel';
import { payouts } from '@guildhall/payouts';
import { gql, knownUser, signUp, startSystem, verifiedOrganization, type RunningSystem } from '@guildhall/testkit';

/** One running system per test file, with raw SQL access, payouts' ORM (for the exported functions) and a platform admin. */
export interface PayoutWorld {
  system: RunningSystem;
  db: pg.Pool;
  orm: MikroORM;
  admin: { token: string; userId: string };
}

export function usePayoutSystem(ready: (world: PayoutWorld) => void, options: { servicesEnv?: Record<string, string> } = {}) {
  let world: PayoutWorld | undefined;
  beforeAll(async () => {
    const system = await startSystem(options.servicesEnv ? { servicesEnv: options.servicesEnv } : {});
    const db = new pg.Pool({ connectionString: system.databaseUrl, max: 3 });
    const orm = await createOrm({ schema: 'payouts', databaseUrl: system.databaseUrl, entities: payouts.entities, migrations: payouts.migrations, poolMax: 3 });
    world = { system, db, orm, admin: await platformAdmin(system, db) };
    ready(world);
  }, 120_000);
  afterAll(async () => {
    await world?.orm.close();
    await world?.db.end();
    await world?.system.stop();
  });
}

export const call = (world: PayoutWorld, token: string | null, query: string, variables: Record<string, unknown> = {}) => gql(world.system.gatewayUrl, query, variables, { token });

export const rows = async <T = Record<string, unknown>>(world: PayoutWorld, sql: string, params: unknown[] = []) => (await world.db.query(sql, params)).rows as T[];

/** A platform admin: the flag is set before the session is first used, so no cache holds the old one. */
export async function platformAdmin(system: RunningSystem, db: pg.Pool) {
  const admin = await signUp(system.gatewayUrl, { name: 'Platform Admin' });
  await db.query('update identity."user" set platform_admin = true where id = $1', [admin.userId]);
  return admin;
}

export type Role = 'OWNER' | 'MAINTAINER' | 'BILLING_ADMIN' | 'MANAGER' | 'EXPERT' | 'SUPPORT' | 'LEARNER';
export interface Person {
  token: string;
  userId: string;
  email: string;
}

/** A verified org with one member per requested role; people by role. */
export async function orgWithRoles(world: PayoutWorld, name: string, roles: Role[] = []) {
  const owner = await knownUser(world.system, world.db, `${name} Owner`);
  const org = await verifiedOrganization(world.system, world.db, owner.token, name);
  const members: Partial<Record<Role, Person>> = { OWNER: owner };
  for (const role of roles) {
    const member = await knownUser(world.system, world.db, `${name} ${role}`);
    const added = await call(world, owner.token, 'mutation ($input: AddMemberInput!) { addMember(input: $input) { userErrors { code message } } }', { input: { organizationId: org.id, email: member.email, role } });
    if (added.errors || added.data?.['addMember'].userErrors.length) throw new Error(`addMember ${role}: ${JSON.stringify(added.errors ?? added.data)}`);
    members[role] = member;
  }
  return { org, members: members as Record<Role, Person> };
}

/** An expert: a signed-up person, paid as a USER payee. */
export const expert = (world: PayoutWorld, name: string) => knownUser(world.system, world.db, name);

// --- seeding payouts' tables directly (the lead's flows write them for real) ---

export interface PayeeRef {
  kind: 'ORGANIZATION' | 'USER';
  id: string;
}

/** A settled payment booked for payouts; its whole amount is the payee's share. */
export async function bookedPayment(world: PayoutWorld, payee: PayeeRef, amountMinor: number, currency = 'INR', settledAt = new Date()): Promise<string> {
  const paymentId = randomUUID();
  const host = payee.kind === 'ORGANIZATION';
  await world.db.query(
    `insert into payouts.booked_payment (payment_id, organization_id, kind, currency, amount_minor, host_organization_id, expert_user_id, host_minor, expert_minor, settled_at)
     values ($1, null, 'CONSULTATION', $2, $3, $4, $5, $6, $7, $8)`,
    [paymentId, currency, amountMinor, host ? payee.id : null, host ? null : payee.id, host ? amountMinor : 0, host ? 0 : amountMinor, settledAt],
  );
  return paymentId;
}

export interface EntrySeed {
  kind?: 'EARNING' | 'CLAWBACK';
  paymentId: string;
  refundId?: string | null;
  amountMinor: number;
  currency?: string;
  status: 'HELD' | 'AVAILABLE' | 'IN_PAYOUT' | 'PAID';
  releaseAt?: Date | null;
  payoutId?: string | null;
  createdAt: Date;
}

export async function entry(world: PayoutWorld, payee: PayeeRef, e: EntrySeed): Promise<string> {
  const id = randomUUID();
  const kind = e.kind ?? 'EARNING';
  await world.db.query(
    `insert into payouts.payee_entry (id, payee_kind, payee_id, kind, payment_id, refund_id, amount_minor, currency, status, release_at, payout_id, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12)`,
    [id, payee.kind, payee.id, kind, e.paymentId, kind === 'CLAWBACK' ? (e.refundId ?? randomUUID()) : null, e.amountMinor, e.currency ?? 'INR', e.status, e.releaseAt ?? null, e.payoutId ?? null, e.createdAt],
  );
  return id;
}

export async function payoutAccount(world: PayoutWorld, payee: PayeeRef, currency = 'INR'): Promise<string> {
  const id = randomUUID();
  await world.db.query(
    `insert into payouts.payout_account (id, payee_kind, payee_id, provider, provider_account_id, status, masked_destination, currency)
     values ($1, $2, $3, 'RAZORPAYX', $4, 'VERIFIED', 'HDFC ••••4321', $5)`,
    [id, payee.kind, payee.id, `fa_${id.slice(0, 12)}`, currency],
  );
  return id;
}

export async function batch(world: PayoutWorld, createdAt = new Date()): Promise<string> {
  const id = randomUUID();
  await world.db.query(`insert into payouts.payout_batch (id, period, trigger, created_at) values ($1, $2, 'MANUAL', $3)`, [id, `test-${id}`, createdAt]);
  return id;
}

export interface PayoutSeed {
  accountId: string;
  currency?: string;
  grossMinor: number;
  tdsSection?: '194O' | '194J' | '195';
  tdsRateBps: number;
  status: 'CREATED' | 'PROCESSING' | 'PROCESSED' | 'FAILED' | 'REVERSED';
  failureReason?: string | null;
  createdAt: Date;
  submittedAt?: Date | null;
  completedAt?: Date | null;
}

/** A payout in a batch of its own; TDS floored, net = gross − TDS. */
export async function payout(world: PayoutWorld, payee: PayeeRef, p: PayoutSeed): Promise<{ id: string; tdsMinor: number; netMinor: number }> {
  const id = randomUUID();
  const batchId = await batch(world, p.createdAt);
  const tdsMinor = Math.floor((p.grossMinor * p.tdsRateBps) / 10_000);
  const netMinor = p.grossMinor - tdsMinor;
  await world.db.query(
    `insert into payouts.payout (id, batch_id, payee_kind, payee_id, payout_account_id, provider, currency, gross_minor, tds_section, tds_rate_bps, tds_minor, net_minor,
       status, idempotency_key, failure_reason, created_at, submitted_at, completed_at, updated_at)
     values ($1, $2, $3, $4, $5, 'RAZORPAYX', $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $15)`,
    [id, batchId, payee.kind, payee.id, p.accountId, p.currency ?? 'INR', p.grossMinor, p.tdsSection ?? '194O', p.tdsRateBps, tdsMinor, netMinor, p.status, `payout:${batchId}:${payee.kind}:${payee.id}`, p.failureReason ?? null, p.createdAt, p.submittedAt ?? null, p.completedAt ?? null],
  );
  return { id, tdsMinor, netMinor };
}

/** `2026-11-03 10:00` in India as an instant. */
export const ist = (local: string) => new Date(`${local.replace(' ', 'T')}:00+05:30`);

/** A minimal RFC 4180 reader, to read the CSV back as a spreadsheet would. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || record.length) {
    record.push(cell);
    records.push(record);
  }
  return records;
}
