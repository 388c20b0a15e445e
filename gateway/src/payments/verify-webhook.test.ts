import { createHash, createHmac } from 'node:crypto';
import Stripe from 'stripe';
import {
  startFakeRazorpay,
  startFakeStripe,
  withBadSignature,
  withBody,
  withoutHeader,
  type FakeRazorpay,
  type FakeStripe,
  type SignedWebhook,
} from '@guildhall/provider-fakes';
import { verifyRazorpayWebhook, verifyStripeWebhook } from './verify-webhook.js';

const basicAuth = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;

describe('verifyRazorpayWebhook', () => {
  let fake: FakeRazorpay;
  let webhook: SignedWebhook;

  beforeAll(async () => {
    fake = await startFakeRazorpay({ webhookSecret: 'rzp-webhook-secret' });
    // an order through the fake's API (plain HTTP here: the gateway does not use the SDK's API side)
    const res = await fetch(`${fake.url}/v1/orders`, {
      method: 'POST',
      headers: { authorization: basicAuth(fake.keyId, fake.keySecret), 'content-type': 'application/json' },
      body: JSON.stringify({ amount: 10_000, currency: 'INR', receipt: 'verify-test' }),
    });
    const order = (await res.json()) as { id: string };
    webhook = fake.capture(order.id).webhooks[0] as SignedWebhook;
  });
  afterAll(() => fake.stop());

  it('accepts a genuine webhook, keyed by its event id', () => {
    expect(verifyRazorpayWebhook(webhook.body, webhook.headers, fake.webhookSecret)).toEqual({
      provider: 'RAZORPAY',
      eventId: webhook.headers['x-razorpay-event-id'],
      type: 'payment.captured',
      payload: webhook.body,
    });
  });

  it('falls back to the body hash when Razorpay sends no event id', () => {
    const bare = withoutHeader(webhook, 'x-razorpay-event-id');
    expect(verifyRazorpayWebhook(bare.body, bare.headers, fake.webhookSecret)?.eventId).toBe(createHash('sha256').update(webhook.body).digest('hex'));
  });

  it('finds headers whatever their case', () => {
    const upper = Object.fromEntries(Object.entries(webhook.headers).map(([k, v]) => [k.toUpperCase(), v]));
    expect(verifyRazorpayWebhook(webhook.body, upper, fake.webhookSecret)?.type).toBe('payment.captured');
  });

  it('refuses a tampered body, a wrong secret, a bad or missing signature', () => {
    const tampered = withBody(webhook, webhook.body.replace('"captured"', '"refunded"'));
    const bad = withBadSignature(webhook);
    const unsigned = withoutHeader(webhook, 'x-razorpay-signature');
    expect(verifyRazorpayWebhook(tampered.body, tampered.headers, fake.webhookSecret)).toBeNull();
    expect(verifyRazorpayWebhook(webhook.body, webhook.headers, 'another-secret')).toBeNull();
    expect(verifyRazorpayWebhook(webhook.body, webhook.headers, '')).toBeNull();
    expect(verifyRazorpayWebhook(bad.body, bad.headers, fake.webhookSecret)).toBeNull();
    expect(verifyRazorpayWebhook(unsigned.body, unsigned.headers, fake.webhookSecret)).toBeNull();
    const signature = webhook.headers['x-razorpay-signature'] as string;
    expect(verifyRazorpayWebhook(webhook.body, { ...webhook.headers, 'x-razorpay-signature': [signature, signature] }, fake.webhookSecret)).toBeNull();
  });

  it('refuses a correctly signed body that is not a Razorpay event', () => {
    for (const body of ['not json', '[]', '{"entity":"event"}', '{"event":42}']) {
      const signature = createHmac('sha256', fake.webhookSecret).update(body).digest('hex');
      expect(verifyRazorpayWebhook(body, { 'x-razorpay-signature': signature }, fake.webhookSecret)).toBeNull();
    }
  });
});

describe('verifyStripeWebhook', () => {
  let fake: FakeStripe;
  let webhook: SignedWebhook;

  beforeAll(async () => {
    fake = await startFakeStripe();
    const res = await fetch(`${fake.url}/v1/payment_intents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${fake.secretKey}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'amount=2500&currency=usd&metadata[payment_id]=verify-test',
    });
    const intent = (await res.json()) as { id: string };
    webhook = fake.capture(intent.id).webhooks[0] as SignedWebhook;
  });
  afterAll(() => fake.stop());

  it('accepts a genuine webhook, keyed by the event id', () => {
    const event = JSON.parse(webhook.body) as { id: string };
    expect(verifyStripeWebhook(webhook.body, webhook.headers, fake.webhookSecret)).toEqual({
      provider: 'STRIPE',
      eventId: event.id,
      type: 'payment_intent.succeeded',
      payload: webhook.body,
    });
    expect(event.id).toMatch(/^evt_/);
  });

  it('refuses a tampered body, a wrong secret, a bad or missing signature', () => {
    const tampered = withBody(webhook, webhook.body.replace('"succeeded"', '"canceled"'));
    const bad = withBadSignature(webhook);
    const unsigned = withoutHeader(webhook, 'stripe-signature');
    expect(verifyStripeWebhook(tampered.body, tampered.headers, fake.webhookSecret)).toBeNull();
    expect(verifyStripeWebhook(webhook.body, webhook.headers, 'whsec_another')).toBeNull();
    expect(verifyStripeWebhook(bad.body, bad.headers, fake.webhookSecret)).toBeNull();
    expect(verifyStripeWebhook(unsigned.body, unsigned.headers, fake.webhookSecret)).toBeNull();
    expect(verifyStripeWebhook(webhook.body, { 'stripe-signature': 'garbage' }, fake.webhookSecret)).toBeNull();
  });

  it('refuses a signature older than the tolerance (a replay)', () => {
    const tenMinutesAgo = Math.floor(Date.now() / 1000) - 600;
    const stale = Stripe.webhooks.generateTestHeaderString({ payload: webhook.body, secret: fake.webhookSecret, timestamp: tenMinutesAgo });
    expect(verifyStripeWebhook(webhook.body, { 'stripe-signature': stale }, fake.webhookSecret)).toBeNull();
    expect(verifyStripeWebhook(webhook.body, { 'stripe-signature': stale }, fake.webhookSecret, 900)?.type).toBe('payment_intent.succeeded');
  });

  it('refuses a correctly signed body that is not JSON', () => {
    const body = 'not json';
    const signature = Stripe.webhooks.generateTestHeaderString({ payload: body, secret: fake.webhookSecret });
    expect(verifyStripeWebhook(body, { 'stripe-signature': signature }, fake.webhookSecret)).toBeNull();
  });
});
