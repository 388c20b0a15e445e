import fc from 'fast-check';
import { checkLedger } from '@guildhall/billing';
import type { RunningSystem } from '@guildhall/testkit';
import { balances, call, CHECKOUT, grant, key, ledgerFindings, orgWithRoles, purchase, rows, setMode, useBillingSystem, type BillingWorld } from './billing-fixtures.js';

/** The ledger's invariants under concurrency and under random sequences of money movements. */
let system: RunningSystem;
let world: BillingWorld;
let admin: { token: string };
useBillingSystem((started) => ({ system, world, admin } = started));

const REFUND = 'mutation ($input: RefundPaymentInput!) { refundPayment(input: $input) { refund { id } userErrors { code } } }';

it('100 concurrent SEAT_PACK checkouts never take the credits below zero', async () => {
  const { org, members } = await orgWithRoles(world, 'Crowded Org', ['LEARNER', 'MANAGER', 'BILLING_ADMIN', 'SUPPORT']);
  await setMode(world, members.OWNER.token, org.id, 'SEAT_PACK');
  await grant(world, admin.token, org.id, 37 * 1_000);
  const buyers = [members.LEARNER, members.MANAGER, members.BILLING_ADMIN, members.SUPPORT, members.OWNER];
  const results = await Promise.all(
    Array.from({ length: 100 }, (_, i) => call(world, buyers[i % buyers.length]!.token, CHECKOUT, { input: purchase({ organizationId: org.id, amountMinor: 1_000 }) })),
  );
  const outcomes = results.map((r) => r.data?.['checkout']?.payment?.status ?? r.data?.['checkout']?.userErrors?.[0]?.code ?? r.errors?.[0]?.message);
  expect(outcomes.filter((o) => o === 'SUCCEEDED')).toHaveLength(37);
  expect(outcomes.filter((o) => o === 'INSUFFICIENT_CREDITS')).toHaveLength(63);
  expect((await balances(world, members.OWNER.token, org.id)).credits).toBe(0);
  expect(await ledgerFindings(world)).toEqual([]);
}, 60_000);

type Op = { op: 'grant'; amount: number } | { op: 'buy'; amount: number } | { op: 'refund'; index: number; amount: number | null };

const ops: fc.Arbitrary<Op[]> = fc.array(
  fc.oneof(
    fc.record({ op: fc.constant('grant' as const), amount: fc.integer({ min: 1, max: 50_000 }) }),
    fc.record({ op: fc.constant('buy' as const), amount: fc.integer({ min: 1, max: 40_000 }) }),
    fc.record({ op: fc.constant('refund' as const), index: fc.nat(20), amount: fc.option(fc.integer({ min: 1, max: 30_000 }), { nil: null }) }),
  ),
  { minLength: 1, maxLength: 12 },
);

it('after any sequence of grants, checkouts and refunds the ledger balances and the wallet equals the model', async () => {
  let run = 0;
  await fc.assert(
    fc.asyncProperty(ops, async (sequence) => {
      run += 1;
      const { org, members } = await orgWithRoles(world, `Property Org ${run}`, ['LEARNER']);
      await setMode(world, members.OWNER.token, org.id, 'SEAT_PACK');
      let credits = 0;
      const bought: { id: string; left: number }[] = [];
      for (const step of sequence) {
        if (step.op === 'grant') {
          await grant(world, admin.token, org.id, step.amount);
          credits += step.amount;
        } else if (step.op === 'buy') {
          const r = (await call(world, members.LEARNER.token, CHECKOUT, { input: purchase({ organizationId: org.id, amountMinor: step.amount }) })).data?.['checkout'];
          if (step.amount <= credits) {
            expect(r.payment.status).toBe('SUCCEEDED');
            credits -= step.amount;
            bought.push({ id: r.payment.id, left: step.amount });
          } else expect(r.userErrors[0].code).toBe('INSUFFICIENT_CREDITS');
        } else if (bought.length) {
          const target = bought[step.index % bought.length]!;
          const amount = step.amount ?? target.left;
          const r = (await call(world, members.OWNER.token, REFUND, { input: { paymentId: target.id, amountMinor: step.amount, reason: 'property', idempotencyKey: key() } })).data?.['refundPayment'];
          if (target.left > 0 && amount <= target.left) {
            expect(r.userErrors).toEqual([]);
            target.left -= amount;
            credits += amount;
          } else expect(r.userErrors[0].code).toMatch(/BAD_USER_INPUT|CONFLICT/);
        }
      }
      expect((await balances(world, members.OWNER.token, org.id)).credits).toBe(credits);
      expect(await ledgerFindings(world)).toEqual([]);
      const [{ net }] = await rows(world, `select coalesce(sum(case when e.side = 'DEBIT' then e.amount_minor else -e.amount_minor end), 0)::int as net from billing.ledger_entry e`);
      expect(net).toBe(0);
    }),
    { numRuns: 12 },
  );
}, 240_000);

it('the checker finds a wallet that drifted from its entries and freezes that org\'s spending', async () => {
  const { org, members } = await orgWithRoles(world, 'Drifted Org', ['LEARNER']);
  await setMode(world, members.OWNER.token, org.id, 'SEAT_PACK');
  await grant(world, admin.token, org.id, 10_000);
  await world.db.query(`update billing.ledger_account set balance_minor = balance_minor + 500 where owner_id = $1 and kind = 'WALLET'`, [org.id]);
  const findings = await checkLedger(world.orm.em.fork() as never);
  expect(findings).toEqual([expect.objectContaining({ check: 'balance-drift', organizationId: org.id })]);
  const r = (await call(world, members.LEARNER.token, CHECKOUT, { input: purchase({ organizationId: org.id, amountMinor: 1_000 }) })).data?.['checkout'];
  expect(r.userErrors[0]).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/paused/) });
  expect(await rows(world, `select count(*)::int as n from billing.outbox where type = 'billing.ledger.drift-detected' and organization_id = $1`, [org.id])).toEqual([{ n: 1 }]);
  // put it back so the other tests' checks stay clean
  await world.db.query(`update billing.ledger_account set balance_minor = balance_minor - 500 where owner_id = $1 and kind = 'WALLET'`, [org.id]);
});
