import type { EntityManager } from '@mikro-orm/postgresql';
import Stripe from 'stripe';
import { payoutSettings, type Principal } from '@guildhall/kernel';
import { withBadSignature, withoutHeader, type SignedWebhook } from '@guildhall/provider-fakes';
import { waitUntil } from '@guildhall/testkit';
import { sweepUnappliedPayoutEvents } from '../src/usecases/provider-events.js';
import { linkPayoutAccount } from '../src/usecases/payout-accounts.js';
import { PAYOUTS_CAUSE } from '../src/usecases/payouts-cause.js';
import { batch, call, expert, orgWithRoles, rows, usePayoutSystem, type Person, type PayoutWorld, type Role } from './payout-fixtures.js';

/**
 * Payout accounts through the real gateway: who may link and read them, input checks, RazorpayX bank
 * accounts verified by the validation webhook and Stripe Connect accounts by onboarding, the webhook
 * edge (signatures, exactly-once), and the masked-only storage of destinations.
 */
let world: PayoutWorld;
usePayoutSystem((w) => (world = w));

const FIELDS = 'id payee { kind id } provider status statusDetail maskedDestination currency';
const LINK = `mutation ($input: LinkPayoutAccountInput!) { linkPayoutAccount(input: $input) { payoutAccount { ${FIELDS} } onboardingUrl userErrors { code field message } } }`;
const ORG_ACCOUNT = `query ($id: ID!) { payoutAccount(organizationId: $id) { ${FIELDS} } }`;
const MY_ACCOUNT = `{ myPayoutAccount { ${FIELDS} } }`;
const ONBOARDING = `mutation ($input: PayoutOnboardingLinkInput!) { payoutOnboardingLink(input: $input) { url userErrors { code field message } } }`;

const ACCOUNT_NUMBER = '50100012344321';
const bank = (accountNumber = ACCOUNT_NUMBER, accountHolder = 'Tara Host Pvt Ltd') => ({ bankAccount: { accountHolder, ifsc: 'HDFC0001234', accountNumber } });
const orgPayee = (id: string) => ({ kind: 'ORGANIZATION', id });
const codeOf = (r: { errors?: { extensions?: { code?: string } }[] | undefined }) => r.errors?.[0]?.extensions?.code;
const webhookUrl = (path: string) => world.system.gatewayUrl.replace(/\/graphql$/, `/webhooks/${path}`);

async function link(token: string, input: Record<string, unknown>) {
  const r = await call(world, token, LINK, { input });
  return { errors: r.errors, payload: r.data?.['linkPayoutAccount'] as { payoutAccount: Record<string, any> | null; onboardingUrl: string | null; userErrors: { code: string; field: string[] | null; message: string }[] } | undefined }; // eslint-disable-line @typescript-eslint/no-explicit-any
}
const orgAccount = async (token: string, organizationId: string) => (await call(world, token, ORG_ACCOUNT, { id: organizationId })).data?.['payoutAccount'] as Record<string, unknown> | null;
const accountRow = async (id: string) => (await rows<{ status: string; provider_account_id: string; masked_destination: string }>(world, 'select status, provider_account_id, masked_destination from payouts.payout_account where id = $1', [id]))[0]!;
const counts = async () =>
  (await rows<{ accounts: number; events: number; outbox: number }>(
    world,
    `select (select count(*)::int from payouts.payout_account) as accounts, (select count(*)::int from payouts.provider_event) as events, (select count(*)::int from payouts.outbox) as outbox`,
  ))[0]!;
const accountEvents = (accountId: string) =>
  rows<{ change: string; status: string; previous: string | null; organization_id: string | null }>(
    world,
    `select payload->>'change' as change, payload->>'status' as status, payload->>'previousStatus' as previous, organization_id from payouts.outbox where type = 'payouts.account.changed' and aggregate_id = $1 order by seq`,
    [accountId],
  );

/**
 * Links an org's RazorpayX account with its validation webhook held back by the fake; returns the
 * account (PENDING_VERIFICATION) and that webhook, which the test delivers (or forges) itself.
 */
