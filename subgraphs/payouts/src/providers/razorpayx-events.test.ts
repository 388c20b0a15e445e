import { startFakeRazorpayX, type FakeRazorpayX, type SignedWebhook } from '@guildhall/provider-fakes';
import { parseRazorpayXEvent } from './razorpayx-events.js';
import { createRazorpayXProvider } from './razorpayx-provider.js';
import type { PayoutProvider } from './payout-provider.js';
import { redactPayload } from './redact.js';

// bodies come from the fake, which shapes them as RazorpayX does; the parser sees them parsed, as payouts will
const parsed = (webhook: SignedWebhook): unknown => JSON.parse(webhook.body);

let fake: FakeRazorpayX;
let provider: PayoutProvider;

beforeAll(async () => {
  fake = await startFakeRazorpayX();
  fake.holdWebhooks(true);
  fake.setAutoProcess(false);
  provider = createRazorpayXProvider({ keyId: fake.keyId, keySecret: fake.keySecret, accountNumber: fake.accountNumber, apiUrl: fake.url });
});
afterAll(() => fake.stop());

let seq = 0;
async function openBank(accountNumber = '50100012344321') {
  seq += 1;
  return provider.openAccount({
    payeeRef: `org_${seq}`,
    displayName: 'Asha Rao',
    email: 'asha@example.test',
    destination: { kind: 'BANK_ACCOUNT', accountHolder: 'Asha Rao', ifsc: 'HDFC0001234', accountNumber },
    returnUrl: null,
    country: null,
    currency: 'INR',
  });
}
const pay = (providerAccountId: string, idempotencyKey: string, amountMinor = 250_000) =>
  provider.createPayout({ idempotencyKey, providerAccountId, amountMinor, currency: 'INR', reference: `ref-${idempotencyKey}`, narration: 'Guildhall payout', purposeCode: null });

describe('the RazorpayX adapter', () => {
  it('opens a contact, a fund account and a validation, and keeps only a masked destination', async () => {
    const opened = await openBank();
    expect(opened).toEqual({ providerAccountId: expect.stringMatching(/^fa_/), providerContactId: expect.stringMatching(/^cont_/), maskedDestination: 'HDFC0001234 ••••4321', status: 'PENDING_VERIFICATION', onboardingUrl: null });
    expect(fake.fundAccount(opened.providerAccountId)?.bank_account?.account_number).toBe('50100012344321');
    const held = fake.heldWebhooks().at(-1)!;
    expect(JSON.parse(held.body).event).toBe('fund_account.validation.completed');
  });

  it('opens a VPA fund account and pays it by UPI', async () => {
    const opened = await provider.openAccount({ payeeRef: 'usr_vpa', displayName: 'Ravi Kumar', email: null, destination: { kind: 'VPA', address: 'ravi.k@okaxis' }, returnUrl: null, country: null, currency: 'INR' });
    expect(opened.maskedDestination).toBe('ra••@okaxis');
    const submitted = await pay(opened.providerAccountId, 'vpa-1', 10_000);
    expect(submitted.status).toBe('PROCESSING');
    expect(fake.payout(submitted.providerPayoutId)?.mode).toBe('UPI');
  });

  it('pays once per idempotency key, however often it is asked', async () => {
    const { providerAccountId } = await openBank();
    const first = await pay(providerAccountId, 'batch-1:ORGANIZATION:o1');
    const again = await pay(providerAccountId, 'batch-1:ORGANIZATION:o1');
    expect(again).toEqual(first);
    expect(first).toEqual({ providerPayoutId: expect.stringMatching(/^pout_/), status: 'PROCESSING', failureReason: null });
    expect(fake.payoutCount('batch-1:ORGANIZATION:o1')).toBe(1);
    expect(fake.payoutRequestCount('batch-1:ORGANIZATION:o1')).toBe(2);
    expect(fake.payout(first.providerPayoutId)).toMatchObject({ mode: 'IMPS', amount: 250_000, narration: 'Guildhall payout', purpose: 'payout' });
  });

  it('counts a refusal as FAILED (nothing made), and an unreachable RazorpayX as an error to retry', async () => {
    const { providerAccountId } = await openBank();
    fake.refuseNextPayout('Fund account is inactive');
    expect(await pay(providerAccountId, 'refused-1')).toEqual({ providerPayoutId: 'refused:refused-1', status: 'FAILED', failureReason: 'Fund account is inactive' });
    expect(await provider.createPayout({ idempotencyKey: 'usd', providerAccountId, amountMinor: 100, currency: 'USD', reference: 'r', narration: 'n', purposeCode: null })).toMatchObject({ status: 'FAILED' });
    const down = createRazorpayXProvider({ keyId: fake.keyId, keySecret: fake.keySecret, accountNumber: fake.accountNumber, apiUrl: 'http://127.0.0.1:1' });
    await expect(down.createPayout({ idempotencyKey: 'k', providerAccountId, amountMinor: 100, currency: 'INR', reference: 'r', narration: 'n', purposeCode: null })).rejects.toMatchObject({ kind: 'UNAVAILABLE' });
    const wrongKeys = createRazorpayXProvider({ keyId: fake.keyId, keySecret: 'nope', accountNumber: fake.accountNumber, apiUrl: fake.url });
    await expect(wrongKeys.createPayout({ idempotencyKey: 'k', providerAccountId, amountMinor: 100, currency: 'INR', reference: 'r', narration: 'n', purposeCode: null })).rejects.toMatchObject({ kind: 'AUTH' });
  });
});

