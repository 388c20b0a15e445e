import type { RunningSystem } from '@guildhall/testkit';
import { balances, call, CHECKOUT, grant, key, ledgerFindings, orgWithRoles, purchase, rows, setMode, SET_MODE, useBillingSystem, type BillingWorld } from './billing-fixtures.js';

/** One refund service behind every way money goes back: API, cancellation, provider events. */
let system: RunningSystem;
let world: BillingWorld;
let admin: { token: string };
useBillingSystem((started) => ({ system, world, admin } = started));

const REFUND = 'mutation ($input: RefundPaymentInput!) { refundPayment(input: $input) { refund { id amount { amountMinor } source adjustment status } replayed userErrors { code field message } } }';
const CANCEL = 'mutation ($input: CancelPurchaseInput!) { cancelPurchase(input: $input) { payment { id status refunded { amountMinor } } replayed userErrors { code message } } }';
const refund = async (token: string, input: Record<string, unknown>) => {
  const r = await call(world, token, REFUND, { input: { reason: 'customer request', idempotencyKey: key(), ...input } });
  return { errors: r.errors, ...(r.data?.['refundPayment'] ?? {}) };
};
const buy = async (token: string, input: Record<string, unknown>) => (await call(world, token, CHECKOUT, { input: purchase(input) })).data?.['checkout'];

async function seatPackOrg(name: string, credits: number) {
  const world_ = await orgWithRoles(world, name, ['BILLING_ADMIN', 'MAINTAINER', 'LEARNER']);
  await setMode(world, world_.members.OWNER.token, world_.org.id, 'SEAT_PACK');
  await grant(world, admin.token, world_.org.id, credits);
  return world_;
}