async function linkHeld(token: string, organizationId: string, destination: Record<string, unknown> = bank()): Promise<{ account: Record<string, any>; validation: SignedWebhook }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const { razorpayx } = world.system.payouts;
  razorpayx.holdWebhooks(true);
  try {
    const { payload, errors } = await link(token, { payee: orgPayee(organizationId), provider: 'RAZORPAYX', destination });
    expect(errors).toBeUndefined();
    expect(payload?.userErrors).toEqual([]);
    const held = razorpayx.takeHeldWebhooks();
    expect(held.map((w) => JSON.parse(w.body).event)).toEqual(['fund_account.validation.completed']);
    return { account: payload!.payoutAccount!, validation: held[0]! };
  } finally {
    razorpayx.holdWebhooks(false);
  }
}

let host: { id: string };
let members: Record<Role, Person>;
let otherOwner: Person;

beforeAll(async () => {
  ({ org: host, members } = await orgWithRoles(world, 'Tara Host', ['MAINTAINER', 'BILLING_ADMIN', 'LEARNER']));
  ({ members: { OWNER: otherOwner } } = await orgWithRoles(world, 'Other Host'));
});

describe('an org account with RazorpayX', () => {
  let accountId: string;

  it('the OWNER links a bank account: stored masked, PENDING_VERIFICATION until the validation webhook verifies it', async () => {
    const { razorpayx } = world.system.payouts;
    razorpayx.holdWebhooks(true);
    let validation: SignedWebhook;
    try {
      const { payload, errors } = await link(members.OWNER.token, { payee: orgPayee(host.id), provider: 'RAZORPAYX', destination: bank() });
      expect(errors).toBeUndefined();
      expect(payload).toEqual({
        payoutAccount: {
          id: expect.any(String),
          payee: { kind: 'ORGANIZATION', id: host.id },
          provider: 'RAZORPAYX',
          status: 'PENDING_VERIFICATION',
          statusDetail: null,
          maskedDestination: 'HDFC0001234 ••••4321',
          currency: 'INR',
        },
        onboardingUrl: null,
        userErrors: [],
      });
      accountId = payload!.payoutAccount!['id'];
      validation = razorpayx.takeHeldWebhooks()[0]!;
    } finally {
      razorpayx.holdWebhooks(false);
    }
    expect(await orgAccount(members.OWNER.token, host.id)).toMatchObject({ id: accountId, status: 'PENDING_VERIFICATION' });
    // the fake RazorpayX has the number; payouts only its fund account id
    const row = await accountRow(accountId);
    expect(razorpayx.fundAccount(row.provider_account_id)?.bank_account?.account_number).toBe(ACCOUNT_NUMBER);

    const delivered = await razorpayx.deliver(validation!);
    expect(delivered.status).toBe(200);
    expect(JSON.parse(delivered.body)).toEqual({ received: true, duplicate: false });
    expect(await orgAccount(members.OWNER.token, host.id)).toMatchObject({ id: accountId, status: 'VERIFIED' });
    expect(await accountEvents(accountId)).toEqual([
      { change: 'linked', status: 'PENDING_VERIFICATION', previous: null, organization_id: host.id },
      { change: 'status-changed', status: 'VERIFIED', previous: 'PENDING_VERIFICATION', organization_id: host.id },
    ]);
  });

  it('keeps the full account number nowhere in the payouts schema (tables, outbox, stored webhooks)', async () => {
    const tables = await rows<{ table_name: string }>(world, `select table_name from information_schema.tables where table_schema = 'payouts' and table_type = 'BASE TABLE'`);
    expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(['payout_account', 'provider_event', 'outbox']));
    for (const { table_name } of tables) {
      const [found] = await rows<{ n: number }>(world, `select count(*)::int as n from payouts."${table_name}" t where t::text like $1`, [`%${ACCOUNT_NUMBER}%`]);
      expect({ table: table_name, rows: found!.n }).toEqual({ table: table_name, rows: 0 });
    }
    const [stored] = await rows<{ payload: string }>(world, `select payload::text from payouts.provider_event where provider = 'RAZORPAYX' and subject_id = (select provider_account_id from payouts.payout_account where id = $1)`, [accountId]);
    expect(stored!.payload).toContain('••••4321');
    expect(stored!.payload).not.toContain('Tara Host Pvt Ltd');
  });

  it('is audited under PAYOUT for the org', async () => {
    await waitUntil(
      async () => (await rows(world, `select 1 from compliance.audit_entry where action = 'PAYOUT_ACCOUNT_CHANGED' and category = 'PAYOUT' and organization_id = $1 and target_id = $2`, [host.id, accountId])).length === 2,
      10_000,
      'the audit entries',
    );
  });

  it('reads: MAINTAINER and BILLING_ADMIN may (payouts.read), a LEARNER may not, another org learns nothing', async () => {
    for (const role of ['MAINTAINER', 'BILLING_ADMIN'] as const) expect(await orgAccount(members[role].token, host.id)).toMatchObject({ id: accountId, maskedDestination: 'HDFC0001234 ••••4321' });
    expect(codeOf(await call(world, members.LEARNER.token, ORG_ACCOUNT, { id: host.id }))).toBe('FORBIDDEN');
    expect(codeOf(await call(world, otherOwner.token, ORG_ACCOUNT, { id: host.id }))).toBe('NOT_FOUND');
    // nor through the org entity
    const viaOrg = await call(world, otherOwner.token, `query ($id: ID!) { organization(id: $id) { payoutAccount { id } } }`, { id: host.id });
    expect(JSON.stringify(viaOrg.data ?? {})).not.toContain(accountId);
  });

  it('only the OWNER links: MAINTAINER and BILLING_ADMIN are FORBIDDEN, another org NOT_FOUND, nothing written', async () => {
    const before = await counts();
    for (const role of ['MAINTAINER', 'BILLING_ADMIN'] as const) {
      const r = await link(members[role].token, { payee: orgPayee(host.id), provider: 'RAZORPAYX', destination: bank('111122223333') });
      expect(codeOf(r)).toBe('FORBIDDEN');
      expect(r.errors?.[0]?.message).toContain('OWNER');
    }
    expect(codeOf(await link(otherOwner.token, { payee: orgPayee(host.id), provider: 'RAZORPAYX', destination: bank('111122223333') }))).toBe('NOT_FOUND');
    // an expert is theirs alone
    expect(codeOf(await link(otherOwner.token, { payee: { kind: 'USER', id: members.OWNER.userId }, provider: 'RAZORPAYX', destination: bank('111122223333') }))).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
    expect(await orgAccount(members.OWNER.token, host.id)).toMatchObject({ id: accountId, status: 'VERIFIED' });
  });

  it('bad input is a typed user error on its field, and writes nothing', async () => {
    const before = await counts();
    const cases: [Record<string, unknown>, string[]][] = [
      [{ provider: 'RAZORPAYX', destination: bank('12345678') }, ['input', 'destination', 'bankAccount', 'accountNumber']],
      [{ provider: 'RAZORPAYX', destination: { bankAccount: { accountHolder: 'Tara Host', ifsc: 'HDFC1001234', accountNumber: ACCOUNT_NUMBER } } }, ['input', 'destination', 'bankAccount', 'ifsc']],
      [{ provider: 'RAZORPAYX', destination: { vpa: { accountHolder: 'Tara Host', address: 'not-a-vpa' } } }, ['input', 'destination', 'vpa', 'address']],
      [{ provider: 'RAZORPAYX', destination: { ...bank(), vpa: { accountHolder: 'Tara Host', address: 'tara@okaxis' } } }, ['input', 'destination']],
      [{ provider: 'RAZORPAYX' }, ['input', 'destination']],
      [{ provider: 'RAZORPAYX', destination: bank(), currency: 'USD' }, ['input', 'currency']],
      [{ provider: 'STRIPE_CONNECT' }, ['input', 'returnUrl']],
      [{ provider: 'STRIPE_CONNECT', returnUrl: 'javascript:alert(1)' }, ['input', 'returnUrl']],
      [{ provider: 'STRIPE_CONNECT', returnUrl: 'http://dashboard.test/p', destination: bank() }, ['input', 'destination']],
      [{ provider: 'STRIPE_CONNECT', returnUrl: 'http://dashboard.test/p', currency: 'XYZ' }, ['input', 'currency']],
      [{ provider: 'STRIPE_CONNECT', returnUrl: 'http://dashboard.test/p', country: 'Germany' }, ['input', 'country']],
    ];
    for (const [input, field] of cases) {
      const { payload, errors } = await link(members.OWNER.token, { payee: orgPayee(host.id), ...input });
      expect(errors).toBeUndefined();
      expect(payload?.payoutAccount).toBeNull();
      expect(payload?.userErrors.map((e) => [e.code, e.field])).toContainEqual(['BAD_USER_INPUT', field]);
    }
    expect(await counts()).toEqual(before);
    expect(await orgAccount(members.OWNER.token, host.id)).toMatchObject({ id: accountId, status: 'VERIFIED' });
  });

  it('linking again replaces the account: the old one DISABLED, the new one pending its own check', async () => {
    const { account, validation } = await linkHeld(members.OWNER.token, host.id, { vpa: { accountHolder: 'Tara Host', address: 'tara.host@okaxis' } });
    expect(account).toMatchObject({ status: 'PENDING_VERIFICATION', maskedDestination: 'ta••@okaxis' });
    expect((await accountRow(accountId)).status).toBe('DISABLED');
    expect(await orgAccount(members.OWNER.token, host.id)).toMatchObject({ id: account['id'] });
    expect((await accountEvents(accountId)).at(-1)).toEqual({ change: 'replaced', status: 'DISABLED', previous: 'VERIFIED', organization_id: host.id });
    expect(await rows(world, `select count(*)::int as n from payouts.payout_account where payee_kind = 'ORGANIZATION' and payee_id = $1 and status <> 'DISABLED'`, [host.id])).toEqual([{ n: 1 }]);
    expect((await world.system.payouts.razorpayx.deliver(validation)).status).toBe(200);
    expect(await orgAccount(members.OWNER.token, host.id)).toMatchObject({ id: account['id'], status: 'VERIFIED' });
  });
});

