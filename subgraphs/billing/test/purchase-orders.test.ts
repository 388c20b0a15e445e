import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createOrm, UserErrorsThrown } from '@guildhall/kernel';
import { billing } from '@guildhall/billing';
import { gql, knownUser, startSystem, verifiedOrganization, waitUntil, type GraphQLResponse, type RunningSystem } from '@guildhall/testkit';
import { drawPurchaseOrder, restorePurchaseOrder, type DrawRequest } from '../src/usecases/purchase-orders.js';

/**
 * Purchase orders through the real gateway (who may create, cancel and see them), and the draw and
 * restore that checkout and refunds call, straight against the database.
 */
let system: RunningSystem;
let db: pg.Pool;
let orm: MikroORM;

beforeAll(async () => {
  system = await startSystem();
  db = new pg.Pool({ connectionString: system.databaseUrl, max: 3 });
  // room for the concurrent draws below to really run at once
  orm = await createOrm({ schema: 'billing', databaseUrl: system.databaseUrl, entities: billing.entities, migrations: billing.migrations, poolMax: 20 });
}, 120_000);
afterAll(async () => {
  await orm?.close();
  await db?.end();
  await system?.stop();
});

const count = async (sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows[0].n as number;
const poEvents = (organizationId: string) =>
  db.query(`select payload->>'change' as change from billing.outbox where type = 'billing.purchase-order.changed' and organization_id = $1 order by seq`, [organizationId]).then((r) => r.rows.map((row) => row.change as string));

describe('purchase orders through the graph', () => {
  type Role = 'OWNER' | 'BILLING_ADMIN' | 'MAINTAINER' | 'MANAGER' | 'LEARNER';
  const tokens = {} as Record<Role, string>;
  let orgId: string;
  let otherOwner: string;
  let otherOrgId: string;

  beforeAll(async () => {
    const owner = await knownUser(system, db, 'PO Owner');
    tokens.OWNER = owner.token;
    orgId = (await verifiedOrganization(system, db, owner.token, 'PO Org')).id;
    for (const role of ['BILLING_ADMIN', 'MAINTAINER', 'MANAGER', 'LEARNER'] as const) {
      const member = await knownUser(system, db, role);
      const added = await gql(system.gatewayUrl, 'mutation ($input: AddMemberInput!) { addMember(input: $input) { userErrors { code } } }', { input: { organizationId: orgId, email: member.email, role } }, { token: owner.token });
      expect(added.data?.['addMember'].userErrors).toEqual([]);
      tokens[role] = member.token;
    }
    const other = await knownUser(system, db, 'Other Owner');
    otherOwner = other.token;
    otherOrgId = (await verifiedOrganization(system, db, other.token, 'Other PO Org')).id;
    // BillingAccount.purchaseOrders needs the account the worker opens for every new org
    await waitUntil(async () => (await count('select count(*)::int as n from billing.billing_account where organization_id = $1', [orgId])) === 1);
  }, 120_000);

  const PO_FIELDS = 'purchaseOrder { id number amount { amountMinor currency } remaining { amountMinor currency } validFrom validUntil status createdAt } userErrors { code field message }';
  const input = (overrides: Record<string, unknown> = {}) => ({ organizationId: orgId, number: `PO-${randomUUID().slice(0, 8)}`, amountMinor: 50_000_00, currency: 'INR', validFrom: '2026-01-01', validUntil: '2099-12-31', ...overrides });
  const create = (token: string, values: Record<string, unknown>) =>
    gql(system.gatewayUrl, `mutation ($input: CreatePurchaseOrderInput!) { r: createPurchaseOrder(input: $input) { ${PO_FIELDS} } }`, { input: values }, { token });
  const cancel = (token: string, organizationId: string, purchaseOrderId: string) =>
    gql(system.gatewayUrl, `mutation ($input: CancelPurchaseOrderInput!) { r: cancelPurchaseOrder(input: $input) { ${PO_FIELDS} } }`, { input: { organizationId, purchaseOrderId } }, { token });
  const list = (token: string, organizationId: string, status?: string) =>
    gql(system.gatewayUrl, `query ($id: ID!, $status: PurchaseOrderStatus) { billingAccount(organizationId: $id) { purchaseOrders(status: $status) { id number status } } }`, { id: organizationId, status }, { token });
  const topCode = (r: GraphQLResponse) => r.errors?.[0]?.extensions?.code;
  const codes = (r: GraphQLResponse) => (r.data?.['r'].userErrors as { code: string; field: string[] }[]).map((e) => `${e.code} ${e.field.join('.')}`);
  const poRows = (organizationId: string) => count('select count(*)::int as n from billing.purchase_order where organization_id = $1', [organizationId]);

  it('lets an OWNER and a BILLING_ADMIN create and cancel, and records each change', async () => {
    for (const role of ['OWNER', 'BILLING_ADMIN'] as const) {
      const created = await create(tokens[role], input({ number: `  ${role}-1  `, amountMinor: 12_345 }));
      expect(created.errors).toBeUndefined();
      const po = created.data?.['r'].purchaseOrder;
      expect(po).toMatchObject({ number: `${role}-1`, amount: { amountMinor: 12_345, currency: 'INR' }, remaining: { amountMinor: 12_345, currency: 'INR' }, validFrom: '2026-01-01', validUntil: '2099-12-31', status: 'ACTIVE' });
      const cancelled = await cancel(tokens[role], orgId, po.id);
      expect(cancelled.data?.['r']).toMatchObject({ purchaseOrder: { id: po.id, status: 'CANCELLED', remaining: { amountMinor: 12_345 } }, userErrors: [] });
      // a cancelled one cannot be cancelled again
      expect(codes(await cancel(tokens[role], orgId, po.id))).toEqual(['CONFLICT input.purchaseOrderId']);
    }
    expect(await poEvents(orgId)).toEqual(['created', 'cancelled', 'created', 'cancelled']);
  });

  it('refuses a MAINTAINER and a LEARNER, and writes nothing', async () => {
    const po = (await create(tokens.OWNER, input())).data?.['r'].purchaseOrder;
    const before = await poRows(orgId);
    for (const role of ['MAINTAINER', 'LEARNER'] as const) {
      expect(topCode(await create(tokens[role], input()))).toBe('FORBIDDEN');
      expect(topCode(await cancel(tokens[role], orgId, po.id))).toBe('FORBIDDEN');
    }
    expect(await poRows(orgId)).toBe(before);
    expect((await list(tokens.OWNER, orgId, 'ACTIVE')).data?.['billingAccount'].purchaseOrders.map((p: { id: string }) => p.id)).toContain(po.id);
  });

  it('shows the list to finance-read roles, filtered by status, and to no one else', async () => {
    const created = (await create(tokens.OWNER, input({ number: 'LISTED-1' }))).data?.['r'].purchaseOrder;
    for (const role of ['OWNER', 'BILLING_ADMIN', 'MAINTAINER', 'MANAGER'] as const) {
      const active = await list(tokens[role], orgId, 'ACTIVE');
      expect(active.errors).toBeUndefined();
      expect(active.data?.['billingAccount'].purchaseOrders).toContainEqual({ id: created.id, number: 'LISTED-1', status: 'ACTIVE' });
    }
    const cancelledOnly = (await list(tokens.OWNER, orgId, 'CANCELLED')).data?.['billingAccount'].purchaseOrders as { status: string }[];
    expect(cancelledOnly.length).toBeGreaterThan(0);
    expect(new Set(cancelledOnly.map((p) => p.status))).toEqual(new Set(['CANCELLED']));
    expect(topCode(await list(tokens.LEARNER, orgId))).toBe('FORBIDDEN');
  });

  it("keeps another org's member from seeing or cancelling a PO", async () => {
    const po = (await create(tokens.OWNER, input({ number: 'PRIVATE-1' }))).data?.['r'].purchaseOrder;
    expect(topCode(await list(otherOwner, orgId))).toBe('NOT_FOUND');
    expect(topCode(await cancel(otherOwner, orgId, po.id))).toBe('FORBIDDEN');
    // through their own org, where they may manage POs, it is simply not there
    const viaOwnOrg = await cancel(otherOwner, otherOrgId, po.id);
    expect(topCode(viaOwnOrg)).toBe('NOT_FOUND');
    expect(viaOwnOrg.errors?.[0]?.message).toBe('Purchase order was not found.');
    expect((await db.query('select status from billing.purchase_order where id = $1', [po.id])).rows[0].status).toBe('ACTIVE');
  });

  it('refuses a duplicate number in the same org as CONFLICT, but not in another org', async () => {
    expect((await create(tokens.OWNER, input({ number: 'DUP-1' }))).data?.['r'].userErrors).toEqual([]);
    const before = await poRows(orgId);
    expect(codes(await create(tokens.BILLING_ADMIN, input({ number: ' DUP-1 ' })))).toEqual(['CONFLICT input.number']);
    expect(await poRows(orgId)).toBe(before);
    expect((await create(otherOwner, input({ organizationId: otherOrgId, number: 'DUP-1' }))).data?.['r'].userErrors).toEqual([]);
  });

  it('refuses bad input with typed errors and writes nothing', async () => {
    const rows = await poRows(orgId);
    const events = (await poEvents(orgId)).length;
    expect(codes(await create(tokens.OWNER, input({ amountMinor: -500 })))).toEqual(['BAD_USER_INPUT input.amountMinor']);
    expect(codes(await create(tokens.OWNER, input({ validFrom: '2026-06-01', validUntil: '2026-05-31' })))).toEqual(['BAD_USER_INPUT input.validUntil']);
    expect(codes(await create(tokens.OWNER, input({ currency: 'XYZ' })))).toEqual(['BAD_USER_INPUT input.currency']);
    expect(codes(await create(tokens.OWNER, input({ number: 'x'.repeat(41), validFrom: '2026-02-30' })))).toEqual(['BAD_USER_INPUT input.number', 'BAD_USER_INPUT input.validFrom']);
    expect((await create(tokens.OWNER, input({ amountMinor: 1.5 }))).data).toBeNull(); // not MinorUnits at all
    expect(await poRows(orgId)).toBe(rows);
    expect((await poEvents(orgId)).length).toBe(events);
  });
});

describe('drawing and restoring', () => {
  const payer = randomUUID();
  // the database's calendar decides validity, so expected dates come from it too
  const day = async (offset: number) => (await db.query(`select to_char(current_date + $1::int, 'YYYY-MM-DD') as d`, [offset])).rows[0].d as string;

  /** `from` and `until` are day offsets from today. */
  async function insertPo(organizationId: string, values: { number?: string; amountMinor?: number; remainingMinor?: number; currency?: string; from?: number; until?: number; status?: string } = {}) {
    const id = randomUUID();
    const amount = values.amountMinor ?? 100;
    await db.query(
      `insert into billing.purchase_order (id, organization_id, number, amount_minor, remaining_minor, currency, valid_from, valid_until, status, created_by)
       values ($1, $2, $3, $4, $5, $6, current_date + $7::int, current_date + $8::int, $9, $10)`,
      [id, organizationId, values.number ?? `PO-${id.slice(0, 8)}`, amount, values.remainingMinor ?? amount, values.currency ?? 'INR', values.from ?? -30, values.until ?? 30, values.status ?? 'ACTIVE', payer],
    );
    return id;
  }

  async function insertPayment(organizationId: string, amountMinor: number) {
    const id = randomUUID();
    await db.query(
      `insert into billing.payment (id, purpose, payer_kind, payer_user_id, organization_id, funding, amount_minor, list_amount_minor, currency, status)
       values ($1, 'PURCHASE', 'ORGANIZATION', $2, $3, 'INVOICE', $4, $4, 'INR', 'SUCCEEDED')`,
      [id, payer, organizationId, amountMinor],
    );
    return id;
  }

  const draw = async (request: Omit<DrawRequest, 'paymentId' | 'currency'> & { currency?: string }) => {
    const paymentId = await insertPayment(request.organizationId, request.amountMinor);
    return orm.em.fork().transactional((em) => drawPurchaseOrder(em, { currency: 'INR', ...request, paymentId }));
  };
  const refusal = async (work: Promise<unknown>) => {
    const error = await work.then(() => null, (e: unknown) => e);
    if (!(error instanceof UserErrorsThrown)) throw new Error(`expected a refusal, got ${String(error)}`);
    return error.errors.map((e) => `${e.code} ${e.field?.join('.')}`);
  };
  const po = async (id: string) => {
    const row = (await db.query('select remaining_minor, status from billing.purchase_order where id = $1', [id])).rows[0];
    return { remaining: Number(row.remaining_minor), status: row.status as string };
  };
  const draws = async (id: string) => (await db.query('select amount_minor from billing.purchase_order_draw where purchase_order_id = $1 order by created_at, amount_minor desc', [id])).rows.map((r) => Number(r.amount_minor));

  it('draws from the PO named, and records the draw and the event', async () => {
    const org = randomUUID();
    const id = await insertPo(org, { amountMinor: 1_000 });
    expect(await draw({ organizationId: org, purchaseOrderId: id, amountMinor: 300 })).toBe(id);
    expect(await po(id)).toEqual({ remaining: 700, status: 'ACTIVE' });
    expect(await draws(id)).toEqual([300]);
    expect(await poEvents(org)).toEqual(['drawn']);
  });

  it('picks the usable PO that expires first when none is named', async () => {
    const org = randomUUID();
    const later = await insertPo(org, { amountMinor: 1_000, from: -10, until: 60 });
    const sooner = await insertPo(org, { amountMinor: 1_000, from: -10, until: 20 });
    const tooSmall = await insertPo(org, { amountMinor: 100, from: -10, until: 5 });
    await insertPo(org, { amountMinor: 5_000, currency: 'USD', from: -10, until: 1 });
    await insertPo(org, { amountMinor: 5_000, from: -10, until: 2, status: 'CANCELLED' });
    expect(await draw({ organizationId: org, purchaseOrderId: null, amountMinor: 400 })).toBe(sooner);
    expect(await draw({ organizationId: org, purchaseOrderId: null, amountMinor: 700 })).toBe(later);
    expect((await po(tooSmall)).remaining).toBe(100);
  });

  it('closes a PO drawn exactly to zero', async () => {
    const org = randomUUID();
    const id = await insertPo(org, { amountMinor: 500 });
    await draw({ organizationId: org, purchaseOrderId: id, amountMinor: 500 });
    expect(await po(id)).toEqual({ remaining: 0, status: 'EXHAUSTED' });
    expect(await refusal(draw({ organizationId: org, purchaseOrderId: null, amountMinor: 1 }))).toEqual(['PO_REQUIRED input.purchaseOrderId']);
  });

  it('refuses an over-draw as PO_BALANCE_EXCEEDED and writes nothing', async () => {
    const org = randomUUID();
    const id = await insertPo(org, { amountMinor: 500 });
    expect(await refusal(draw({ organizationId: org, purchaseOrderId: id, amountMinor: 501 }))).toEqual(['PO_BALANCE_EXCEEDED input.purchaseOrderId']);
    expect(await refusal(draw({ organizationId: org, purchaseOrderId: null, amountMinor: 501 }))).toEqual(['PO_BALANCE_EXCEEDED input.purchaseOrderId']);
    expect(await po(id)).toEqual({ remaining: 500, status: 'ACTIVE' });
    expect(await draws(id)).toEqual([]);
    expect(await poEvents(org)).toEqual([]);
  });

  it('refuses a PO that cannot pay as PO_REQUIRED, saying why', async () => {
    const org = randomUUID();
    const expired = await insertPo(org, { from: -30, until: -1 });
    const notYet = await insertPo(org, { from: 1, until: 30 });
    const dollars = await insertPo(org, { currency: 'USD' });
    const cancelled = await insertPo(org, { status: 'CANCELLED' });
    const elsewhere = await insertPo(randomUUID());
    const message = async (purchaseOrderId: string) =>
      (await draw({ organizationId: org, purchaseOrderId, amountMinor: 10 }).then(() => null, (e: UserErrorsThrown) => e.errors[0]))!;
    expect(await message(expired)).toMatchObject({ code: 'PO_REQUIRED', field: ['input', 'purchaseOrderId'], message: expect.stringContaining(`until ${await day(-1)}`) });
    expect(await message(notYet)).toMatchObject({ code: 'PO_REQUIRED', message: expect.stringContaining(`valid from ${await day(1)}`) });
    expect(await message(dollars)).toMatchObject({ code: 'PO_REQUIRED', message: expect.stringContaining('in USD') });
    expect(await message(cancelled)).toMatchObject({ code: 'PO_REQUIRED', message: expect.stringContaining('cancelled') });
    expect(await message(elsewhere)).toMatchObject({ code: 'PO_REQUIRED', message: expect.stringContaining('no such purchase order') });
    expect(await message('not-a-uuid')).toMatchObject({ code: 'PO_REQUIRED' });
    // none usable at all: PO_REQUIRED, not a balance problem
    expect(await refusal(draw({ organizationId: org, purchaseOrderId: null, amountMinor: 10 }))).toEqual(['PO_REQUIRED input.purchaseOrderId']);
    expect(await count('select count(*)::int as n from billing.purchase_order_draw d join billing.purchase_order p on p.id = d.purchase_order_id where p.organization_id = $1', [org])).toBe(0);
  });

  it('lets exactly 10 of 20 concurrent draws of 10 through a PO of 100', async () => {
    const org = randomUUID();
    const id = await insertPo(org, { amountMinor: 100 });
    const payments = await Promise.all(Array.from({ length: 20 }, () => insertPayment(org, 10)));
    const results = await Promise.allSettled(
      payments.map((paymentId, i) => orm.em.fork().transactional((em) => drawPurchaseOrder(em, { organizationId: org, purchaseOrderId: i % 2 ? id : null, amountMinor: 10, currency: 'INR', paymentId }))),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(10);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason);
    expect(refused.every((reason) => reason instanceof UserErrorsThrown)).toBe(true);
    expect(await po(id)).toEqual({ remaining: 0, status: 'EXHAUSTED' });
    expect(await draws(id)).toEqual(Array(10).fill(10));
  });

  it('restores what a payment drew, never more, and re-opens an EXHAUSTED PO', async () => {
    const org = randomUUID();
    const id = await insertPo(org, { amountMinor: 300 });
    const paymentId = await insertPayment(org, 300);
    const restore = (amountMinor: number, payment = paymentId) => orm.em.fork().transactional((em) => restorePurchaseOrder(em, { paymentId: payment, amountMinor }));
    await orm.em.fork().transactional((em) => drawPurchaseOrder(em, { organizationId: org, purchaseOrderId: id, amountMinor: 300, currency: 'INR', paymentId }));
    expect(await po(id)).toEqual({ remaining: 0, status: 'EXHAUSTED' });

    expect(await restore(100)).toBe(100);
    expect(await po(id)).toEqual({ remaining: 100, status: 'ACTIVE' });
    expect(await restore(500)).toBe(200); // only what is left of the draw
    expect(await restore(1)).toBe(0);
    expect(await po(id)).toEqual({ remaining: 300, status: 'ACTIVE' });
    expect(await draws(id)).toEqual([300, -100, -200]);
    expect(await restore(50, await insertPayment(org, 50))).toBe(0); // a payment that drew from no PO
    expect(await poEvents(org)).toEqual(['drawn', 'restored', 'restored']);
  });

  it('gives a CANCELLED PO its balance back for the record without re-opening it', async () => {
    const org = randomUUID();
    const id = await insertPo(org, { amountMinor: 300 });
    const paymentId = await insertPayment(org, 200);
    await orm.em.fork().transactional((em) => drawPurchaseOrder(em, { organizationId: org, purchaseOrderId: id, amountMinor: 200, currency: 'INR', paymentId }));
    await db.query(`update billing.purchase_order set status = 'CANCELLED' where id = $1`, [id]);
    // concurrent restores of one payment cannot give back more than it drew
    const restored = await Promise.all([150, 150].map((amountMinor) => orm.em.fork().transactional((em) => restorePurchaseOrder(em, { paymentId, amountMinor }))));
    expect(restored.sort((a, b) => a - b)).toEqual([50, 150]);
    expect(await po(id)).toEqual({ remaining: 300, status: 'CANCELLED' });
  });
});
