import { startFakeRazorpay, type FakeRazorpay, type SignedWebhook } from '@guildhall/provider-fakes';
import { parseRazorpayEvent } from './razorpay-events.js';
import { createRazorpayProvider } from './razorpay-provider.js';

// bodies come from the fake, which shapes them as Razorpay does; the parser sees them parsed, as billing will
const parsed = (webhook: SignedWebhook): unknown => JSON.parse(webhook.body);

/** The body with one field replaced, e.g. to try an event kind the fake does not send. */
function edited(webhook: SignedWebhook, edit: (json: Record<string, unknown>) => void): Record<string, unknown> {
  const json = JSON.parse(webhook.body) as Record<string, unknown>;
  edit(json);
  return json;
}

let fake: FakeRazorpay;
let orderSeq = 0;

async function newOrder(amountMinor = 50_000): Promise<string> {
  const provider = createRazorpayProvider({ keyId: fake.keyId, keySecret: fake.keySecret, apiUrl: fake.url });
  orderSeq += 1;
  const order = await provider.createOrder({ paymentId: `pay-parse-${orderSeq}`, amountMinor, currency: 'INR', description: 'Consultation' });
  return order.orderId;
}

beforeAll(async () => {
  fake = await startFakeRazorpay();
});
afterAll(() => fake.stop());

describe('parseRazorpayEvent', () => {
  it('turns payment.captured and order.paid into the same payment.captured', async () => {
    const orderId = await newOrder(50_000);
    const { paymentId, webhooks } = fake.capture(orderId);
    expect(webhooks.map((w) => (parsed(w) as { event: string }).event)).toEqual(['payment.captured', 'order.paid']);
    const expected = { kind: 'payment.captured', orderId, providerPaymentId: paymentId, amountMinor: 50_000, currency: 'INR' };
    for (const webhook of webhooks) expect(parseRazorpayEvent(parsed(webhook))).toEqual(expected);
  });

  it('also accepts the raw body string', async () => {
    const { webhooks } = fake.capture(await newOrder());
    expect(parseRazorpayEvent(webhooks[0]?.body)).toMatchObject({ kind: 'payment.captured' });
  });

  it('reads payment.failed with the reason Razorpay gives', async () => {
    const orderId = await newOrder();
    const { paymentId, webhook } = fake.fail(orderId);
    expect(parseRazorpayEvent(parsed(webhook))).toEqual({
      kind: 'payment.failed',
      orderId,
      providerPaymentId: paymentId,
      reason: 'Payment failed because the card was declined (test).',
    });
  });

  it('reads refund.processed and refund.failed', async () => {
    const orderId = await newOrder(50_000);
    const { paymentId } = fake.capture(orderId);
    const { refundId, webhook } = fake.refundWebhook(paymentId, 12_000);
    const refund = { providerRefundId: refundId, orderId, providerPaymentId: paymentId, amountMinor: 12_000, currency: 'INR' };
    expect(parseRazorpayEvent(parsed(webhook))).toEqual({ kind: 'refund.processed', ...refund });
    expect(parseRazorpayEvent(parsed(fake.refundFailedWebhook(refundId)))).toEqual({ kind: 'refund.failed', ...refund });
  });

  it('follows a dispute through its states', async () => {
    const orderId = await newOrder(50_000);
    const { paymentId } = fake.capture(orderId);
    const opened = fake.disputeWebhook(paymentId, { status: 'created', amountMinor: 40_000 });
    const event = parseRazorpayEvent(parsed(opened.webhook));
    expect(event).toMatchObject({
      kind: 'dispute.changed',
      providerDisputeId: opened.disputeId,
      orderId,
      providerPaymentId: paymentId,
      amountMinor: 40_000,
      currency: 'INR',
      status: 'OPEN',
      reason: 'chargeback',
    });
    const dueBy = event?.kind === 'dispute.changed' ? event.evidenceDueBy : null;
    expect(dueBy?.getTime()).toBeGreaterThan(Date.now() + 6 * 24 * 3600_000);

    const steps = [
      ['under_review', 'UNDER_REVIEW'],
      ['won', 'WON'],
      ['lost', 'LOST'],
      ['closed', 'CLOSED'],
    ] as const;
    for (const [status, expected] of steps) {
      const { webhook } = fake.disputeWebhook(paymentId, { status, disputeId: opened.disputeId });
      expect(parseRazorpayEvent(parsed(webhook))).toMatchObject({ providerDisputeId: opened.disputeId, status: expected });
    }
    const actionRequired = edited(opened.webhook, (json) => (json['event'] = 'payment.dispute.action_required'));
    expect(parseRazorpayEvent(actionRequired)).toMatchObject({ status: 'UNDER_REVIEW' });
  });

  it('ignores kinds billing does not act on', async () => {
    const { webhooks } = fake.capture(await newOrder());
    const first = webhooks[0] as SignedWebhook;
    for (const event of ['order.notification.delivered', 'payment.dispute.unknown', 'constructor', 'toString']) {
      expect(parseRazorpayEvent(edited(first, (json) => (json['event'] = event)))).toBeNull();
    }
  });

  it('returns null for malformed bodies, never throws', async () => {
    const { webhooks } = fake.capture(await newOrder());
    const first = webhooks[0] as SignedWebhook;
    const payment = (json: Record<string, unknown>) => ((json['payload'] as Record<string, { entity: Record<string, unknown> }>)['payment'] as { entity: Record<string, unknown> }).entity;
    const cases: unknown[] = [
      null,
      undefined,
      42,
      'not json',
      '[]',
      [],
      {},
      { event: 'payment.captured' },
      { event: 'payment.captured', payload: { payment: { entity: null } } },
      edited(first, (json) => (payment(json)['amount'] = '50000')),
      edited(first, (json) => (payment(json)['amount'] = -1)),
      edited(first, (json) => (payment(json)['order_id'] = 7)),
      edited(first, (json) => delete payment(json)['currency']),
      edited(first, (json) => (json['payload'] = 'payment')),
    ];
    for (const body of cases) expect(parseRazorpayEvent(body)).toBeNull();
  });
});
