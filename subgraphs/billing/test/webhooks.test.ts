import { expireDuePayments, sweepUnappliedEvents } from '@guildhall/billing';
import { withBadSignature, type SignedWebhook } from '@guildhall/provider-fakes';
import { startSystem, waitUntil, type RunningSystem } from '@guildhall/testkit';
import { balances, call, CHECKOUT, closeWorld, key, ledgerFindings, openWorld, orgWithRoles, purchase, rows, setMode, type BillingWorld } from './billing-fixtures.js';

/** Provider webhooks at the gateway edge: verified, stored once, settled exactly once across event kinds. */
let system: RunningSystem;
let world: BillingWorld;

beforeAll(async () => {
  system = await startSystem();
  world = await openWorld(system);
}, 120_000);
afterAll(async () => {
  await closeWorld(world);
  await system?.stop();
});

const TOPUP = 'mutation ($input: PurchaseCreditsInput!) { purchaseCredits(input: $input) { payment { id } nextAction { orderId } userErrors { code } } }';

/** Every webhook `copies` times, shuffled, delivered `concurrency` at a time. */
async function storm(deliver: (w: SignedWebhook) => Promise<{ status: number }>, webhooks: SignedWebhook[], copies: number) {
  const all = webhooks.flatMap((w) => Array.from({ length: copies }, () => w));
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  const statuses = await Promise.all(all.map((w) => deliver(w).then((r) => r.status)));
  expect(new Set(statuses)).toEqual(new Set([200]));
}

async function seatPackOrgWithTopUps(name: string, provider: 'RAZORPAY' | 'STRIPE', amounts: number[]) {
  const { org, members } = await orgWithRoles(world, name);
  await setMode(world, members.OWNER.token, org.id, 'SEAT_PACK');
  const orders: string[] = [];
  for (const amountMinor of amounts) {
    const r = await call(world, members.OWNER.token, TOPUP, { input: { organizationId: org.id, amountMinor, provider, idempotencyKey: key() } });
    orders.push(r.data?.['purchaseCredits'].nextAction.orderId);
  }
  return { org, owner: members.OWNER, orders };
}

describe('a webhook storm', () => {
  it('Razorpay: payment.captured and order.paid, duplicated and reordered, 50 at once, credit each top-up once', async () => {
    const { org, owner, orders } = await seatPackOrgWithTopUps('Razorpay Storm', 'RAZORPAY', [100_000, 200_000, 300_000, 400_000, 500_000]);
    const webhooks = orders.flatMap((orderId) => system.payments.razorpay.capture(orderId).webhooks);
    expect(webhooks).toHaveLength(10);
    await storm((w) => system.payments.razorpay.deliver(w), webhooks, 5);
    expect((await balances(world, owner.token, org.id)).credits).toBe(1_500_000);
    expect(await rows(world, `select count(*)::int as n from billing.ledger_transaction where organization_id = $1 and kind = 'TOPUP'`, [org.id])).toEqual([{ n: 5 }]);
    expect(await rows(world, `select count(*)::int as n from billing.provider_event where provider = 'RAZORPAY' and processed_at is not null and payload->'payload'->'payment'->'entity'->>'order_id' = any($1)`, [orders])).toEqual([{ n: 10 }]);
    expect(await ledgerFindings(world)).toEqual([]);
  });

  it('Stripe: payment_intent.succeeded and charge.succeeded the same way', async () => {
    const { org, owner, orders } = await seatPackOrgWithTopUps('Stripe Storm', 'STRIPE', [10_000, 20_000, 30_000, 40_000, 50_000]);
    const webhooks = orders.flatMap((pi) => system.payments.stripe.capture(pi).webhooks);
    await storm((w) => system.payments.stripe.deliver(w), webhooks, 5);
    expect((await balances(world, owner.token, org.id)).credits).toBe(150_000);
    expect(await rows(world, `select count(distinct payment_id)::int as n, count(*)::int as t from billing.ledger_transaction where organization_id = $1 and kind = 'TOPUP'`, [org.id])).toEqual([{ n: 5, t: 5 }]);
    expect(await ledgerFindings(world)).toEqual([]);
  });

  it('refuses bad signatures with 400 and writes nothing', async () => {
    const { orders } = await seatPackOrgWithTopUps('Forgers', 'RAZORPAY', [100_000]);
    const before = await rows(world, 'select count(*)::int as n from billing.provider_event');
    const [captured] = system.payments.razorpay.capture(orders[0]!).webhooks;
    expect((await system.payments.razorpay.deliver(withBadSignature(captured!))).status).toBe(400);
    const stripeOrder = (await seatPackOrgWithTopUps('Stripe Forgers', 'STRIPE', [1_000])).orders[0]!;
    const [intent] = system.payments.stripe.capture(stripeOrder).webhooks;
    expect((await system.payments.stripe.deliver(withBadSignature(intent!))).status).toBe(400);
    const unsigned = await fetch(system.gatewayUrl.replace('/graphql', '/webhooks/stripe'), { method: 'POST', body: intent!.body, headers: { 'content-type': 'application/json' } });
    expect(unsigned.status).toBe(400);
    expect(await rows(world, 'select count(*)::int as n from billing.provider_event')).toEqual(before);
    expect(await rows(world, `select status from billing.payment where provider_order_id = $1`, [orders[0]])).toEqual([{ status: 'PENDING' }]);
  });
});

