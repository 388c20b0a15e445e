import { createHmac } from 'node:crypto';
import Stripe from 'stripe';
import { startFakeRazorpayX, type FakeRazorpayX } from './fake-razorpayx.js';
import { startFakeStripe, type FakeStripe } from './fake-stripe.js';
import { startReceiver, basic } from './fake-receiver.test-kit.js';

/** The payout fakes' own contract: RazorpayX fund accounts and idempotent payouts, Stripe Connect accounts and transfers. */
describe('fake RazorpayX', () => {
  let fake: FakeRazorpayX;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  const request = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(`${fake.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: basic(fake.keyId, fake.keySecret), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const json = async <T = Record<string, unknown>>(res: Response | Promise<Response>) => (await (await res).json()) as T;
  const events = () => receiver.received.map((r) => JSON.parse(r.body) as { event: string; payload: Record<string, { entity: Record<string, unknown> }> });
  const waitForEvents = async (n: number) => {
    for (let i = 0; i < 100 && receiver.received.length < n; i++) await new Promise((r) => setTimeout(r, 20));
    expect(receiver.received.length).toBeGreaterThanOrEqual(n);
  };

  async function bankFundAccount(accountNumber = '50100012344321') {
    const contact = await json<{ id: string }>(request('POST', '/v1/contacts', { name: 'Asha Rao', email: 'asha@example.test', type: 'vendor', reference_id: 'usr_1' }));
    return json<{ id: string; bank_account: { account_number: string; bank_name: string } }>(
      request('POST', '/v1/fund_accounts', { contact_id: contact.id, account_type: 'bank_account', bank_account: { name: 'Asha Rao', ifsc: 'HDFC0001234', account_number: accountNumber } }),
    );
  }
  const payoutBody = (fundAccountId: string, amount = 250_000) => ({
    account_number: fake.accountNumber,
    fund_account_id: fundAccountId,
    amount,
    currency: 'INR',
    mode: 'IMPS',
    purpose: 'payout',
    queue_if_low_balance: true,
    reference_id: 'payout-1',
    narration: 'Guildhall payout',
  });

  beforeAll(async () => {
    receiver = await startReceiver();
    fake = await startFakeRazorpayX({ keyId: 'rzp_test_shared', keySecret: 'shared-secret', webhookUrl: receiver.url });
  });
  afterEach(() => {
    receiver.received.length = 0;
    fake.holdWebhooks(false);
    fake.setAutoProcess(true);
  });
  afterAll(async () => {
    await fake.stop();
    await new Promise((resolve) => receiver.server.close(resolve));
  });

  it('takes the key pair it was given, and answers in Razorpay error shape', async () => {
    expect(fake.keyId).toBe('rzp_test_shared');
    expect((await request('POST', '/v1/contacts', { name: 'Asha' }, { authorization: basic('rzp_test_shared', 'wrong') })).status).toBe(401);
    const bad = await request('POST', '/v1/contacts', { name: 'A' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'BAD_REQUEST_ERROR', description: expect.any(String) } });
    expect((await request('GET', '/v1/orders')).status).toBe(404);
  });

  it('keeps contacts and fund accounts once per details, and refuses bad IFSCs and VPAs', async () => {
    const first = await bankFundAccount();
    const again = await bankFundAccount();
    expect(again.id).toBe(first.id);
    expect(first.bank_account).toMatchObject({ bank_name: 'HDFC Bank', account_number: '50100012344321' });
    const contact = await json<{ id: string }>(request('POST', '/v1/contacts', { name: 'Ravi Kumar', type: 'vendor' }));
    const badIfsc = await request('POST', '/v1/fund_accounts', { contact_id: contact.id, account_type: 'bank_account', bank_account: { name: 'Ravi', ifsc: 'HDFC1234', account_number: '123456789' } });
    expect(badIfsc.status).toBe(400);
    const badVpa = await request('POST', '/v1/fund_accounts', { contact_id: contact.id, account_type: 'vpa', vpa: { address: 'no-at-sign' } });
    expect(badVpa.status).toBe(400);
    const vpa = await json<{ id: string; vpa: { address: string } }>(request('POST', '/v1/fund_accounts', { contact_id: contact.id, account_type: 'vpa', vpa: { address: 'ravi@okaxis' } }));
    expect(vpa.vpa.address).toBe('ravi@okaxis');
    expect((await json<{ account_type: string }>(request('GET', `/v1/fund_accounts/${vpa.id}`))).account_type).toBe('vpa');
  });

  it('validates a fund account and delivers fund_account.validation.completed, signed with the webhook secret', async () => {
    const fundAccount = await bankFundAccount('50100099990000');
    fake.invalidateNextValidation();
    const validation = await json<{ id: string; status: string }>(request('POST', '/v1/fund_accounts/validations', { account_number: fake.accountNumber, fund_account: { id: fundAccount.id }, amount: 100, currency: 'INR' }));
    expect(validation.status).toBe('created');
    await waitForEvents(1);
    const [got] = receiver.received;
    expect(got?.headers['x-razorpay-signature']).toBe(createHmac('sha256', fake.webhookSecret).update(got!.body).digest('hex'));
    const [event] = events();
    expect(event?.event).toBe('fund_account.validation.completed');
    expect(event?.payload['fund_account.validation']?.entity).toMatchObject({ id: validation.id, status: 'completed', results: { account_status: 'invalid' }, fund_account: { id: fundAccount.id } });
    // the next one is active again, and a test can complete one by the fund account's id
    const webhook = fake.completeValidation(fundAccount.id, 'active');
    expect(JSON.parse(webhook.body).payload['fund_account.validation'].entity.results.account_status).toBe('active');
  });

  it('makes one payout per X-Payout-Idempotency key and processes it', async () => {
    const fundAccount = await bankFundAccount();
    const before = fake.payoutCount();
    expect((await request('POST', '/v1/payouts', payoutBody(fundAccount.id))).status).toBe(400); // the header is required
    const first = await json<{ id: string; status: string }>(request('POST', '/v1/payouts', payoutBody(fundAccount.id), { 'x-payout-idempotency': 'key-1' }));
    const replay = await json<{ id: string }>(request('POST', '/v1/payouts', { ...payoutBody(fundAccount.id), narration: 'Guildhall payout' }, { 'x-payout-idempotency': 'key-1' }));
    expect(first.status).toBe('processing');
    expect(replay.id).toBe(first.id);
    const other = await request('POST', '/v1/payouts', payoutBody(fundAccount.id, 999_999), { 'x-payout-idempotency': 'key-1' });
    expect(other.status).toBe(400);
    expect(fake.payoutCount('key-1')).toBe(1);
    expect(fake.payoutRequestCount('key-1')).toBe(3);
    expect(fake.payoutCount()).toBe(before + 1);
    await waitForEvents(1);
    expect(events().map((e) => e.event)).toEqual(['payout.processed']);
    expect(await json(request('GET', `/v1/payouts/${first.id}`))).toMatchObject({ status: 'processed', utr: expect.any(String) });
  });

  it('fails or refuses the next payout on request', async () => {
    const fundAccount = await bankFundAccount();
    fake.failNextPayout('Account closed (test)');
    const failed = await json<{ id: string }>(request('POST', '/v1/payouts', payoutBody(fundAccount.id), { 'x-payout-idempotency': 'key-fail' }));
    await waitForEvents(1);
    expect(events()[0]).toMatchObject({ event: 'payout.failed', payload: { payout: { entity: { id: failed.id, status: 'failed', failure_reason: 'Account closed (test)' } } } });
    const count = fake.payoutCount();
    fake.refuseNextPayout();
    const refused = await request('POST', '/v1/payouts', payoutBody(fundAccount.id), { 'x-payout-idempotency': 'key-refused' });
    expect(refused.status).toBe(400);
    expect(fake.payoutCount()).toBe(count);
    // the refusal was once: the same key now goes through
    expect((await request('POST', '/v1/payouts', payoutBody(fundAccount.id), { 'x-payout-idempotency': 'key-refused' })).status).toBe(200);
    await waitForEvents(2);
    expect(events().map((e) => e.event)).toEqual(['payout.failed', 'payout.processed']);
  });

  it('leaves payouts processing when told, for a test to process, fail or reverse; holds webhooks on request', async () => {
    fake.setAutoProcess(false);
    fake.holdWebhooks(true);
    const fundAccount = await bankFundAccount();
    const payout = await json<{ id: string }>(request('POST', '/v1/payouts', payoutBody(fundAccount.id), { 'x-payout-idempotency': 'key-manual' }));
    expect(fake.payout(payout.id)?.status).toBe('processing');
    const processed = fake.process(payout.id);
    const reversed = fake.reverse(payout.id, 'Beneficiary account closed');
    expect(JSON.parse(reversed.body)).toMatchObject({ event: 'payout.reversed', payload: { payout: { entity: { status: 'reversed' } } } });
    expect(() => fake.fail(payout.id)).toThrow(/reversed/);
    await fake.deliver(processed);
    expect(events().map((e) => e.event)).toEqual(['payout.processed']);

    await request('POST', '/v1/fund_accounts/validations', { account_number: fake.accountNumber, fund_account: { id: fundAccount.id } });
    expect(fake.heldWebhooks().map((w) => JSON.parse(w.body).event)).toEqual(['fund_account.validation.completed']);
    expect(receiver.received).toHaveLength(1);
    expect((await fake.releaseWebhooks()).map((r) => r.status)).toEqual([202]);
    expect(fake.heldWebhooks()).toEqual([]);
    expect(receiver.received).toHaveLength(2);
    await request('POST', '/v1/fund_accounts/validations', { account_number: fake.accountNumber, fund_account: { id: fundAccount.id } });
    expect(fake.takeHeldWebhooks()).toHaveLength(1);
    expect(fake.heldWebhooks()).toEqual([]);
  });
});

describe('fake Stripe Connect', () => {
  let fake: FakeStripe;
  let stripe: Stripe;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  const connectEvents = () => receiver.received.map((r) => JSON.parse(r.body) as { type: string; account?: string; data: { object: Record<string, unknown> } });
  const waitForEvents = async (n: number) => {
    for (let i = 0; i < 100 && receiver.received.length < n; i++) await new Promise((r) => setTimeout(r, 20));
    expect(receiver.received.length).toBeGreaterThanOrEqual(n);
  };
  const newAccount = () =>
    stripe.accounts.create({
      country: 'DE',
      email: 'expert@example.test',
      controller: { stripe_dashboard: { type: 'express' }, fees: { payer: 'application' }, losses: { payments: 'application' } },
      capabilities: { transfers: { requested: true } },
      metadata: { payee_kind: 'USER', payee_id: 'u1' },
    });

  beforeAll(async () => {
    receiver = await startReceiver();
    fake = await startFakeStripe({ connectWebhookUrl: receiver.url });
    const url = new URL(fake.url);
    stripe = new Stripe(fake.secretKey, { host: url.hostname, port: url.port, protocol: 'http', maxNetworkRetries: 0, telemetry: false });
  });
  afterEach(() => {
    receiver.received.length = 0;
    fake.holdConnectWebhooks(false);
  });
  afterAll(async () => {
    await fake.stop();
    await new Promise((resolve) => receiver.server.close(resolve));
  });

  it('makes Express accounts with the SDK and onboards them through the hosted page', async () => {
    const account = await newAccount();
    expect(account).toMatchObject({ type: 'express', country: 'DE', default_currency: 'eur', payouts_enabled: false, capabilities: { transfers: 'inactive' } });
    const link = await stripe.accountLinks.create({ account: account.id, type: 'account_onboarding', return_url: 'http://dashboard.test/payouts?done=1', refresh_url: 'http://dashboard.test/payouts' });
    expect(link.url.startsWith(`${fake.url}/connect/onboarding/${account.id}`)).toBe(true);
    expect(await (await fetch(link.url)).text()).toContain('Complete onboarding');
    const action = `${fake.url}/connect/onboarding/${account.id}/complete?return=${encodeURIComponent('http://dashboard.test/payouts?done=1')}`;
    const done = await fetch(action, { method: 'POST', redirect: 'manual' });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('http://dashboard.test/payouts?done=1');
    expect(receiver.received).toHaveLength(1);
    const [got] = receiver.received;
    // signed with the Connect endpoint's secret, not the account endpoint's
    const event = Stripe.webhooks.constructEvent(got!.body, got!.headers['stripe-signature'] as string, fake.connectWebhookSecret);
    expect(() => Stripe.webhooks.constructEvent(got!.body, got!.headers['stripe-signature'] as string, fake.webhookSecret)).toThrow();
    expect(event).toMatchObject({ type: 'account.updated', account: account.id, data: { object: { id: account.id, charges_enabled: true, payouts_enabled: true, capabilities: { transfers: 'active' } } } });
    expect((await stripe.accounts.retrieve(account.id)).payouts_enabled).toBe(true);
  });

  it('transfers once per Idempotency-Key, only to an onboarded account, and announces transfer.created', async () => {
    const account = await newAccount();
    await expect(stripe.transfers.create({ amount: 5_000, currency: 'eur', destination: account.id }, { idempotencyKey: 'tr-early' })).rejects.toMatchObject({ code: 'insufficient_capabilities_for_transfer' });
    fake.completeOnboarding(account.id);
    const params = { amount: 5_000, currency: 'eur', destination: account.id, metadata: { payout_id: 'p1' } };
    const first = await stripe.transfers.create(params, { idempotencyKey: 'tr-1' });
    const again = await stripe.transfers.create(params, { idempotencyKey: 'tr-1' });
    expect(again.id).toBe(first.id);
    expect(fake.transferCount('tr-1')).toBe(1);
    await waitForEvents(1);
    expect(connectEvents().map((e) => [e.type, e.account, e.data.object['id']])).toEqual([['transfer.created', undefined, first.id]]);

    const reversed = fake.reverseTransfer(first.id);
    expect(JSON.parse(reversed.body)).toMatchObject({ type: 'transfer.reversed', data: { object: { id: first.id, reversed: true, amount_reversed: 5_000 } } });
    expect(reversed.provider).toBe('STRIPE_CONNECT');
  });

  it('refuses the next transfer on request, and holds Connect webhooks on request', async () => {
    const account = await newAccount();
    fake.completeOnboarding(account.id);
    fake.failNextTransfer();
    const total = fake.transferCount();
    await expect(stripe.transfers.create({ amount: 100, currency: 'eur', destination: account.id }, { idempotencyKey: 'tr-refused' })).rejects.toMatchObject({ code: 'balance_insufficient' });
    expect(fake.transferCount()).toBe(total);
    fake.holdConnectWebhooks(true);
    await stripe.transfers.create({ amount: 100, currency: 'eur', destination: account.id }, { idempotencyKey: 'tr-refused' });
    expect(fake.heldConnectWebhooks().map((w) => JSON.parse(w.body).type)).toEqual(['transfer.created']);
    expect(receiver.received).toHaveLength(0);
    await fake.releaseConnectWebhooks();
    expect(receiver.received).toHaveLength(1);
    await stripe.transfers.create({ amount: 100, currency: 'eur', destination: account.id }, { idempotencyKey: 'tr-taken' });
    expect(fake.takeHeldConnectWebhooks().map((w) => w.provider)).toEqual(['STRIPE_CONNECT']);
    expect(fake.heldConnectWebhooks()).toEqual([]);
  });
});

