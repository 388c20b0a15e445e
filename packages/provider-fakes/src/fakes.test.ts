import Stripe from 'stripe';
import { formatAmount, safeReturnUrl } from './checkout-page.js';
import { startFakeRazorpay, type FakeRazorpay } from './fake-razorpay.js';
import { startFakeStripe, type FakeStripe } from './fake-stripe.js';
import { parseForm } from './form-body.js';
import { withBadSignature } from './signed-webhook.js';
import { startReceiver, basic } from './fake-receiver.test-kit.js';

/** The payment fakes' own contract: auth, refusals, idempotency and the hosted checkout's delivery of webhooks. */
describe('fake Razorpay', () => {
  let fake: FakeRazorpay;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  const post = (path: string, body: unknown, auth?: string) =>
    fetch(`${fake.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: auth ?? basic(fake.keyId, fake.keySecret) },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    receiver = await startReceiver();
    fake = await startFakeRazorpay({ webhookUrl: receiver.url });
  });
  afterAll(async () => {
    await fake.stop();
    await new Promise((resolve) => receiver.server.close(resolve));
  });

  it('wants the key pair, and answers in Razorpay error shape', async () => {
    const unauthorized = await post('/v1/orders', { amount: 10_000, currency: 'INR' }, basic(fake.keyId, 'wrong'));
    expect(unauthorized.status).toBe(401);
    const small = await post('/v1/orders', { amount: 99, currency: 'INR' });
    expect(small.status).toBe(400);
    expect(await small.json()).toMatchObject({ error: { code: 'BAD_REQUEST_ERROR', description: expect.any(String) } });
  });

  it('refunds idempotently on notes.refund_id and never beyond the captured amount', async () => {
    const order = (await (await post('/v1/orders', { amount: 10_000, currency: 'INR' })).json()) as { id: string };
    const { paymentId } = fake.capture(order.id);
    const refund = (body: unknown) => post(`/v1/payments/${paymentId}/refund`, body);
    const first = await (await refund({ amount: 6_000, notes: { refund_id: 'r1' } })).json();
    const again = await (await refund({ amount: 6_000, notes: { refund_id: 'r1' } })).json();
    expect(again).toEqual(first);
    expect((await refund({ amount: 4_001 })).status).toBe(400);
    const rest = (await (await refund({})).json()) as { amount: number; status: string };
    expect(rest).toMatchObject({ amount: 4_000, status: 'processed' });
  });

  it('hosts a checkout page that captures and delivers both webhooks, once', async () => {
    const order = (await (await post('/v1/orders', { amount: 149_900, currency: 'INR', notes: { description: 'A <b>class</b>' } })).json()) as { id: string };
    const page = await (await fetch(`${fake.url}/checkout/${order.id}`)).text();
    expect(page).toContain('Test payment — nothing is charged');
    expect(page).toContain(formatAmount(149_900, 'INR'));
    expect(page).not.toContain('<b>class</b>');

    const paid = await fetch(`${fake.url}/checkout/${order.id}/pay`, { method: 'POST' });
    expect(await paid.text()).toContain('Paid');
    expect(receiver.received.map((r) => (JSON.parse(r.body) as { event: string }).event)).toEqual(['payment.captured', 'order.paid']);
    expect(receiver.received[0]?.headers['x-razorpay-signature']).toMatch(/^[0-9a-f]{64}$/);

    await fetch(`${fake.url}/checkout/${order.id}/pay`, { method: 'POST' });
    expect(receiver.received).toHaveLength(2);
  });

  it('redirects to an http(s) return URL only', async () => {
    const order = (await (await post('/v1/orders', { amount: 10_000, currency: 'INR' })).json()) as { id: string };
    const back = await fetch(`${fake.url}/checkout/${order.id}/pay?return=${encodeURIComponent('http://localhost:3000/done?x=1')}`, {
      method: 'POST',
      redirect: 'manual',
    });
    expect(back.status).toBe(303);
    expect(back.headers.get('location')).toBe('http://localhost:3000/done?x=1');
    expect(safeReturnUrl('javascript:alert(1)')).toBeNull();
    expect(safeReturnUrl('/relative')).toBeNull();
  });

  it('delivers a webhook as is; the receiver sees the exact bytes and headers', async () => {
    const order = (await (await post('/v1/orders', { amount: 10_000, currency: 'INR' })).json()) as { id: string };
    const { webhook } = fake.fail(order.id);
    const before = receiver.received.length;
    const result = await fake.deliver(withBadSignature(webhook));
    expect(result).toEqual({ status: 202, body: 'ok' });
    const got = receiver.received[before];
    expect(got?.body).toBe(webhook.body);
    expect(got?.headers['x-razorpay-signature']).not.toBe(webhook.headers['x-razorpay-signature']);
  });
});

describe('fake Stripe', () => {
  let fake: FakeStripe;
  const form = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${fake.url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${fake.secretKey}`, 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body,
    });

  beforeAll(async () => {
    fake = await startFakeStripe();
  });
  afterAll(() => fake.stop());

  it('wants the secret key, and answers in Stripe error shape', async () => {
    const unauthorized = await fetch(`${fake.url}/v1/payment_intents`, { method: 'POST', headers: { authorization: 'Bearer sk_test_nope' } });
    expect(unauthorized.status).toBe(401);
    const missing = await form('/v1/payment_intents', 'currency=usd');
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({ error: { type: 'invalid_request_error', message: 'Missing required param: amount.', param: 'amount', code: 'parameter_missing' } });
  });

  it('replays a request with the same Idempotency-Key and refuses the key with other parameters', async () => {
    const first = await form('/v1/payment_intents', 'amount=500&currency=usd', { 'idempotency-key': 'k1' });
    const again = await form('/v1/payment_intents', 'amount=500&currency=usd', { 'idempotency-key': 'k1' });
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(await first.json());
    const other = await form('/v1/payment_intents', 'amount=501&currency=usd', { 'idempotency-key': 'k1' });
    expect(other.status).toBe(400);
    expect(await other.json()).toMatchObject({ error: { type: 'idempotency_error' } });
  });

  it('hosts a checkout page for a PaymentIntent', async () => {
    const intent = (await (await form('/v1/payment_intents', 'amount=1999&currency=eur')).json()) as { id: string };
    expect(await (await fetch(`${fake.url}/checkout/${intent.id}`)).text()).toContain(formatAmount(1999, 'EUR'));
    const paid = await (await fetch(`${fake.url}/checkout/${intent.id}/pay`, { method: 'POST' })).text();
    expect(paid).toContain('No webhook URL is configured');
    const after = (await (await fetch(`${fake.url}/v1/payment_intents/${intent.id}`, { headers: { authorization: `Bearer ${fake.secretKey}` } })).json()) as {
      status: string;
      latest_charge: string;
    };
    expect(after).toMatchObject({ status: 'succeeded', latest_charge: expect.stringMatching(/^ch_/) });
  });
});

describe('parseForm', () => {
  it('reads Stripe bracket notation', () => {
    expect(parseForm('amount=100&metadata[payment_id]=p%201&automatic_payment_methods[enabled]=false&allowed_payment_method_types[0]=card&a[]=x&a[]=y')).toEqual({
      amount: '100',
      metadata: { payment_id: 'p 1' },
      automatic_payment_methods: { enabled: 'false' },
      allowed_payment_method_types: { 0: 'card' },
      a: { 0: 'x', 1: 'y' },
    });
  });
});

