import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createOrm } from '@guildhall/kernel';
import { payoutProviders, payouts, runPayoutBatch, type BatchDeps } from '@guildhall/payouts';
import { waitUntil } from '@guildhall/testkit';
import { call, grant, hostOrgWithRoles, key, ledgerFindings, orgWithRoles, purchase, rows, setMode, useBillingSystem, type BillingSystem } from '../../billing/test/billing-fixtures.js';
import { servicesOf } from '../../billing/test/service-kit.js';
import { holdOnDisputes } from '../src/consumers/hold-on-disputes.js';

/**
 * Earnings to payouts, end to end: real bookings through the gateway settle in billing, payouts
 * books the split as held earnings, batches pay them to accounts at the fake RazorpayX (through its
 * HTTP API, with idempotency keys), and its webhooks come back through the gateway.
 */
let s: BillingSystem;
let orm: MikroORM;
useBillingSystem((started) => (s = started), { hosting: true });

const PRICE = 100_000; // host 20,000, expert 70,000, platform 10,000
type Member = { token: string; userId: string };
let host: { id: string };
let hostOwner: Member;
let expert: Member;
let sponsor: { id: string };
let sponsorOwner: Member;
const DAY = 86_400_000;
const DISPUTE = randomUUID();

const ok = (r: { errors?: unknown; data?: Record<string, any> | null }, field: string) => { // eslint-disable-line @typescript-eslint/no-explicit-any
  if (r.errors || r.data?.[field]?.userErrors?.length) throw new Error(`${field}: ${JSON.stringify(r.errors ?? r.data?.[field].userErrors)}`);
  return r.data![field];
};

beforeAll(async () => {
  orm = await createOrm({ schema: 'payouts', databaseUrl: s.system.databaseUrl, entities: payouts.entities, migrations: payouts.migrations, poolMax: 5 });
  const h = await hostOrgWithRoles(s.world, 'Payout Host', ['EXPERT']);
  host = h.org;
  ({ OWNER: hostOwner, EXPERT: expert } = h.members);
  const card = ok(await call(s.world, hostOwner.token, 'mutation ($input: CreateRateCardInput!) { createRateCard(input: $input) { rateCard { id } userErrors { code message } } }', { input: { organizationId: host.id, name: 'Standard', currency: 'INR', isDefault: true } }), 'createRateCard');
  ok(await call(s.world, hostOwner.token, 'mutation ($input: SetRateCardPriceInput!) { setRateCardPrice(input: $input) { userErrors { code message } } }', {
    input: { organizationId: host.id, rateCardId: card.rateCard.id, kind: 'CONSULTATION', unitPriceMinor: PRICE, split: { platformBps: 1_000, hostBps: 2_000, expertBps: 7_000 } },
  }), 'setRateCardPrice');
  const sp = await orgWithRoles(s.world, 'Payout Sponsor');
  sponsor = sp.org;
  sponsorOwner = sp.members.OWNER;
  await setMode(s.world, sponsorOwner.token, sponsor.id, 'SEAT_PACK');
  await grant(s.world, s.admin.token, sponsor.id, 50 * PRICE);
  await linkAccount(hostOwner.token, { kind: 'ORGANIZATION', id: host.id }, { bankAccount: { accountHolder: 'Payout Host Pvt Ltd', ifsc: 'HDFC0001234', accountNumber: '50100012345678' } });
  await linkAccount(expert.token, null, { vpa: { accountHolder: 'Payout Expert', address: 'expert@okaxis' } });
}, 180_000);

afterAll(async () => {
  await orm?.close();
});

async function linkAccount(token: string, payee: { kind: string; id: string } | null, destination: Record<string, unknown>) {
  const linked = ok(
    await call(s.world, token, 'mutation ($input: LinkPayoutAccountInput!) { linkPayoutAccount(input: $input) { payoutAccount { id status } userErrors { code field message } } }', {
      input: { ...(payee ? { payee } : {}), provider: 'RAZORPAYX', destination },
    }),
    'linkPayoutAccount',
  );
  const [account] = await rows(s.world, 'select provider_account_id from payouts.payout_account where id = $1', [linked.payoutAccount.id]);
  const fake = s.system.payouts.razorpayx;
  await fake.deliver(fake.completeValidation(account.provider_account_id));
  await waitUntil(async () => (await rows(s.world, 'select status from payouts.payout_account where id = $1', [linked.payoutAccount.id]))[0]?.status === 'VERIFIED', 10_000, 'the account to verify');
}

