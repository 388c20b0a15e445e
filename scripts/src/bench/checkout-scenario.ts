import { randomUUID } from 'node:crypto';
import { billing, findLedgerFindings } from '@guildhall/billing';
import { createOrm } from '@guildhall/kernel';
import type { BenchStack } from './bench-stack.js';
import { percentile, runConcurrently } from './concurrent.js';
import { printResult } from './load.js';
import { cpuSnapshot } from './proc-cpu.js';
import { creditAccount, seedCheckoutOrg } from './seed-checkout-org.js';
import { sqlStatementTotals } from './sql-statements.js';

const CHECKOUT = `mutation ($input: CheckoutInput!) { checkout(input: $input) { payment { status funding amount { amountMinor } } replayed userErrors { code message } } }`;

/** Prices vary, so "credits dropped by the sum charged" is more than a count times a constant. */
const priceOf = (index: number) => 10_000 + (index % 97) * 100;
const sumOfPrices = (from: number, count: number) => Array.from({ length: count }, (_, i) => priceOf(from + i)).reduce((a, b) => a + b, 0);

interface Outcome {
  charged: number;
  error: string | null;
}

/**
 * Scenario 4: SEAT_PACK checkouts through the gateway, each buyer a LEARNER with their own session
 * and every request a fresh idempotency key, paid from the org's credits. All of them draw on one
 * wallet, so this measures the ledger's write path under contention, then checks the money: the
 * credits dropped by exactly what was charged and the ledger check finds nothing.
 */
export async function runCheckoutScenario(bench: BenchStack, options: { checkouts: number; concurrency: number; learners: number }): Promise<void> {
  const gatewayUrl = bench.stack.urls['gateway']!;
  const warmup = Math.min(200, options.checkouts);
  const { owner, org, buyers, currency } = await seedCheckoutOrg(gatewayUrl, bench.stack.databaseUrl, {
    learners: options.learners,
    credits: sumOfPrices(0, warmup + options.checkouts) * 2, // never runs dry: a refusal would not be a checkout
  });
  const send = async (index: number): Promise<Outcome> => {
    const buyer = buyers[index % buyers.length]!;
    const input = { idempotencyKey: randomUUID(), organizationId: org.id, kind: 'CONSULTATION', reference: `bench-${index}`, amountMinor: priceOf(index), currency, payeeId: 'bench-expert' };
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${buyer.token}` },
      body: JSON.stringify({ query: CHECKOUT, variables: { input } }),
    }).catch((error: Error) => error);
    if (response instanceof Error) return { charged: 0, error: response.message };
    const body = (await response.json().catch(() => ({}))) as { data?: { checkout?: { payment: { status: string; funding: string; amount: { amountMinor: number } } | null; userErrors: { code: string; message: string }[] } }; errors?: { message: string }[] };
    const payment = body.data?.checkout?.payment;
    if (response.ok && payment?.status === 'SUCCEEDED' && payment.funding === 'WALLET') return { charged: payment.amount.amountMinor, error: null };
    return { charged: 0, error: `HTTP ${response.status} ${JSON.stringify(body.errors ?? body.data?.checkout?.userErrors ?? body)}` };
  };

  await runConcurrently(warmup, options.concurrency, send); // JIT, pools, the session caches
  const before = (await creditAccount(gatewayUrl, owner.token, org.id))!.credits;
  const billingUrl = { billing: bench.stack.urls['billing']! };
  const sqlBefore = await sqlStatementTotals(billingUrl);
  const cpuBefore = cpuSnapshot(bench.pids);
  const run = await runConcurrently(options.checkouts, options.concurrency, (i) => send(warmup + i));
  const cpuAfter = cpuSnapshot(bench.pids);
  const sqlAfter = await sqlStatementTotals(billingUrl);
  const after = (await creditAccount(gatewayUrl, owner.token, org.id))!.credits;

  const failures = run.results.filter((r) => r.error !== null);
  const charged = run.results.reduce((sum, r) => sum + r.charged, 0);
  const cpuPerRequest = Object.fromEntries(Object.keys(bench.pids).map((name) => [name, (cpuAfter[name]! - cpuBefore[name]!) / options.checkouts]));
  printResult({
    name: `4. checkout through the gateway: SEAT_PACK, paid from one org's credits by ${buyers.length} learners, ${options.concurrency} at a time`,
    requests: options.checkouts,
    rps: options.checkouts / run.seconds,
    p50: round(percentile(run.latencies, 50)),
    p99: round(percentile(run.latencies, 99)),
    non2xx: failures.length,
    cpuPerRequest,
  });
  const findings = await ledgerFindings(bench.stack.databaseUrl);
  const balanced = before - after === charged;
  process.stdout.write(
    [
      `  CPU ms/checkout gateway + billing ${((cpuPerRequest['gateway']! + cpuPerRequest['billing']!) / 1000).toFixed(2)}`,
      `  SQL statements/checkout  billing ${((sqlAfter['billing']! - sqlBefore['billing']!) / options.checkouts).toFixed(1)}`,
      `  credits         ${before} → ${after} ${currency}: dropped by ${before - after}, charged ${charged} in ${options.checkouts - failures.length} checkouts ${balanced ? '(equal)' : '(MISMATCH)'}`,
      `  ledger check    ${findings.length ? findings.map((f) => `${f.check} ${f.subject}: ${f.detail}`).join('; ') : 'no findings'}`,
      '',
    ].join('\n'),
  );
  if (failures.length || !balanced || findings.length) {
    throw new Error(`checkout scenario failed: ${failures.length} failed checkouts${failures[0] ? ` (first: ${failures[0].error})` : ''}, credits ${balanced ? 'balance' : 'do not balance'}, ${findings.length} ledger findings`);
  }
}

const round = (ms: number) => Math.round(ms * 10) / 10;

async function ledgerFindings(databaseUrl: string) {
  const orm = await createOrm({ schema: 'billing', databaseUrl, entities: billing.entities, migrations: billing.migrations, poolMax: 2 });
  try {
    return await findLedgerFindings(orm.em.fork());
  } finally {
    await orm.close();
  }
}
