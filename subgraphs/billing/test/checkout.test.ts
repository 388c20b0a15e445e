import type { RunningSystem } from '@guildhall/testkit';
import { balances, call, CHECKOUT, grant, key, ledgerFindings, orgWithRoles, purchase, rows, setMode, SET_MODE, useBillingSystem, type BillingWorld } from './billing-fixtures.js';

/** Checkout end to end through the gateway: who may pay how, idempotency, the three billing modes. */
let system: RunningSystem;
let world: BillingWorld;
let admin: { token: string };
useBillingSystem((started) => ({ system, world, admin } = started));

const checkout = async (token: string, input: Record<string, unknown>) => {
  const r = await call(world, token, CHECKOUT, { input });
  return { errors: r.errors, ...(r.data?.['checkout'] ?? {}) } as { errors?: { extensions?: { code?: string } }[]; payment: any; nextAction: any; replayed: boolean; userErrors: { code: string; field: string[] }[] }; // eslint-disable-line @typescript-eslint/no-explicit-any
};

describe('paying yourself by card', () => {
  it('opens a Razorpay order, settles on capture, and replays by key', async () => {
    const { members } = await orgWithRoles(world, 'Personal Buyers');
    const input = purchase();
    const first = await checkout(members.OWNER.token, input);
    expect(first.userErrors).toEqual([]);
    expect(first.payment).toMatchObject({ status: 'PENDING', payerKind: 'PERSONAL', funding: 'CARD', organizationId: null });
    expect(first.nextAction).toMatchObject({ provider: 'RAZORPAY', publicKey: system.payments.razorpay.keyId });
    expect(first.nextAction.testCheckoutUrl).toContain(first.nextAction.orderId);

    // PENDING replays the same order so the client can resume
    const again = await checkout(members.OWNER.token, input);
    expect(again).toMatchObject({ replayed: true, payment: { id: first.payment.id }, nextAction: { orderId: first.nextAction.orderId } });

    const { webhooks } = system.payments.razorpay.capture(first.nextAction.orderId);
    for (const w of webhooks) expect((await system.payments.razorpay.deliver(w)).status).toBe(200);
    const settled = await checkout(members.OWNER.token, input);
    expect(settled).toMatchObject({ replayed: true, payment: { id: first.payment.id, status: 'SUCCEEDED' }, nextAction: null });
    expect(await rows(world, `select kind from billing.ledger_transaction where payment_id = $1`, [first.payment.id])).toEqual([{ kind: 'BOOKING' }]);
  });

  it('refuses the same key with different input, and other input errors, writing nothing', async () => {
    const { members } = await orgWithRoles(world, 'Key Reusers');
    const input = purchase();
    await checkout(members.OWNER.token, input);
    const reused = await checkout(members.OWNER.token, { ...input, amountMinor: 1 });
    expect(reused.userErrors).toEqual([expect.objectContaining({ code: 'IDEMPOTENCY_KEY_REUSED', field: ['input', 'idempotencyKey'] })]);
    const before = await rows(world, 'select count(*)::int as n from billing.payment');
    const bad = await checkout(members.OWNER.token, purchase({ amountMinor: -5, currency: 'ZZZ', reference: ' ', idempotencyKey: 'short' }));
    expect(bad.userErrors.map((e) => e.field?.[1]).sort()).toEqual(['amountMinor', 'currency', 'reference']);
    const badKey = await checkout(members.OWNER.token, purchase({ idempotencyKey: 'short' }));
    expect(badKey.userErrors[0]!.code).toBe('BAD_USER_INPUT');
    expect(await rows(world, 'select count(*)::int as n from billing.payment')).toEqual(before);
  });

  it('keys are scoped to the caller: another user with the same key gets their own checkout', async () => {
    const a = await orgWithRoles(world, 'Scope A');
    const b = await orgWithRoles(world, 'Scope B');
    const input = purchase();
    const mine = await checkout(a.members.OWNER.token, input);
    const theirs = await checkout(b.members.OWNER.token, input);
    expect(theirs.replayed).toBe(false);
    expect(theirs.payment.id).not.toBe(mine.payment.id);
  });

  it('runs two concurrent identical requests as one: the other replays it', async () => {
    const { members } = await orgWithRoles(world, 'Double Clickers');
    const input = purchase();
    const [x, y] = await Promise.all([checkout(members.OWNER.token, input), checkout(members.OWNER.token, input)]);
    expect(x.payment.id).toBe(y.payment.id);
    expect([x.replayed, y.replayed].sort()).toEqual([false, true]);
    expect(await rows(world, 'select count(*)::int as n from billing.payment where reference = $1', [input.reference])).toEqual([{ n: 1 }]);
  });

  it('a failed payment is terminal for its key: CONFLICT, so the client mints a new one', async () => {
    const { members } = await orgWithRoles(world, 'Declined Cards');
    const input = purchase({ currency: 'USD', amountMinor: 5_000 });
    const first = await checkout(members.OWNER.token, input);
    expect(first.nextAction.provider).toBe('STRIPE');
    expect(first.nextAction.clientSecret).toBeTruthy();
    await system.payments.stripe.deliver(system.payments.stripe.fail(first.nextAction.orderId).webhook);
    const replay = await checkout(members.OWNER.token, input);
    expect(replay.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
  });
});

describe('paying through an organization', () => {
  it('TAG_ONLY: the buyer pays by card, the payment is tagged with the org', async () => {
    const { org, members } = await orgWithRoles(world, 'Tagging Org', ['LEARNER']);
    const r = await checkout(members.LEARNER.token, purchase({ organizationId: org.id, personalDiscountMinor: 10_000 }));
    expect(r.payment).toMatchObject({ payerKind: 'PERSONAL', funding: 'CARD', organizationId: org.id, status: 'PENDING', amount: { amountMinor: 140_000 } });
  });

  it('SEAT_PACK: credits pay at list price, atomically; short credits are INSUFFICIENT_CREDITS', async () => {
    const { org, members } = await orgWithRoles(world, 'Credit Org', ['LEARNER']);
    await setMode(world, members.OWNER.token, org.id, 'SEAT_PACK');
    await grant(world, admin.token, org.id, 200_000);
    const paid = await checkout(members.LEARNER.token, purchase({ organizationId: org.id, personalDiscountMinor: 10_000 }));
    expect(paid.payment).toMatchObject({ payerKind: 'ORGANIZATION', funding: 'WALLET', status: 'SUCCEEDED', amount: { amountMinor: 150_000 } });
    expect(paid.nextAction).toBeNull();
    expect((await balances(world, members.OWNER.token, org.id)).credits).toBe(50_000);
    const short = await checkout(members.LEARNER.token, purchase({ organizationId: org.id }));
    expect(short.userErrors).toEqual([expect.objectContaining({ code: 'INSUFFICIENT_CREDITS' })]);
    expect((await balances(world, members.OWNER.token, org.id)).credits).toBe(50_000);
    expect(await ledgerFindings(world)).toEqual([]);
  });

  it('SEAT_PACK top-up by card credits the wallet once the capture settles', async () => {
    const { org, members } = await orgWithRoles(world, 'Top-up Org', ['BILLING_ADMIN', 'MAINTAINER']);
    await setMode(world, members.OWNER.token, org.id, 'SEAT_PACK');
    const TOPUP = 'mutation ($input: PurchaseCreditsInput!) { purchaseCredits(input: $input) { payment { id status purpose } nextAction { orderId } userErrors { code } } }';
    const refused = await call(world, members.MAINTAINER.token, TOPUP, { input: { organizationId: org.id, amountMinor: 500_000, idempotencyKey: key() } });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const r = await call(world, members.BILLING_ADMIN.token, TOPUP, { input: { organizationId: org.id, amountMinor: 500_000, idempotencyKey: key() } });
    const topUp = r.data?.['purchaseCredits'];
    expect(topUp.payment).toMatchObject({ status: 'PENDING', purpose: 'TOPUP' });
    expect((await balances(world, members.OWNER.token, org.id)).credits).toBe(0);
    for (const w of system.payments.razorpay.capture(topUp.nextAction.orderId).webhooks) await system.payments.razorpay.deliver(w);
    expect((await balances(world, members.OWNER.token, org.id)).credits).toBe(500_000);
  });

  it('INVOICED_MONTHLY accrues unbilled charges up to the credit limit', async () => {
    const { org, members } = await orgWithRoles(world, 'Invoiced Org', ['MANAGER']);
    await setMode(world, members.OWNER.token, org.id, 'INVOICED_MONTHLY');
    const limit = await call(world, admin.token, 'mutation ($input: SetCreditLimitInput!) { setCreditLimit(input: $input) { billingAccount { creditLimit { amountMinor } } userErrors { code } } }', {
      input: { organizationId: org.id, creditLimitMinor: 400_000 },
    });
    expect(limit.data?.['setCreditLimit'].billingAccount.creditLimit.amountMinor).toBe(400_000);
    const ownerCannot = await call(world, members.OWNER.token, 'mutation ($input: SetCreditLimitInput!) { setCreditLimit(input: $input) { userErrors { code } } }', { input: { organizationId: org.id, creditLimitMinor: 9_999_999 } });
    expect(ownerCannot.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    for (let i = 0; i < 2; i++) expect((await checkout(members.MANAGER.token, purchase({ organizationId: org.id }))).payment).toMatchObject({ funding: 'INVOICE', status: 'SUCCEEDED' });
    const over = await checkout(members.MANAGER.token, purchase({ organizationId: org.id }));
    expect(over.userErrors).toEqual([expect.objectContaining({ code: 'CREDIT_LIMIT_EXCEEDED' })]);
    expect((await balances(world, members.OWNER.token, org.id)).unbilled).toBe(300_000);
    // concurrent invoiced checkouts cannot pass the limit together
    const racing = await Promise.all([1, 2, 3, 4].map(() => checkout(members.MANAGER.token, purchase({ organizationId: org.id, amountMinor: 60_000 }))));
    expect(racing.filter((r) => r.payment).length).toBe(1);
    expect((await balances(world, members.OWNER.token, org.id)).unbilled).toBe(360_000);
  });

  it('changing the mode never strands money', async () => {
    const { org, members } = await orgWithRoles(world, 'Mode Changer', ['LEARNER']);
    await setMode(world, members.OWNER.token, org.id, 'SEAT_PACK');
    await grant(world, admin.token, org.id, 1_000);
    const stranded = await call(world, members.OWNER.token, SET_MODE, { input: { organizationId: org.id, mode: 'INVOICED_MONTHLY' } });
    expect(stranded.data?.['updateBillingSettings'].userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: ['input', 'mode'] })]);
    expect((await balances(world, members.OWNER.token, org.id)).mode).toBe('SEAT_PACK');
    await checkout(members.LEARNER.token, purchase({ organizationId: org.id, amountMinor: 1_000 }));
    await setMode(world, members.OWNER.token, org.id, 'INVOICED_MONTHLY');
    await checkout(members.LEARNER.token, purchase({ organizationId: org.id, amountMinor: 2_000 }));
    const unbilled = await call(world, members.OWNER.token, SET_MODE, { input: { organizationId: org.id, mode: 'TAG_ONLY' } });
    expect(unbilled.data?.['updateBillingSettings'].userErrors[0].message).toMatch(/unbilled/);
  });
});