describe('an expert with Stripe Connect', () => {
  let person: Person;
  let accountId: string;
  let providerAccountId: string;

  beforeAll(async () => {
    person = await expert(world, 'Ines Expert');
  });

  it('links for themselves, gets an onboarding URL, and turns VERIFIED on account.updated', async () => {
    const { payload, errors } = await link(person.token, { provider: 'STRIPE_CONNECT', returnUrl: 'http://dashboard.test/payouts/done', country: 'DE', currency: 'EUR' });
    expect(errors).toBeUndefined();
    expect(payload?.userErrors).toEqual([]);
    accountId = payload!.payoutAccount!['id'];
    providerAccountId = (await accountRow(accountId)).provider_account_id;
    expect(payload!.payoutAccount).toEqual({
      id: accountId,
      payee: { kind: 'USER', id: person.userId },
      provider: 'STRIPE_CONNECT',
      status: 'PENDING_VERIFICATION',
      statusDetail: null,
      maskedDestination: `Stripe account ••••${providerAccountId.slice(-4)}`,
      currency: 'EUR',
    });
    const { stripeConnect } = world.system.payouts;
    expect(payload!.onboardingUrl).toMatch(new RegExp(`^${stripeConnect.url}/connect/onboarding/${providerAccountId}\\?`));
    expect(stripeConnect.account(providerAccountId)).toMatchObject({ country: 'DE', email: person.email });
    expect((await call(world, person.token, MY_ACCOUNT)).data?.['myPayoutAccount']).toMatchObject({ id: accountId, status: 'PENDING_VERIFICATION' });
    expect(await accountEvents(accountId)).toEqual([{ change: 'linked', status: 'PENDING_VERIFICATION', previous: null, organization_id: null }]);

    // links expire: a fresh one while onboarding is unfinished
    const again = await call(world, person.token, ONBOARDING, { input: { returnUrl: 'http://dashboard.test/payouts/done' } });
    expect(again.data?.['payoutOnboardingLink']).toEqual({ url: expect.stringContaining(`/connect/onboarding/${providerAccountId}`), userErrors: [] });

    // the expert finishes Stripe's (test) onboarding page: Stripe sends account.updated to /webhooks/stripe-connect
    const done = await fetch(`${stripeConnect.url}/connect/onboarding/${providerAccountId}/complete?return=${encodeURIComponent('http://dashboard.test/payouts/done')}`, { method: 'POST', redirect: 'manual' });
    expect(done.status).toBe(303);
    await waitUntil(async () => (await call(world, person.token, MY_ACCOUNT)).data?.['myPayoutAccount']?.status === 'VERIFIED', 10_000, 'the account to be verified');
    expect((await accountEvents(accountId)).at(-1)).toEqual({ change: 'status-changed', status: 'VERIFIED', previous: 'PENDING_VERIFICATION', organization_id: null });

    const late = await call(world, person.token, ONBOARDING, { input: { returnUrl: 'http://dashboard.test/payouts/done' } });
    expect(late.data?.['payoutOnboardingLink']).toMatchObject({ url: null, userErrors: [{ code: 'CONFLICT' }] });
  });

  it('is theirs alone: another person sees only their own (none), an org OWNER cannot link it', async () => {
    const stranger = await expert(world, 'Stranger');
    expect((await call(world, stranger.token, MY_ACCOUNT)).data).toEqual({ myPayoutAccount: null });
    expect(codeOf(await call(world, members.OWNER.token, ONBOARDING, { input: { payee: { kind: 'USER', id: person.userId }, returnUrl: 'http://dashboard.test/p' } }))).toBe('FORBIDDEN');
  });

  it('an older account.updated never overrides a newer one', async () => {
    const { stripeConnect } = world.system.payouts;
    const stale = JSON.parse(stripeConnect.rejectAccount(providerAccountId, 'rejected.other').body) as { created: number };
    expect(stale.created).toBeGreaterThan(0);
    // re-sign an event from before the verification (Stripe's own signature scheme)
    const body = JSON.stringify({ ...stale, id: `evt_stale_${Date.now()}`, created: stale.created - 3600 });
    const header = Stripe.webhooks.generateTestHeaderString({ payload: body, secret: stripeConnect.connectWebhookSecret });
    const r = await fetch(webhookUrl('stripe-connect'), { method: 'POST', body, headers: { 'content-type': 'application/json', 'stripe-signature': header } });
    expect(r.status).toBe(200);
    expect((await rows(world, `select outcome from payouts.provider_event where provider_event_id like 'evt_stale_%'`))[0]).toEqual({ outcome: 'account stale' });
    expect((await accountRow(accountId)).status).toBe('VERIFIED');
  });
});