describe('manual capture', () => {
  it('an authorized Razorpay payment is captured through the API, and its capture events settle it', async () => {
    const { org, owner, orders } = await seatPackOrgWithTopUps('Manual Capture', 'RAZORPAY', [40_000]);
    const { webhook } = system.payments.razorpay.authorize(orders[0]!);
    expect((await system.payments.razorpay.deliver(webhook)).status).toBe(200);
    await waitUntil(async () => (await balances(world, owner.token, org.id)).credits === 40_000, 10_000, 'the capture to settle');
  });

  it('an authorization for an expired checkout is left to lapse, not captured', async () => {
    const { orders } = await seatPackOrgWithTopUps('Lapsed Authorization', 'RAZORPAY', [40_000]);
    await world.db.query(`update billing.payment set status = 'EXPIRED' where provider_order_id = $1`, [orders[0]]);
    const { paymentId, webhook } = system.payments.razorpay.authorize(orders[0]!);
    await system.payments.razorpay.deliver(webhook);
    const fetched = await fetch(`${system.payments.razorpay.url}/v1/payments/${paymentId}`, {
      headers: { authorization: `Basic ${Buffer.from(`${system.payments.razorpay.keyId}:${system.payments.razorpay.keySecret}`).toString('base64')}` },
    });
    expect(((await fetched.json()) as { status: string }).status).toBe('authorized');
  });
});

describe('captures that arrive late', () => {
  it('an expired checkout captured afterwards is booked and refunded, not resurrected', async () => {
    const { members } = await orgWithRoles(world, 'Late Payers');
    const r = await call(world, members.OWNER.token, CHECKOUT, { input: purchase() });
    const { payment, nextAction } = r.data?.['checkout'];
    await world.db.query(`update billing.payment set expires_at = now() - interval '1 minute' where id = $1`, [payment.id]);
    expect(await expireDuePayments(world.orm.em.fork() as never)).toBeGreaterThanOrEqual(1);
    for (const w of system.payments.razorpay.capture(nextAction.orderId).webhooks) await system.payments.razorpay.deliver(w);
    const [row] = await rows(world, 'select status, refunded_minor::int as refunded, amount_minor::int as amount from billing.payment where id = $1', [payment.id]);
    expect(row).toEqual({ status: 'EXPIRED', refunded: payment.amount.amountMinor, amount: payment.amount.amountMinor });
    expect(await rows(world, 'select source, status from billing.refund where payment_id = $1', [payment.id])).toEqual([{ source: 'LATE_CAPTURE', status: 'SUCCEEDED' }]);
    expect(await ledgerFindings(world)).toEqual([]);
  });

  it('an event whose settlement failed is stored and applied by the sweep', async () => {
    const { org, owner, orders } = await seatPackOrgWithTopUps('Swept Org', 'RAZORPAY', [70_000]);
    const [captured] = system.payments.razorpay.capture(orders[0]!).webhooks;
    // break settlement for a moment: the webhook is still stored and answered 200
    await world.db.query(`alter table billing.ledger_entry add constraint block_for_test check (amount_minor < 0) not valid`);
    try {
      expect((await system.payments.razorpay.deliver(captured!)).status).toBe(200);
    } finally {
      await world.db.query(`alter table billing.ledger_entry drop constraint block_for_test`);
    }
    expect((await balances(world, owner.token, org.id)).credits).toBe(0);
    expect(await sweepUnappliedEvents(world.orm.em.fork() as never, system.serviceEnv as never, 0)).toBeGreaterThanOrEqual(1);
    expect((await balances(world, owner.token, org.id)).credits).toBe(70_000);
  });
});

describe('disputes', () => {
  it('opening marks the payment disputed and tells payouts; a lost one refunds once', async () => {
    const { members } = await orgWithRoles(world, 'Chargebacks');
    const r = await call(world, members.OWNER.token, CHECKOUT, { input: purchase({ amountMinor: 80_000 }) });
    const { payment, nextAction } = r.data?.['checkout'];
    const { paymentId, webhooks } = system.payments.razorpay.capture(nextAction.orderId);
    for (const w of webhooks) await system.payments.razorpay.deliver(w);
    const opened = system.payments.razorpay.disputeWebhook(paymentId, { status: 'created' });
    await system.payments.razorpay.deliver(opened.webhook);
    const seen = await call(world, members.OWNER.token, 'query ($id: ID!) { payment(id: $id) { disputed } }', { id: payment.id });
    expect(seen.data?.['payment']).toEqual({ disputed: true });
    expect(await rows(world, `select payload->>'status' as status from billing.outbox where type = 'billing.dispute.changed' and payload->>'paymentId' = $1`, [payment.id])).toEqual([{ status: 'OPEN' }]);
    const lost = system.payments.razorpay.disputeWebhook(paymentId, { status: 'lost', disputeId: opened.disputeId });
    await system.payments.razorpay.deliver(lost.webhook);
    await system.payments.razorpay.deliver(lost.webhook);
    // an older event arriving late never reopens a closed dispute
    await system.payments.razorpay.deliver(system.payments.razorpay.disputeWebhook(paymentId, { status: 'under_review', disputeId: opened.disputeId }).webhook);
    expect(await rows(world, 'select status from billing.dispute where payment_id = $1', [payment.id])).toEqual([{ status: 'LOST' }]);
    expect((await call(world, members.OWNER.token, 'query ($id: ID!) { payment(id: $id) { disputed } }', { id: payment.id })).data?.['payment']).toEqual({ disputed: false });
    expect(await rows(world, 'select source, amount_minor::int as amount from billing.refund where payment_id = $1', [payment.id])).toEqual([{ source: 'DISPUTE_LOST', amount: 80_000 }]);
    expect(await ledgerFindings(world)).toEqual([]);
  });
});
