import { createServer } from 'node:net';
import { startFakeRazorpay, startFakeStripe, type FakeRazorpay, type FakeStripe } from '@guildhall/provider-fakes';
import type { PaymentProvider } from '../src/payments/payment-provider.js';
import { ProviderError } from '../src/payments/provider-error.js';
import { paymentProviders } from '../src/payments/providers.js';
import { createRazorpayProvider } from '../src/payments/razorpay-provider.js';
import { createStripeProvider } from '../src/payments/stripe-provider.js';

/**
 * The adapters with the real SDKs, against local fakes of the providers' APIs: what billing will do
 * for a checkout and its refunds, including the refusals it must survive.
 */

/** A URL where nothing listens: the port was free a moment ago. */
async function deadUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

async function providerError(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

describe('Razorpay adapter (official SDK → fake Razorpay)', () => {
  let fake: FakeRazorpay;
  let razorpay: PaymentProvider;

  beforeAll(async () => {
    fake = await startFakeRazorpay();
    razorpay = createRazorpayProvider({ keyId: fake.keyId, keySecret: fake.keySecret, apiUrl: fake.url });
  });
  afterAll(() => fake.stop());

  it('opens an order named by the payment, and captures an authorized payment once', async () => {
    const input = { paymentId: 'pay-rzp-order', amountMinor: 49_900, currency: 'INR', description: 'Consultation with an expert' };
    const order = await razorpay.createOrder(input);
    expect(order).toEqual({ orderId: expect.stringMatching(/^order_/), clientSecret: null, publicKey: fake.keyId });
    const { paymentId } = fake.authorize(order.orderId);
    const capture = { orderId: order.orderId, providerPaymentId: paymentId, amountMinor: 49_900, currency: 'INR' };
    await razorpay.capture(capture);
    await razorpay.capture(capture); // already captured: nothing to do
    const rejected = await providerError(razorpay.createOrder({ ...input, amountMinor: 50 }));
    expect(rejected.kind).toBe('REJECTED');
  });

  it('refunds part of a captured payment twice, then refuses more than is left', async () => {
    const { orderId } = await razorpay.createOrder({ paymentId: 'pay-rzp-refund', amountMinor: 50_000, currency: 'INR', description: 'Class' });
    const { paymentId } = fake.capture(orderId);
    const base = { orderId, providerPaymentId: paymentId, currency: 'INR' };

    const first = await razorpay.refund({ ...base, refundId: 'refund-rzp-1', amountMinor: 20_000 });
    const second = await razorpay.refund({ ...base, refundId: 'refund-rzp-2', amountMinor: 20_000 });
    expect(first).toEqual({ providerRefundId: expect.stringMatching(/^rfnd_/), status: 'SUCCEEDED' });
    expect(second.providerRefundId).not.toBe(first.providerRefundId);

    const over = await providerError(razorpay.refund({ ...base, refundId: 'refund-rzp-3', amountMinor: 10_001 }));
    expect(over).toMatchObject({ provider: 'RAZORPAY', kind: 'REJECTED', statusCode: 400, providerCode: 'BAD_REQUEST_ERROR', retryable: false });
    expect(over.message).not.toContain(fake.keySecret);

    // a retried refund finds the first one instead of refunding again; what is left is still refundable
    expect(await razorpay.refund({ ...base, refundId: 'refund-rzp-1', amountMinor: 20_000 })).toEqual(first);
    await expect(razorpay.refund({ ...base, refundId: 'refund-rzp-4', amountMinor: 10_000 })).resolves.toMatchObject({ status: 'SUCCEEDED' });
  });

  it('finds the captured payment from the order when billing does not know it yet', async () => {
    const { orderId } = await razorpay.createOrder({ paymentId: 'pay-rzp-lookup', amountMinor: 30_000, currency: 'INR', description: 'Webinar' });
    fake.fail(orderId);
    fake.capture(orderId);
    const refund = await razorpay.refund({ refundId: 'refund-rzp-lookup', orderId, providerPaymentId: null, amountMinor: 30_000, currency: 'INR' });
    expect(refund.status).toBe('SUCCEEDED');
  });

  it('reports refused keys and an unreachable API as ProviderErrors without secrets', async () => {
    const wrongKey = createRazorpayProvider({ keyId: fake.keyId, keySecret: 'not-the-secret', apiUrl: fake.url });
    const auth = await providerError(wrongKey.createOrder({ paymentId: 'p', amountMinor: 10_000, currency: 'INR', description: 'x' }));
    expect(auth).toMatchObject({ kind: 'AUTH', statusCode: 401 });

    const down = createRazorpayProvider({ keyId: fake.keyId, keySecret: fake.keySecret, apiUrl: await deadUrl() });
    const unavailable = await providerError(down.createOrder({ paymentId: 'p', amountMinor: 10_000, currency: 'INR', description: 'x' }));
    expect(unavailable).toMatchObject({ kind: 'UNAVAILABLE', statusCode: null, retryable: true });
    expect(`${unavailable.message} ${JSON.stringify(unavailable)}`).not.toContain(fake.keySecret);
  });
});

describe('Stripe adapter (official SDK → fake Stripe)', () => {
  let fake: FakeStripe;
  let stripe: PaymentProvider;

  beforeAll(async () => {
    fake = await startFakeStripe();
    stripe = createStripeProvider({ secretKey: fake.secretKey, apiUrl: fake.url });
  });
  afterAll(() => fake.stop());

  it('opens one PaymentIntent per payment, whatever the retries', async () => {
    const input = { paymentId: 'pay-stripe-order', amountMinor: 12_000, currency: 'USD', description: 'Consultation with an expert' };
    const order = await stripe.createOrder(input);
    expect(order).toEqual({ orderId: expect.stringMatching(/^pi_/), clientSecret: expect.stringMatching(/^pi_.+_secret_/), publicKey: null });
    expect(await stripe.createOrder(input)).toEqual(order);
    // the same idempotency key with other parameters is a bug upstream, not a new intent
    const conflict = await providerError(stripe.createOrder({ ...input, amountMinor: 13_000 }));
    expect(conflict).toMatchObject({ provider: 'STRIPE', kind: 'CONFLICT', statusCode: 400 });
  });

  it('refunds part of a captured payment twice, then refuses more than is left; retries are idempotent', async () => {
    const { orderId } = await stripe.createOrder({ paymentId: 'pay-stripe-refund', amountMinor: 10_000, currency: 'EUR', description: 'Class' });
    const { chargeId } = fake.capture(orderId);
    const base = { orderId, providerPaymentId: chargeId, currency: 'EUR' };

    const first = await stripe.refund({ ...base, refundId: 'refund-stripe-1', amountMinor: 4_000 });
    const second = await stripe.refund({ ...base, refundId: 'refund-stripe-2', amountMinor: 4_000 });
    expect(first).toEqual({ providerRefundId: expect.stringMatching(/^re_/), status: 'SUCCEEDED' });
    expect(second.providerRefundId).not.toBe(first.providerRefundId);
    expect(await stripe.refund({ ...base, refundId: 'refund-stripe-1', amountMinor: 4_000 })).toEqual(first);

    const over = await providerError(stripe.refund({ ...base, refundId: 'refund-stripe-3', amountMinor: 2_001 }));
    expect(over).toMatchObject({ kind: 'REJECTED', statusCode: 400, retryable: false });
    expect(over.message).not.toContain(fake.secretKey);
    await expect(stripe.refund({ ...base, refundId: 'refund-stripe-4', amountMinor: 2_000 })).resolves.toMatchObject({ status: 'SUCCEEDED' });
  });

  it('refuses to refund an unpaid intent', async () => {
    const { orderId } = await stripe.createOrder({ paymentId: 'pay-stripe-unpaid', amountMinor: 5_000, currency: 'USD', description: 'x' });
    const error = await providerError(stripe.refund({ refundId: 'refund-unpaid', orderId, providerPaymentId: null, amountMinor: 5_000, currency: 'USD' }));
    expect(error.kind).toBe('REJECTED');
  });

  it('reports a refused key and an unreachable API as ProviderErrors without secrets', async () => {
    const wrongKey = createStripeProvider({ secretKey: 'sk_test_wrong', apiUrl: fake.url });
    const auth = await providerError(wrongKey.createOrder({ paymentId: 'p', amountMinor: 1_000, currency: 'USD', description: 'x' }));
    expect(auth).toMatchObject({ kind: 'AUTH', statusCode: 401 });

    const down = createStripeProvider({ secretKey: fake.secretKey, apiUrl: await deadUrl() });
    const unavailable = await providerError(down.createOrder({ paymentId: 'p', amountMinor: 1_000, currency: 'USD', description: 'x' }));
    expect(unavailable).toMatchObject({ kind: 'UNAVAILABLE', retryable: true });
    expect(`${unavailable.message} ${JSON.stringify(unavailable)}`).not.toContain(fake.secretKey);
  });
});

describe('paymentProviders', () => {
  it('offers only configured providers and builds each once', () => {
    const providers = paymentProviders({
      razorpay: null,
      stripe: { secretKey: 'sk_test_unused', apiUrl: 'http://127.0.0.1:9' },
      pendingTtlMinutes: 30,
    });
    expect(providers.get('RAZORPAY')).toBeNull();
    const stripe = providers.get('STRIPE');
    expect(stripe?.name).toBe('STRIPE');
    expect(providers.get('STRIPE')).toBe(stripe);
  });
});