async function book(count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const r = await call(s.world, sponsorOwner.token, 'mutation ($input: CheckoutInput!) { checkout(input: $input) { payment { id } userErrors { code message } } }', {
      input: purchase({ organizationId: sponsor.id, hostOrganizationId: host.id, payeeId: expert.userId, amountMinor: undefined }),
    });
    ids.push(ok(r, 'checkout').payment.id);
  }
  // the worker relays billing.payment.settled to payouts
  await waitUntil(async () => (await rows(s.world, 'select count(*)::int as n from payouts.booked_payment where payment_id = any($1::uuid[])', [ids]))[0].n === count, 10_000, 'earnings to be booked');
  return ids;
}

const deps = (providers = payoutProviders(servicesOf(s.system).payouts)): BatchDeps => ({ em: orm.em.fork(), providers, minimumMinor: 50_000 });
const week = (n: number) => ({ kind: 'WEEKLY' as const, at: new Date(Date.now() + n * 7 * DAY) });
const payoutsOf = (payeeId: string) =>
  rows(s.world, 'select id, batch_id, gross_minor::int as gross, tds_minor::int as tds, net_minor::int as net, status, idempotency_key from payouts.payout where payee_id = $1 order by created_at', [payeeId]);
const balance = async (payeeId: string) =>
  Object.fromEntries((await rows(s.world, `select status, sum(case when kind = 'EARNING' then amount_minor else -amount_minor end)::int as n from payouts.payee_entry where payee_id = $1 group by status`, [payeeId])).map((r) => [r.status, r.n]));
const settledPayouts = (payeeId: string) => waitUntil(async () => (await payoutsOf(payeeId)).every((p) => p.status !== 'PROCESSING' && p.status !== 'CREATED'), 10_000, 'the provider to confirm');

describe('earnings', () => {
  it('books each settled purchase as held earnings for the host org and the expert, their snapshotted shares', async () => {
    const [paymentId] = await book(1);
    const entries = await rows(s.world, 'select payee_kind, payee_id, kind, amount_minor::int as amount, status, release_at > now() as held from payouts.payee_entry where payment_id = $1 order by payee_kind', [paymentId]);
    expect(entries).toEqual([
      { payee_kind: 'ORGANIZATION', payee_id: host.id, kind: 'EARNING', amount: 20_000, status: 'HELD', held: true },
      { payee_kind: 'USER', payee_id: expert.userId, kind: 'EARNING', amount: 70_000, status: 'HELD', held: true },
    ]);
    // nothing is paid while held
    const early = await runPayoutBatch(deps(), { kind: 'MANUAL', at: new Date(), by: s.admin.userId });
    expect(early.created).toEqual([]);
  });
});

