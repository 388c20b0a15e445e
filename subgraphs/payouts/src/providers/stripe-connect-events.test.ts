import { startFakeStripe, type FakeStripe, type SignedWebhook } from '@guildhall/provider-fakes';
import type { PayoutProvider } from './payout-provider.js';
import { parseStripeConnectEvent, stripeAccountStatus } from './stripe-connect-events.js';
import { createStripeConnectProvider } from './stripe-connect-provider.js';

const parsed = (webhook: SignedWebhook): unknown => JSON.parse(webhook.body);

let fake: FakeStripe;
let provider: PayoutProvider;

beforeAll(async () => {
  fake = await startFakeStripe();
  provider = createStripeConnectProvider({ secretKey: fake.secretKey, apiUrl: fake.url });
});
afterAll(() => fake.stop());

const open = (country: string | null = 'DE') =>
  provider.openAccount({ payeeRef: 'usr_1', displayName: 'x', email: 'expert@example.test', destination: null, returnUrl: 'http://dashboard.test/payouts', country, currency: 'EUR' });
const transfer = (providerAccountId: string, idempotencyKey: string) =>
  provider.createPayout({ idempotencyKey, providerAccountId, amountMinor: 12_345, currency: 'EUR', reference: `ref-${idempotencyKey}`, narration: 'Guildhall payout', purposeCode: 'P0802' });

describe('the Stripe Connect adapter', () => {
  it('opens an Express account with an onboarding link, pending until onboarding', async () => {
    const opened = await open();
    expect(opened).toEqual({
      providerAccountId: expect.stringMatching(/^acct_/),
      providerContactId: null,
      maskedDestination: `Stripe account ••••${opened.providerAccountId.slice(-4)}`,
      status: 'PENDING_VERIFICATION',
      onboardingUrl: expect.stringContaining(`/connect/onboarding/${opened.providerAccountId}`),
    });
    expect(fake.account(opened.providerAccountId)).toMatchObject({ country: 'DE', type: 'express', capabilities: { transfers: 'inactive' }, metadata: { payee_ref: 'usr_1' } });
    expect(await provider.onboardingLink(opened.providerAccountId, 'http://dashboard.test/again')).toContain('return=http%3A%2F%2Fdashboard.test%2Fagain');
  });

  it('transfers once per idempotency key: PROCESSING until transfer.created confirms it', async () => {
    const { providerAccountId } = await open();
    fake.completeOnboarding(providerAccountId);
    const first = await transfer(providerAccountId, 'payout:b1:USER:u1');
    const again = await transfer(providerAccountId, 'payout:b1:USER:u1');
    expect(first).toEqual({ providerPayoutId: expect.stringMatching(/^tr_/), status: 'PROCESSING', failureReason: null });
    expect(again).toEqual(first);
    expect(fake.transferCount('payout:b1:USER:u1')).toBe(1);
    expect(fake.transfer(first.providerPayoutId)).toMatchObject({ amount: 12_345, currency: 'eur', destination: providerAccountId, metadata: { payout_id: 'ref-payout:b1:USER:u1', purpose_code: 'P0802' } });
  });

  it('counts a refusal as FAILED with Stripe’s reason; an unreachable Stripe is an error to retry', async () => {
    const { providerAccountId } = await open();
    // not onboarded: Stripe refuses the transfer
    const early = await transfer(providerAccountId, 'early');
    expect(early).toMatchObject({ providerPayoutId: 'refused:early', status: 'FAILED', failureReason: expect.stringContaining('capabilities') });
    fake.completeOnboarding(providerAccountId);
    fake.failNextTransfer();
    expect(await transfer(providerAccountId, 'broke')).toMatchObject({ status: 'FAILED', failureReason: expect.stringContaining('insufficient available funds') });
    const down = createStripeConnectProvider({ secretKey: fake.secretKey, apiUrl: 'http://127.0.0.1:1' });
    await expect(down.createPayout({ idempotencyKey: 'k', providerAccountId, amountMinor: 1, currency: 'EUR', reference: 'r', narration: 'n', purposeCode: null })).rejects.toMatchObject({ kind: 'UNAVAILABLE' });
    await expect(open.call(null, 'not a country')).rejects.toMatchObject({ kind: 'REJECTED' });
  });
});

describe('parseStripeConnectEvent', () => {
  it('turns account.updated into the account status: onboarded → VERIFIED, rejected → REJECTED', async () => {
    const { providerAccountId } = await open();
    const onboarded = parseStripeConnectEvent(parsed(fake.completeOnboarding(providerAccountId)));
    expect(onboarded).toEqual({ kind: 'account.changed', providerAccountId, status: 'VERIFIED', detail: null, occurredAt: expect.any(Date) });
    expect(parseStripeConnectEvent(parsed(fake.rejectAccount(providerAccountId, 'rejected.fraud')))).toMatchObject({ status: 'REJECTED', detail: expect.stringContaining('rejected.fraud') });
  });

  it('says what a pending account still needs', () => {
    expect(stripeAccountStatus({ payouts_enabled: false, capabilities: { transfers: 'inactive' }, requirements: { currently_due: ['external_account', 'tos_acceptance.date'], disabled_reason: 'requirements.past_due' } })).toEqual({
      status: 'PENDING_VERIFICATION',
      detail: 'Stripe needs: external_account, tos_acceptance.date.',
    });
    // no capabilities listed: charges and payouts enabled is enough
    expect(stripeAccountStatus({ payouts_enabled: true, charges_enabled: true })).toEqual({ status: 'VERIFIED', detail: null });
    expect(stripeAccountStatus({ payouts_enabled: true, charges_enabled: true, capabilities: { transfers: 'pending' } })).toMatchObject({ status: 'PENDING_VERIFICATION' });
  });

  it('confirms a transfer on transfer.created and reverses it on a full transfer.reversed only', async () => {
    const { providerAccountId } = await open();
    fake.completeOnboarding(providerAccountId);
    fake.holdConnectWebhooks(true);
    const { providerPayoutId } = await transfer(providerAccountId, 'to-reverse');
    const [created] = fake.heldConnectWebhooks().filter((w) => JSON.parse(w.body).type === 'transfer.created' && w.body.includes(providerPayoutId));
    expect(parseStripeConnectEvent(parsed(created!))).toEqual({ kind: 'payout.changed', providerPayoutId, outcome: 'PROCESSED', reason: null });
    const reversed = fake.reverseTransfer(providerPayoutId);
    expect(parseStripeConnectEvent(parsed(reversed))).toEqual({ kind: 'payout.changed', providerPayoutId, outcome: 'REVERSED', reason: expect.any(String) });
    const partial = JSON.parse(reversed.body) as { data: { object: Record<string, unknown> } };
    partial.data.object['reversed'] = false;
    expect(parseStripeConnectEvent(partial)).toBeNull();
  });

  it('ignores other kinds and anything malformed', () => {
    expect(parseStripeConnectEvent({ type: 'payout.paid', data: { object: { id: 'po_1', object: 'payout' } } })).toBeNull();
    expect(parseStripeConnectEvent({ type: 'account.updated', data: { object: { id: 'ch_1', object: 'charge' } } })).toBeNull();
    expect(parseStripeConnectEvent({ type: 'transfer.created', data: {} })).toBeNull();
    expect(parseStripeConnectEvent('{')).toBeNull();
  });
});