describe('the webhook edge', () => {
  let org: { id: string };
  let owner: Person;

  beforeAll(async () => {
    ({ org, members: { OWNER: owner } } = await orgWithRoles(world, 'Edge Host'));
  });

  it('a bad or missing signature is 400 and stores nothing', async () => {
    const { account, validation } = await linkHeld(owner.token, org.id, bank('222233334444'));
    const { razorpayx, stripeConnect } = world.system.payouts;
    const before = await counts();
    const forged = { ...validation, body: validation.body.replace('"active"', '"invalid"') };
    expect((await razorpayx.deliver(withBadSignature(validation))).status).toBe(400);
    expect((await razorpayx.deliver(forged)).status).toBe(400);
    expect((await razorpayx.deliver(withoutHeader(validation, 'x-razorpay-signature'))).status).toBe(400);
    // signed, but with the payments endpoint's secret: not a RazorpayX event
    expect((await razorpayx.deliver(validation, webhookUrl('razorpay'))).status).toBe(400);
    const stripeAccount = (await rows<{ provider_account_id: string }>(world, `select provider_account_id from payouts.payout_account where provider = 'STRIPE_CONNECT' limit 1`))[0]!.provider_account_id;
    const connect = stripeConnect.completeOnboarding(stripeAccount);
    expect((await stripeConnect.deliver(withBadSignature(connect))).status).toBe(400);
    // signed for Connect, sent to the payments endpoint: its secret does not verify it either
    expect((await stripeConnect.deliver(connect, webhookUrl('stripe'))).status).toBe(400);
    expect((await stripeConnect.deliver({ ...connect, headers: { ...connect.headers, 'stripe-signature': connect.headers['stripe-signature']!.replace(/v1=[0-9a-f]+/, 'v1=' + '0'.repeat(64)) } })).status).toBe(400);
    expect(await counts()).toEqual(before);
    expect((await accountRow(account['id'])).status).toBe('PENDING_VERIFICATION');
    // the genuine one still goes through
    expect((await razorpayx.deliver(validation)).status).toBe(200);
    expect((await accountRow(account['id'])).status).toBe('VERIFIED');
  });

  it('the same webhook delivered many times, at once, applies once', async () => {
    const { account, validation } = await linkHeld(owner.token, org.id, bank('333344445555'));
    const results = await Promise.all(Array.from({ length: 8 }, () => world.system.payouts.razorpayx.deliver(validation)));
    expect(new Set(results.map((r) => r.status))).toEqual(new Set([200]));
    expect(results.filter((r) => JSON.parse(r.body).duplicate === false)).toHaveLength(1);
    const eventId = validation.headers['x-razorpay-event-id'];
    expect(await rows(world, `select count(*)::int as n, count(applied_at)::int as applied from payouts.provider_event where provider = 'RAZORPAYX' and provider_event_id = $1`, [eventId])).toEqual([{ n: 1, applied: 1 }]);
    expect((await accountEvents(account['id'])).filter((e) => e.change === 'status-changed')).toEqual([{ change: 'status-changed', status: 'VERIFIED', previous: 'PENDING_VERIFICATION', organization_id: org.id }]);
  });

  it('a webhook that comes before its account is stored is applied when the account is linked', async () => {
    const { razorpayx } = world.system.payouts;
    // the fund account the link will make (RazorpayX answers the same details with the same contact and fund account)
    const basic = `Basic ${Buffer.from(`${razorpayx.keyId}:${razorpayx.keySecret}`).toString('base64')}`;
    const post = async (path: string, body: unknown) =>
      (await (await fetch(`${razorpayx.url}${path}`, { method: 'POST', headers: { authorization: basic, 'content-type': 'application/json' }, body: JSON.stringify(body) })).json()) as { id: string };
    const { org: early, members: m } = await orgWithRoles(world, 'Early Host');
    const contact = await post('/v1/contacts', { name: 'Early Host Ltd', email: m.OWNER.email, type: 'vendor', reference_id: `org_${early.id}`, notes: { payee: `org_${early.id}` } });
    const fundAccount = await post('/v1/fund_accounts', { contact_id: contact.id, account_type: 'bank_account', bank_account: { name: 'Early Host Ltd', ifsc: 'HDFC0001234', account_number: '444455556666' } });
    razorpayx.holdWebhooks(true);
    await post('/v1/fund_accounts/validations', { account_number: razorpayx.accountNumber, fund_account: { id: fundAccount.id }, amount: 100, currency: 'INR' });
    razorpayx.holdWebhooks(false);
    const [first] = razorpayx.takeHeldWebhooks();
    const r = await razorpayx.deliver(first!);
    expect(r.status).toBe(200);
    expect(await rows(world, `select applied_at, attempts, last_error from payouts.provider_event where subject_id = $1`, [fundAccount.id])).toEqual([
      { applied_at: null, attempts: 1, last_error: `no payout account ${fundAccount.id} yet` },
    ]);
    const { account } = await linkHeld(m.OWNER.token, early.id, bank('444455556666', 'Early Host Ltd'));
    // the early event was applied as soon as the account was stored
    expect(account).toMatchObject({ status: 'VERIFIED' });
    expect(await rows(world, `select applied_at is not null as applied, outcome from payouts.provider_event where subject_id = $1`, [fundAccount.id])).toEqual([{ applied: true, outcome: 'account verified' }]);
  });

  it('an event that cannot apply yet stays stored, and the sweep applies it later', async () => {
    const { razorpayx } = world.system.payouts;
    razorpayx.setAutoProcess(false);
    const { account } = await linkHeld(owner.token, org.id, bank('555566667777'));
    const fundAccountId = (await accountRow(account['id'])).provider_account_id;
    const basic = `Basic ${Buffer.from(`${razorpayx.keyId}:${razorpayx.keySecret}`).toString('base64')}`;
    const created = (await (
      await fetch(`${razorpayx.url}/v1/payouts`, {
        method: 'POST',
        headers: { authorization: basic, 'content-type': 'application/json', 'x-payout-idempotency': 'sweep-test' },
        body: JSON.stringify({ account_number: razorpayx.accountNumber, fund_account_id: fundAccountId, amount: 60_000, currency: 'INR', mode: 'IMPS', purpose: 'payout' }),
      })
    ).json()) as { id: string };
    razorpayx.setAutoProcess(true);
    // payout.processed for a payout payouts has not recorded yet: stored, answered 200, not applied
    expect((await razorpayx.deliver(razorpayx.process(created.id))).status).toBe(200);
    expect(await rows(world, `select applied_at from payouts.provider_event where subject_id = $1`, [created.id])).toEqual([{ applied_at: null }]);
    const em = world.orm.em.fork() as unknown as EntityManager;
    expect(await sweepUnappliedPayoutEvents(em, PAYOUTS_CAUSE, 0)).toBeGreaterThanOrEqual(1);
    expect((await rows<{ attempts: number }>(world, `select attempts from payouts.provider_event where subject_id = $1`, [created.id]))[0]!.attempts).toBe(2);

    // now the payout is on record as sent (what the batch writes), and the sweep applies the event
    const batchId = await batch(world);
    await world.db.query(
      `insert into payouts.payout (id, batch_id, payee_kind, payee_id, payout_account_id, provider, currency, gross_minor, tds_section, tds_rate_bps, tds_minor, net_minor, status, idempotency_key, provider_payout_id)
       values (gen_random_uuid(), $1, 'ORGANIZATION', $2, $3, 'RAZORPAYX', 'INR', 60000, '194O', 0, 0, 60000, 'PROCESSING', 'sweep-test', $4)`,
      [batchId, org.id, account['id'], created.id],
    );
    await sweepUnappliedPayoutEvents(em, PAYOUTS_CAUSE, 0);
    expect(await rows(world, `select outcome, applied_at is not null as applied from payouts.provider_event where subject_id = $1`, [created.id])).toEqual([{ outcome: 'payout processed', applied: true }]);
    expect(await rows(world, `select status from payouts.payout where provider_payout_id = $1`, [created.id])).toEqual([{ status: 'PROCESSED' }]);
  });
});

