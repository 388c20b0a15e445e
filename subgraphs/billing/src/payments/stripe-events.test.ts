import { startFakeStripe, type FakeStripe, type SignedWebhook } from '@guildhall/provider-fakes';
import { parseStripeEvent } from './stripe-events.js';
import { createStripeProvider } from './stripe-provider.js';

const parsed = (webhook: SignedWebhook): unknown => JSON.parse(webhook.body);

type Json = Record<string, unknown>;
const dataObject = (json: Json): Json => (json['data'] as { object: Json }).object;

/** The body with fields replaced, e.g. to try a status the fake does not produce. */
function edited(webhook: SignedWebhook, edit: (json: Json) => void): Json {
  const json = JSON.parse(webhook.body) as Json;
  edit(json);
  return json;
}

let fake: FakeStripe;
let seq = 0;

async function newIntent(amountMinor = 12_000): Promise<string> {
  const provider = createStripeProvider({ secretKey: fake.secretKey, apiUrl: fake.url });
  seq += 1;
  const order = await provider.createOrder({ paymentId: `pay-parse-${seq}`, amountMinor, currency: 'USD', description: 'Webinar seat' });
  return order.orderId;
}

beforeAll(async () => {
  fake = await startFakeStripe();
});
afterAll(() => fake.stop());