describe('parseRazorpayXEvent', () => {
  it('reads a validation: active → VERIFIED, invalid → REJECTED, keyed by the fund account', async () => {
    const { providerAccountId } = await openBank();
    const verified = parseRazorpayXEvent(parsed(fake.completeValidation(providerAccountId, 'active')));
    expect(verified).toEqual({ kind: 'account.changed', providerAccountId, status: 'VERIFIED', detail: null, occurredAt: expect.any(Date) });
    expect(parseRazorpayXEvent(parsed(fake.completeValidation(providerAccountId, 'invalid')))).toMatchObject({ kind: 'account.changed', providerAccountId, status: 'REJECTED' });
  });

  it('reads payouts processed, failed and reversed', async () => {
    const { providerAccountId } = await openBank();
    const a = await pay(providerAccountId, 'p-a');
    const b = await pay(providerAccountId, 'p-b');
    expect(parseRazorpayXEvent(parsed(fake.process(a.providerPayoutId)))).toEqual({ kind: 'payout.changed', providerPayoutId: a.providerPayoutId, outcome: 'PROCESSED', reason: null });
    expect(parseRazorpayXEvent(parsed(fake.reverse(a.providerPayoutId, 'Account closed')))).toEqual({ kind: 'payout.changed', providerPayoutId: a.providerPayoutId, outcome: 'REVERSED', reason: 'Account closed' });
    expect(parseRazorpayXEvent(parsed(fake.fail(b.providerPayoutId, 'Beneficiary bank down')))).toEqual({ kind: 'payout.changed', providerPayoutId: b.providerPayoutId, outcome: 'FAILED', reason: 'Beneficiary bank down' });
  });

  it('still reads a body once redacted for storage, which keeps no account number or name', async () => {
    const { providerAccountId } = await openBank('99988877766655');
    const webhook = fake.completeValidation(providerAccountId, 'active');
    const stored = JSON.stringify(redactPayload(parsed(webhook)));
    expect(webhook.body).toContain('99988877766655');
    expect(stored).not.toContain('99988877766655');
    expect(stored).not.toContain('Asha Rao');
    expect(stored).toContain('••••6655');
    expect(parseRazorpayXEvent(JSON.parse(stored))).toMatchObject({ status: 'VERIFIED', providerAccountId });
  });

  it('ignores other kinds, the raw string form aside, and anything malformed', async () => {
    const { providerAccountId } = await openBank();
    const webhook = fake.completeValidation(providerAccountId);
    expect(parseRazorpayXEvent(webhook.body)).toMatchObject({ kind: 'account.changed' });
    const edited = (edit: (json: Record<string, unknown>) => void) => {
      const json = JSON.parse(webhook.body) as Record<string, unknown>;
      edit(json);
      return json;
    };
    expect(parseRazorpayXEvent(edited((j) => (j['event'] = 'payout.queued')))).toBeNull();
    expect(parseRazorpayXEvent(edited((j) => (j['event'] = 'constructor')))).toBeNull();
    expect(parseRazorpayXEvent(edited((j) => (j['payload'] = {})))).toBeNull();
    expect(parseRazorpayXEvent(edited((j) => (j['event'] = 'payout.processed')))).toBeNull();
    expect(parseRazorpayXEvent('not json')).toBeNull();
    expect(parseRazorpayXEvent([])).toBeNull();
  });
});