describe('a provider that cannot be reached', () => {
  it('is PAYMENT_PROVIDER_UNAVAILABLE, and nothing is stored', async () => {
    const person = await expert(world, 'Offline Expert');
    const principal: Principal = { kind: 'user', userId: person.userId, email: person.email, sessionId: 'test', platformAdmin: false, memberships: {} };
    const down = payoutSettings({ RAZORPAY_KEY_ID: 'k', RAZORPAY_KEY_SECRET: 's', RAZORPAYX_ACCOUNT_NUMBER: '7878780000000001', RAZORPAYX_API_URL: 'http://127.0.0.1:1', STRIPE_SECRET_KEY: 'sk_test_x', STRIPE_API_URL: 'http://127.0.0.1:1' });
    const deps = { em: world.orm.em.fork() as unknown as EntityManager, principal, origin: null, services: { payouts: down, webUrl: 'http://dashboard.test', development: true } };
    const viaRazorpayX = await linkPayoutAccount(deps, { payee: null, provider: 'RAZORPAYX', destination: bank(), returnUrl: null, country: null, currency: null });
    expect(viaRazorpayX).toMatchObject({ ok: false, errors: [{ code: 'PAYMENT_PROVIDER_UNAVAILABLE' }] });
    const viaStripe = await linkPayoutAccount(deps, { payee: null, provider: 'STRIPE_CONNECT', destination: null, returnUrl: 'http://dashboard.test/p', country: null, currency: null });
    expect(viaStripe).toMatchObject({ ok: false, errors: [{ code: 'PAYMENT_PROVIDER_UNAVAILABLE' }] });
    expect(await rows(world, `select count(*)::int as n from payouts.payout_account where payee_id = $1`, [person.userId])).toEqual([{ n: 0 }]);
  });
});