describe('parseStripeEvent', () => {
  it('turns payment_intent.succeeded and charge.succeeded into the same payment.captured', async () => {
    const intentId = await newIntent(12_000);
    const { chargeId, webhooks } = fake.capture(intentId);
    expect(webhooks.map((w) => (parsed(w) as { type: string }).type)).toEqual(['payment_intent.succeeded', 'charge.succeeded']);
    const expected = { kind: 'payment.captured', orderId: intentId, providerPaymentId: chargeId, amountMinor: 12_000, currency: 'USD' };
    for (const webhook of webhooks) expect(parseStripeEvent(parsed(webhook))).toEqual(expected);
  });

  it('reads an expanded latest_charge too, and the raw body string', async () => {
    const intentId = await newIntent();
    const { chargeId, webhooks } = fake.capture(intentId);
    const succeeded = webhooks[0] as SignedWebhook;
    const expanded = edited(succeeded, (json) => (dataObject(json)['latest_charge'] = { id: chargeId, object: 'charge' }));
    expect(parseStripeEvent(expanded)).toMatchObject({ providerPaymentId: chargeId });
    expect(parseStripeEvent(succeeded.body)).toMatchObject({ kind: 'payment.captured', orderId: intentId });
  });

  it('does not count an uncaptured charge as money', async () => {
    const { webhooks } = fake.capture(await newIntent());
    const charge = webhooks[1] as SignedWebhook;
    expect(parseStripeEvent(edited(charge, (json) => (dataObject(json)['captured'] = false)))).toBeNull();
  });

  it('reads payment_intent.payment_failed with the decline message', async () => {
    const intentId = await newIntent();
    const { chargeId, webhook } = fake.fail(intentId);
    expect(parseStripeEvent(parsed(webhook))).toEqual({
      kind: 'payment.failed',
      orderId: intentId,
      providerPaymentId: chargeId,
      reason: 'Your card was declined.',
    });
  });

  it('maps refund statuses: succeeded → processed, failed/canceled → failed, pending → ignored', async () => {
    const intentId = await newIntent(12_000);
    const { chargeId } = fake.capture(intentId);
    const { refundId, webhook } = fake.refundWebhook(intentId, 5_000);
    const refund = { providerRefundId: refundId, orderId: intentId, providerPaymentId: chargeId, amountMinor: 5_000, currency: 'USD' };
    expect(parseStripeEvent(parsed(webhook))).toEqual({ kind: 'refund.processed', ...refund });
    const setStatus = (status: string) => edited(webhook, (json) => (dataObject(json)['status'] = status));
    expect(parseStripeEvent(setStatus('canceled'))).toEqual({ kind: 'refund.failed', ...refund });
    expect(parseStripeEvent(setStatus('pending'))).toBeNull();
    expect(parseStripeEvent(setStatus('requires_action'))).toBeNull();
    expect(parseStripeEvent(edited(webhook, (json) => (json['type'] = 'refund.created')))).toEqual({ kind: 'refund.processed', ...refund });
    expect(parseStripeEvent(parsed(fake.refundFailedWebhook(refundId)))).toEqual({ kind: 'refund.failed', ...refund });
  });

  it('ignores charge.refunded: refund.updated carries the refund', async () => {
    const intentId = await newIntent();
    const { webhooks } = fake.capture(intentId);
    expect(parseStripeEvent(edited(webhooks[1] as SignedWebhook, (json) => (json['type'] = 'charge.refunded')))).toBeNull();
  });

  it('follows a dispute from created to closed', async () => {
    const intentId = await newIntent(12_000);
    const { chargeId } = fake.capture(intentId);
    const opened = fake.disputeWebhook(intentId, { status: 'needs_response', reason: 'product_not_received' });
    expect((parsed(opened.webhook) as { type: string }).type).toBe('charge.dispute.created');
    const event = parseStripeEvent(parsed(opened.webhook));
    expect(event).toMatchObject({
      kind: 'dispute.changed',
      providerDisputeId: opened.disputeId,
      orderId: intentId,
      providerPaymentId: chargeId,
      amountMinor: 12_000,
      currency: 'USD',
      status: 'OPEN',
      reason: 'product_not_received',
    });
    const dueBy = event?.kind === 'dispute.changed' ? event.evidenceDueBy : null;
    expect(dueBy?.getTime()).toBeGreaterThan(Date.now() + 6 * 24 * 3600_000);

    const steps = [
      ['under_review', 'charge.dispute.updated', 'UNDER_REVIEW'],
      ['won', 'charge.dispute.closed', 'WON'],
      ['lost', 'charge.dispute.closed', 'LOST'],
    ] as const;
    for (const [status, type, expected] of steps) {
      const { webhook } = fake.disputeWebhook(intentId, { status, disputeId: opened.disputeId });
      expect((parsed(webhook) as { type: string }).type).toBe(type);
      expect(parseStripeEvent(parsed(webhook))).toMatchObject({ providerDisputeId: opened.disputeId, status: expected });
    }
    const withStatus = (status: string) => parseStripeEvent(edited(opened.webhook, (json) => (dataObject(json)['status'] = status)));
    expect(withStatus('warning_needs_response')).toMatchObject({ status: 'OPEN' });
    expect(withStatus('warning_under_review')).toMatchObject({ status: 'UNDER_REVIEW' });
    expect(withStatus('warning_closed')).toMatchObject({ status: 'CLOSED' });
    expect(withStatus('prevented')).toMatchObject({ status: 'CLOSED' });
    expect(withStatus('constructor')).toMatchObject({ status: 'CLOSED' });
  });

  it('ignores kinds billing does not act on', async () => {
    const { webhooks } = fake.capture(await newIntent());
    for (const type of ['payment_intent.created', 'charge.captured', 'charge.dispute.funds_withdrawn', 'constructor']) {
      expect(parseStripeEvent(edited(webhooks[0] as SignedWebhook, (json) => (json['type'] = type)))).toBeNull();
    }
  });

  it('returns null for malformed bodies, never throws', async () => {
    const { webhooks } = fake.capture(await newIntent());
    const succeeded = webhooks[0] as SignedWebhook;
    const cases: unknown[] = [
      null,
      'nope',
      {},
      { type: 'payment_intent.succeeded' },
      { type: 'payment_intent.succeeded', data: { object: [] } },
      edited(succeeded, (json) => delete dataObject(json)['latest_charge']),
      edited(succeeded, (json) => (dataObject(json)['amount_received'] = 1.5)),
      edited(succeeded, (json) => delete dataObject(json)['amount_received']),
      edited(webhooks[1] as SignedWebhook, (json) => (dataObject(json)['amount_captured'] = '12000')),
      edited(succeeded, (json) => (dataObject(json)['currency'] = 7)),
      edited(webhooks[1] as SignedWebhook, (json) => (dataObject(json)['payment_intent'] = null)),
    ];
    for (const body of cases) expect(parseStripeEvent(body)).toBeNull();
  });
});