describe('batches', () => {
  it('pays each payee once, with TDS withheld, however often the weekly batch runs', async () => {
    await book(2); // host 3 × 20,000 = 60,000; expert 3 × 70,000 = 210,000
    const first = await runPayoutBatch(deps(), week(1));
    expect(first.created.map((p) => [p.payeeKind, p.grossMinor, p.tdsMinor, p.netMinor]).sort()).toEqual([
      ['ORGANIZATION', 60_000, 3_000, 57_000], // 194O without a PAN on file: 5%
      ['USER', 210_000, 10_500, 199_500],
    ]);
    const again = await runPayoutBatch(deps(), week(1));
    expect(again.batch.id).toBe(first.batch.id);
    expect(again.created).toEqual([]);
    const fake = s.system.payouts.razorpayx;
    for (const p of first.created) expect(fake.payoutCount(p.idempotencyKey)).toBe(1);
    await settledPayouts(expert.userId);
    expect((await payoutsOf(expert.userId)).map((p) => p.status)).toEqual(['PROCESSED']);
    expect(await balance(expert.userId)).toEqual({ PAID: 210_000 });
    const completed = await rows(s.world, `select payload->>'netMinor' as net from payouts.outbox where type = 'payouts.payout.completed' and payload->>'payeeId' = $1`, [expert.userId]);
    expect(completed).toEqual([{ net: '199500' }]);
  });

  it('pays once after a crash between the provider taking a payout and payouts recording it', async () => {
    await book(1);
    const real = payoutProviders(servicesOf(s.system).payouts);
    let crash = true;
    const crashing = {
      get(name: string) {
        const provider = real.get(name)!;
        return {
          ...provider,
          async createPayout(input: Parameters<typeof provider.createPayout>[0]) {
            const made = await provider.createPayout(input);
            if (crash) {
              crash = false;
              throw new Error('the process died here');
            }
            return made;
          },
        };
      },
    };
    const first = await runPayoutBatch(deps(crashing as never), week(2));
    expect(first.created).toHaveLength(1); // the expert: 70,000; the host's 20,000 waits for the minimum
    const key = first.created[0]!.idempotencyKey;
    expect((await rows(s.world, 'select status from payouts.payout where idempotency_key = $1', [key]))[0].status).toBe('CREATED');
    const rerun = await runPayoutBatch(deps(), week(2));
    expect(rerun.submitted).toBe(1);
    const fake = s.system.payouts.razorpayx;
    expect(fake.payoutRequestCount(key)).toBe(2);
    expect(fake.payoutCount(key)).toBe(1);
    await settledPayouts(expert.userId);
    expect(await balance(expert.userId)).toEqual({ PAID: 280_000 });
  });

  it('gives a failed payout back to the balance, and the next batch pays it', async () => {
    await book(1);
    const fake = s.system.payouts.razorpayx;
    fake.failNextPayout('beneficiary bank offline');
    const failed = await runPayoutBatch(deps(), week(3));
    expect(failed.created).toHaveLength(1);
    await settledPayouts(expert.userId);
    expect((await payoutsOf(expert.userId)).at(-1)).toMatchObject({ status: 'FAILED' });
    expect(await balance(expert.userId)).toEqual({ PAID: 280_000, AVAILABLE: 70_000 });
    const retried = await runPayoutBatch(deps(), week(4));
    expect(retried.created.map((p) => p.grossMinor)).toEqual([70_000]);
    await settledPayouts(expert.userId);
    expect(await balance(expert.userId)).toEqual({ PAID: 350_000 });
  });

  it('claws a refund of money already paid out back from the next payout', async () => {
    const [refunded] = await rows(s.world, `select e.payment_id from payouts.payee_entry e where e.payee_id = $1 and e.status = 'PAID' order by e.created_at limit 1`, [expert.userId]);
    const refund = await call(s.world, sponsorOwner.token, 'mutation ($input: RefundPaymentInput!) { refundPayment(input: $input) { userErrors { code message } } }', {
      input: { paymentId: refunded.payment_id, reason: 'expert did not show', idempotencyKey: key() },
    });
    ok(refund, 'refundPayment');
    await waitUntil(async () => (await balance(expert.userId))['AVAILABLE'] === -70_000, 10_000, 'the clawback');
    await book(2);
    const next = await runPayoutBatch(deps(), week(5));
    const expertPayout = next.created.find((p) => p.payeeId === expert.userId)!;
    expect(expertPayout.grossMinor).toBe(2 * 70_000 - 70_000);
    const claimed = await rows(s.world, `select kind, amount_minor::int as amount from payouts.payee_entry where payout_id = $1 order by kind, created_at`, [expertPayout.id]);
    expect(claimed).toEqual([{ kind: 'CLAWBACK', amount: 70_000 }, { kind: 'EARNING', amount: 70_000 }, { kind: 'EARNING', amount: 70_000 }]);
    expect(await rows(s.world, `select payload->>'amountMinor' as amount from payouts.outbox where type = 'payouts.clawback.recorded' and payload->>'payeeId' = $1`, [expert.userId])).toEqual([{ amount: '70000' }]);
    expect(await ledgerFindings(s.world)).toEqual([]);
  });

  it('keeps earnings of a disputed payment held, and held ones released only when it closes', async () => {
    const [paymentId] = await book(1);
    const dispute = (status: string, occurredAt: string) =>
      orm.em.fork().transactional((em) =>
        holdOnDisputes.handle(em, { id: randomUUID(), type: 'billing.dispute.changed', source: 'billing', organizationId: sponsor.id, aggregateId: 'd1', actor: { kind: 'system' }, origin: null, occurredAt,
          payload: { organizationId: sponsor.id, disputeId: DISPUTE, paymentId: paymentId!, payeeId: expert.userId, status, amountMinor: PRICE, currency: 'INR', evidenceDueBy: null } } as never, servicesOf(s.system)),
      );
    await dispute('OPEN', new Date().toISOString());
    const held = await runPayoutBatch(deps(), week(6));
    expect(held.created.find((p) => p.payeeId === expert.userId)).toBeUndefined();
    expect((await rows(s.world, 'select status from payouts.payee_entry where payment_id = $1 and payee_kind = $2', [paymentId, 'USER']))[0].status).toBe('HELD');
    // an older word about the dispute changes nothing; the newer one closes it
    await dispute('WON', new Date(Date.now() - DAY).toISOString());
    expect((await rows(s.world, 'select open from payouts.dispute_state where payment_id = $1', [paymentId]))[0].open).toBe(true);
    await dispute('WON', new Date(Date.now() + 1_000).toISOString());
    const released = await runPayoutBatch(deps(), week(7));
    expect(released.created.find((p) => p.payeeId === expert.userId)?.grossMinor).toBe(70_000);
  });
});
