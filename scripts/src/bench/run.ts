/**
 * `npm run bench`: drives the system, every service its own process, with autocannon and prints
 * requests/s, p50/p99 latency and CPU microseconds per request for every process. Scenarios:
 *  1. a dashboard query through the gateway crossing organization, identity, billing and payouts;
 *  2. the organization part of it sent straight to the organization subgraph (the floor);
 *  3. the members page (organization + identity + billing) with 10 and with 100 members, printing SQL
 *     statements per request per subgraph: they must not grow with the number of members;
 *  4. checkouts paid from a SEAT_PACK org's credits, BENCH_CHECKOUTS of them (2,000) from 20 learners,
 *     BENCH_CHECKOUT_CONCURRENCY (32) at a time, then a check that the money adds up;
 *  5. the monthly invoice rollup (`closeMonths`) in the bench process over 100,000 unbilled invoice
 *     charges of last month across 100 INVOICED_MONTHLY orgs (BENCH_ROLLUP_ORGS, BENCH_ROLLUP_PAYMENTS_PER_ORG),
 *     printing seconds, throughput and peak RSS, then checking every invoice against its payments.
 * Every scenario by default; name some to run only those: `npm run bench -- checkout`.
 */
import { CONTEXT_TOKEN_HEADER, createContextTokenSigner, createLogger } from '@guildhall/kernel';
import { gql, waitUntil } from '@guildhall/testkit';
import { startBenchStack } from './bench-stack.js';
import { runCheckoutScenario } from './checkout-scenario.js';
import { printResult, runLoad } from './load.js';
import { runRollupScenario } from './rollup-scenario.js';
import { seedBenchOrg } from './seed-bench-org.js';
import { sqlStatementTotals } from './sql-statements.js';

const duration = Number(process.env['BENCH_SECONDS'] ?? 10);
const connections = Number(process.env['BENCH_CONNECTIONS'] ?? 8);
const log = createLogger('bench', 'info');

const SCENARIOS = ['dashboard', 'direct', 'members', 'checkout', 'rollup'] as const;
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(SCENARIOS as readonly string[]).includes(name));
if (unknown.length) {
  process.stderr.write(`unknown scenario ${unknown.join(', ')}; the scenarios are ${SCENARIOS.join(', ')}\n`);
  process.exit(2);
}
const picked = new Set<string>(asked.length ? asked : SCENARIOS);

const bench = await startBenchStack();
try {
  const gatewayUrl = bench.stack.urls['gateway']!;
  log.info(`scenarios ${[...picked].join(', ')}; ${duration}s per load, ${connections} connections`);
  if (picked.has('dashboard') || picked.has('direct')) {
    const { owner, org } = await seedBenchOrg(gatewayUrl, bench.stack.databaseUrl, 20);
    const dashboard = `query Dashboard($id: ID!) { organization(id: $id) { name status members(first: 20) { totalCount nodes { role user { name } } } billingAccount { mode currency } payoutAccount { status } } }`;
    await waitUntil(async () => {
      const r = await gql(gatewayUrl, dashboard, { id: org.id }, { token: owner.token });
      return r.data?.['organization']?.billingAccount?.mode === 'TAG_ONLY' && !r.errors;
    }, 30_000, 'the bench org to be ready');

    if (picked.has('dashboard')) {
      printResult(
        await runLoad({
          name: `1. gateway: org + 20 members' users + billing + payouts (4 subgraphs)`,
          url: gatewayUrl,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${owner.token}` },
          body: JSON.stringify({ query: dashboard, variables: { id: org.id } }),
          pids: bench.pids,
          connections,
          durationSeconds: duration,
        }),
      );
    }

    if (picked.has('direct')) {
      const sign = await createContextTokenSigner(bench.privateKey);
      const token = await sign(
        { principal: { kind: 'user', userId: owner.userId, email: owner.email, sessionId: 'bench', platformAdmin: false, memberships: { [org.id]: { role: 'OWNER', status: 'ACTIVE' } } }, origin: { ip: null, userAgent: null } },
        'organization',
      );
      printResult(
        await runLoad({
          name: `2. direct to the organization subgraph: org + 20 members (no gateway)`,
          url: bench.stack.urls['organization']!,
          headers: { 'content-type': 'application/json', [CONTEXT_TOKEN_HEADER]: token },
          body: JSON.stringify({ query: `query ($id: ID!) { organization(id: $id) { name status members(first: 20) { totalCount nodes { role } } } }`, variables: { id: org.id } }),
          pids: { organization: bench.pids['organization']! },
          connections,
          durationSeconds: Math.min(duration, 20), // the context token lives 60 s
        }),
      );
    }
  }

  if (picked.has('members')) {
    const subgraphUrls = { organization: bench.stack.urls['organization']!, identity: bench.stack.urls['identity']!, billing: bench.stack.urls['billing']! };
    const membersPage = `query Members($id: ID!) { organization(id: $id) { name seatsUsed members(first: 100) { totalCount nodes { role status email user { name } } } billingAccount { mode } } }`;
    for (const size of [10, 100]) {
      const seeded = await seedBenchOrg(gatewayUrl, bench.stack.databaseUrl, size);
      await waitUntil(async () => {
        const r = await gql(gatewayUrl, membersPage, { id: seeded.org.id }, { token: seeded.owner.token });
        return r.data?.['organization']?.members.nodes.length === size && !!r.data['organization'].billingAccount && !r.errors;
      }, 60_000, `the ${size}-member org to be ready`);
      const before = await sqlStatementTotals(subgraphUrls);
      const result = await runLoad({
        name: `3. members page through the gateway: ${size} members (organization + identity + billing)`,
        url: gatewayUrl,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${seeded.owner.token}` },
        body: JSON.stringify({ query: membersPage, variables: { id: seeded.org.id } }),
        pids: bench.pids,
        connections,
        durationSeconds: Math.max(3, Math.round(duration / 2)),
      });
      const after = await sqlStatementTotals(subgraphUrls);
      printResult(result);
      const perRequest = Object.keys(subgraphUrls).map((name) => `${name} ${((after[name]! - before[name]!) / result.requests).toFixed(2)}`);
      process.stdout.write(`  SQL statements/request  ${perRequest.join(', ')}\n`);
    }
  }

  if (picked.has('checkout')) {
    await runCheckoutScenario(bench, {
      checkouts: Number(process.env['BENCH_CHECKOUTS'] ?? 2000),
      concurrency: Number(process.env['BENCH_CHECKOUT_CONCURRENCY'] ?? 32),
      learners: 20,
    });
  }

  if (picked.has('rollup')) {
    await runRollupScenario(bench, {
      orgs: Number(process.env['BENCH_ROLLUP_ORGS'] ?? 100),
      paymentsPerOrg: Number(process.env['BENCH_ROLLUP_PAYMENTS_PER_ORG'] ?? 1000),
    });
  }
} finally {
  await bench.stop();
}
process.exit(0);