describe('refunding org money', () => {
  it('partial refunds restore credits, are idempotent, and stop at the amount paid', async () => {
    const { org, members } = await seatPackOrg('Refund Org', 300_000);
    const { payment } = await buy(members.LEARNER.token, { organizationId: org.id, amountMinor: 100_000 });
    const input = { paymentId: payment.id, amountMinor: 40_000, idempotencyKey: key() };
    const first = await refund(members.BILLING_ADMIN.token, input);
    expect(first.refund).toMatchObject({ amount: { amountMinor: 40_000 }, source: 'API', status: 'SUCCEEDED', adjustment: false });
    const replay = await refund(members.BILLING_ADMIN.token, input);
    expect(replay).toMatchObject({ replayed: true, refund: { id: first.refund.id } });
    expect((await balances(world, members.OWNER.token, org.id)).credits).toBe(240_000);

    const over = await refund(members.OWNER.token, { paymentId: payment.id, amountMinor: 60_001 });
    expect(over.userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'amountMinor'] })]);
    const rest = await refund(members.OWNER.token, { paymentId: payment.id });
    expect(rest.refund.amount.amountMinor).toBe(60_000);
    const none = await refund(members.OWNER.token, { paymentId: payment.id, amountMinor: 1 });
    expect(none.userErrors[0].code).toBe('CONFLICT');
    expect((await balances(world, members.OWNER.token, org.id)).credits).toBe(300_000);
    expect(await rows(world, `select payload->>'refundMinor' as m from billing.outbox where type = 'billing.payment.refunded' and aggregate_id = $1 order by seq`, [payment.id])).toEqual([{ m: '40000' }, { m: '60000' }]);
    expect(await ledgerFindings(world)).toEqual([]);
  });

  it('finance roles only: a MAINTAINER, a LEARNER or another org learn nothing', async () => {
    const { org, members } = await seatPackOrg('Refund Guards', 100_000);
    const other = await orgWithRoles(world, 'Other Finance');
    const { payment } = await buy(members.LEARNER.token, { organizationId: org.id, amountMinor: 10_000 });
    for (const token of [members.MAINTAINER.token, members.LEARNER.token, other.members.OWNER.token]) {
      expect((await refund(token, { paymentId: payment.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    expect(await rows(world, 'select count(*)::int as n from billing.refund where payment_id = $1', [payment.id])).toEqual([{ n: 0 }]);
  });

  it('invoiced and not yet invoiced: a refund reduces the unbilled charges (after invoicing: a credit note, see invoicing.test)', async () => {
    const { org, members } = await orgWithRoles(world, 'Invoiced Refunds', ['LEARNER']);
    await setMode(world, members.OWNER.token, org.id, 'INVOICED_MONTHLY');
    const a = (await buy(members.LEARNER.token, { organizationId: org.id, amountMinor: 30_000 })).payment;
    await buy(members.LEARNER.token, { organizationId: org.id, amountMinor: 20_000 });
    const r = await refund(members.OWNER.token, { paymentId: a.id, amountMinor: 10_000 });
    expect(r.refund.adjustment).toBe(false);
    expect((await balances(world, members.OWNER.token, org.id)).unbilled).toBe(40_000);
    expect(await rows(world, `select a.kind, a.balance_minor::int as balance from billing.ledger_account a where a.owner_id = $1 order by a.kind`, [org.id])).toEqual([{ kind: 'ORG_RECEIVABLE', balance: 40_000 }]);
  });

  it('a refund of a purchase that drew on a purchase order restores its balance', async () => {
    const { org, members } = await orgWithRoles(world, 'PO Refunds', ['LEARNER']);
    await setMode(world, members.OWNER.token, org.id, 'INVOICED_MONTHLY');
    await call(world, members.OWNER.token, SET_MODE, { input: { organizationId: org.id, requiresPurchaseOrder: true } });
    const noPo = await buy(members.LEARNER.token, { organizationId: org.id, amountMinor: 10_000 });
    expect(noPo.userErrors[0].code).toBe('PO_REQUIRED');
    const po = await call(world, members.OWNER.token, 'mutation ($input: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $input) { purchaseOrder { id } userErrors { code message } } }', {
      input: { organizationId: org.id, number: 'PO-77', amountMinor: 25_000, currency: 'INR', validFrom: '2026-01-01', validUntil: '2099-12-31' },
    });
    const poId = po.data?.['createPurchaseOrder'].purchaseOrder.id;
    const paid = (await buy(members.LEARNER.token, { organizationId: org.id, amountMinor: 20_000 })).payment;
    expect((await buy(members.LEARNER.token, { organizationId: org.id, amountMinor: 10_000 })).userErrors[0].code).toBe('PO_BALANCE_EXCEEDED');
    await refund(members.OWNER.token, { paymentId: paid.id, amountMinor: 15_000 });
    expect(await rows(world, 'select remaining_minor::int as r from billing.purchase_order where id = $1', [poId])).toEqual([{ r: 20_000 }]);
  });
});

describe('cancellations follow the policy snapshotted at checkout', () => {
  const hoursFromNow = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

  it('buyer: 100% a day ahead, 50% within 24 h, nothing within 2 h; expert: always 100%', async () => {
    const { org, members } = await seatPackOrg('Cancel Org', 1_000_000);
    const cases: [number, string, number][] = [
      [48, 'LEARNER', 10_000],
      [5, 'LEARNER', 5_000],
      [1, 'LEARNER', 0],
    ];
    for (const [hours, who, refunded] of cases) {
      const { payment } = await buy(members[who as 'LEARNER'].token, { organizationId: org.id, amountMinor: 10_000, startsAt: hoursFromNow(hours) });
      const r = (await call(world, members.LEARNER.token, CANCEL, { input: { paymentId: payment.id, idempotencyKey: key() } })).data?.['cancelPurchase'];
      expect(r.payment).toMatchObject({ status: 'CANCELLED', refunded: { amountMinor: refunded } });
    }
    // the expert (the payee) cancelling refunds in full, even after the start
    const expertPayee = members.BILLING_ADMIN;
    const { payment } = await buy(members.LEARNER.token, { organizationId: org.id, amountMinor: 10_000, startsAt: hoursFromNow(-1), payeeId: expertPayee.userId });
    const byExpert = (await call(world, expertPayee.token, CANCEL, { input: { paymentId: payment.id, idempotencyKey: key() } })).data?.['cancelPurchase'];
    expect(byExpert.payment.refunded.amountMinor).toBe(10_000);
    const twice = (await call(world, members.LEARNER.token, CANCEL, { input: { paymentId: payment.id, idempotencyKey: key() } })).data?.['cancelPurchase'];
    expect(twice.userErrors[0].code).toBe('CONFLICT');
    expect(await ledgerFindings(world)).toEqual([]);
  });

  it('uses the terms the buyer got, whatever the policy says later', async () => {
    const { org, members } = await seatPackOrg('Snapshot Org', 100_000);
    const { payment } = await buy(members.LEARNER.token, { organizationId: org.id, amountMinor: 10_000, startsAt: hoursFromNow(1) });
    // a policy of its day: 90% up to the start
    await world.db.query(`update billing.payment set cancellation_policy = '{"version":0,"tiers":[{"minHoursBefore":0,"refundBps":9000}],"expertCancelledBps":10000}' where id = $1`, [payment.id]);
    const r = (await call(world, members.LEARNER.token, CANCEL, { input: { paymentId: payment.id, idempotencyKey: key() } })).data?.['cancelPurchase'];
    expect(r.payment.refunded.amountMinor).toBe(9_000);
  });

  it('an org sets its own policy, versioned: a purchase keeps the version it was bought under', async () => {
    const { org, members } = await seatPackOrg('Policy Org', 100_000);
    const SET = 'mutation ($input: SetCancellationPolicyInput!) { setCancellationPolicy(input: $input) { cancellationPolicy { version } userErrors { code message } } }';
    const strict = { organizationId: org.id, tiers: [{ minHoursBefore: 72, refundBps: 8_000 }, { minHoursBefore: 0, refundBps: 0 }] };
    expect((await call(world, members.MAINTAINER.token, SET, { input: strict })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const bad = (await call(world, members.OWNER.token, SET, { input: { organizationId: org.id, tiers: [{ minHoursBefore: 5, refundBps: 100 }] } })).data?.['setCancellationPolicy'];
    expect(bad.userErrors[0]).toMatchObject({ code: 'BAD_USER_INPUT', message: 'The last tier starts at 0 hours.' });
    expect((await call(world, members.BILLING_ADMIN.token, SET, { input: strict })).data?.['setCancellationPolicy'].cancellationPolicy.version).toBe(2);
    const { payment } = await buy(members.LEARNER.token, { organizationId: org.id, amountMinor: 10_000, startsAt: hoursFromNow(100) });
    // a generous policy later does not change the terms of what was already bought
    await call(world, members.OWNER.token, SET, { input: { organizationId: org.id, tiers: [{ minHoursBefore: 0, refundBps: 10_000 }] } });
    const r = (await call(world, members.LEARNER.token, CANCEL, { input: { paymentId: payment.id, idempotencyKey: key() } })).data?.['cancelPurchase'];
    expect(r.payment.refunded.amountMinor).toBe(8_000);
    const read = await call(world, members.BILLING_ADMIN.token, 'query ($id: ID!) { billingAccount(organizationId: $id) { cancellationPolicy { version tiers { minHoursBefore refundBps } } } }', { id: org.id });
    expect(read.data?.['billingAccount'].cancellationPolicy).toEqual({ version: 3, tiers: [{ minHoursBefore: 0, refundBps: 10_000 }] });
  });

  it('someone else cannot cancel another buyer\'s purchase', async () => {
    const { org, members } = await seatPackOrg('Cancel Guards', 100_000);
    const { payment } = await buy(members.LEARNER.token, { organizationId: org.id, amountMinor: 10_000 });
    const r = await call(world, members.MAINTAINER.token, CANCEL, { input: { paymentId: payment.id, idempotencyKey: key() } });
    expect(r.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });
});

describe('card refunds through the provider', () => {
  it('a platform refund is confirmed by its webhook without counting twice; one made at the provider is recorded', async () => {
    const { members } = await orgWithRoles(world, 'Card Refunds');
    const { payment, nextAction } = await buy(members.OWNER.token, { amountMinor: 50_000 });
    const { paymentId, webhooks } = system.payments.razorpay.capture(nextAction.orderId);
    for (const w of webhooks) await system.payments.razorpay.deliver(w);
    // card money is the buyer's: the buyer's org roles cannot refund it, a platform admin can
    expect((await refund(members.OWNER.token, { paymentId: payment.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const ours = await refund(admin.token, { paymentId: payment.id, amountMinor: 20_000 });
    expect(ours.refund.status).toBe('SUCCEEDED');
    const [{ provider_refund_id: providerRefundId }] = await rows(world, 'select provider_refund_id from billing.refund where id = $1', [ours.refund.id]);
    await system.payments.razorpay.deliver(system.payments.razorpay.refundWebhook(paymentId, 20_000, providerRefundId).webhook);
    expect(await rows(world, 'select refunded_minor::int as r from billing.payment where id = $1', [payment.id])).toEqual([{ r: 20_000 }]);
    await system.payments.razorpay.deliver(system.payments.razorpay.refundWebhook(paymentId, 10_000).webhook);
    expect(await rows(world, 'select source, amount_minor::int as a from billing.refund where payment_id = $1 order by created_at', [payment.id])).toEqual([
      { source: 'API', a: 20_000 },
      { source: 'PROVIDER', a: 10_000 },
    ]);
    expect(await ledgerFindings(world)).toEqual([]);
  });
});

describe('the billing summary', () => {
  it('adds up gross, refunds and net by member and month from the billable-payment rule', async () => {
    const { org, members } = await orgWithRoles(world, 'Summary Org', ['LEARNER', 'MANAGER']);
    await setMode(world, members.OWNER.token, org.id, 'INVOICED_MONTHLY');
    const a = (await buy(members.LEARNER.token, { organizationId: org.id, amountMinor: 30_000 })).payment;
    await buy(members.MANAGER.token, { organizationId: org.id, amountMinor: 12_000 });
    await buy(members.LEARNER.token, { amountMinor: 99_000 }); // personal: not the org's spend
    await refund(members.OWNER.token, { paymentId: a.id, amountMinor: 5_000 });
    const r = await call(world, members.MANAGER.token, `query ($id: ID!) { billingAccount(organizationId: $id) { summary {
      gross { amountMinor } refunds { amountMinor } net { amountMinor } unbilled { amountMinor } credits { amountMinor }
      byMember { userId net { amountMinor } count } byMonth { month gross { amountMinor } } } } }`, { id: org.id });
    const s = r.data?.['billingAccount'].summary;
    expect(s).toMatchObject({ gross: { amountMinor: 42_000 }, refunds: { amountMinor: 5_000 }, net: { amountMinor: 37_000 }, unbilled: { amountMinor: 37_000 }, credits: { amountMinor: 0 } });
    expect(s.byMember).toEqual(expect.arrayContaining([
      { userId: members.LEARNER.userId, net: { amountMinor: 25_000 }, count: 1 },
      { userId: members.MANAGER.userId, net: { amountMinor: 12_000 }, count: 1 },
    ]));
    expect(s.byMonth).toEqual([{ month: new Date().toISOString().slice(0, 7), gross: { amountMinor: 42_000 } }]);
    const learner = await call(world, members.LEARNER.token, `query ($id: ID!) { billingAccount(organizationId: $id) { summary { net { amountMinor } } } }`, { id: org.id });
    expect(learner.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