describe('who may spend an org\'s funds', () => {
  it('only ACTIVE members whose role the spending policy lists; everyone else by no path', async () => {
    const { org, members } = await orgWithRoles(world, 'Guarded Org', ['LEARNER', 'MAINTAINER', 'BILLING_ADMIN']);
    const outsider = await orgWithRoles(world, 'Outsider Org');
    await setMode(world, members.OWNER.token, org.id, 'SEAT_PACK');
    await grant(world, admin.token, org.id, 1_000_000);
    const notMember = await checkout(outsider.members.OWNER.token, purchase({ organizationId: org.id }));
    expect(notMember.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const narrow = await call(world, members.MAINTAINER.token, SET_MODE, { input: { organizationId: org.id, spendingRoles: ['OWNER'] } });
    expect(narrow.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN'); // MAINTAINER is not finance
    const byAdmin = await call(world, members.BILLING_ADMIN.token, SET_MODE, { input: { organizationId: org.id, spendingRoles: ['OWNER', 'BILLING_ADMIN'] } });
    expect(byAdmin.data?.['updateBillingSettings'].billingAccount.spendingRoles).toEqual(['OWNER', 'BILLING_ADMIN']);
    await new Promise((r) => setTimeout(r, 50));
    const learner = await checkout(members.LEARNER.token, purchase({ organizationId: org.id }));
    expect(learner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    await call(world, members.OWNER.token, 'mutation ($input: MemberInput!) { suspendMember(input: $input) { userErrors { code } } }', {
      input: { organizationId: org.id, membershipId: (await rows(world, 'select id from organization.membership where organization_id = $1 and user_id = $2', [org.id, members.BILLING_ADMIN.userId]))[0].id },
    });
    await new Promise((r) => setTimeout(r, 300)); // the gateway drops its cached memberships on the event
    const suspended = await checkout(members.BILLING_ADMIN.token, purchase({ organizationId: org.id }));
    expect(suspended.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await balances(world, members.OWNER.token, org.id)).credits).toBe(1_000_000);
  });

  it('a member of org A cannot read org B\'s billing', async () => {
    const a = await orgWithRoles(world, 'Reader A');
    const b = await orgWithRoles(world, 'Reader B');
    const r = await call(world, a.members.OWNER.token, 'query ($id: ID!) { billingAccount(organizationId: $id) { mode } }', { id: b.org.id });
    expect(r.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND'); // outsiders learn nothing, not even that it exists
    const pay = await checkout(b.members.OWNER.token, purchase());
    const peek = await call(world, a.members.OWNER.token, 'query ($id: ID!) { payment(id: $id) { id } }', { id: pay.payment.id });
    expect(peek.data?.['payment']).toBeNull();
  });
});
