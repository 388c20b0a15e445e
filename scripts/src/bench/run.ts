/**
 * `npm run bench`: drives the running system with autocannon and prints requests/s, p50/p99 latency
 * and CPU microseconds per request for every process. Scenarios:
 *  1. a dashboard query through the gateway crossing organization, identity, billing and payouts;
 *  2. the organization part of it sent straight to the organization subgraph (the floor).
 */
import { createContextTokenSigner, CONTEXT_TOKEN_HEADER, createLogger, createOrm } from '@guildhall/kernel';
import { admitUser, organization } from '@guildhall/organization';
import { createOrganization, gql, signUp, waitUntil } from '@guildhall/testkit';
import { startBenchStack } from './bench-stack.js';
import { printResult, runLoad } from './load.js';

const MEMBERS = 20;
const duration = Number(process.env['BENCH_SECONDS'] ?? 10);
const connections = Number(process.env['BENCH_CONNECTIONS'] ?? 8);
const log = createLogger('bench', 'info');

const bench = await startBenchStack();
try {
  const gatewayUrl = bench.stack.urls['gateway']!;
  const owner = await signUp(gatewayUrl, { name: 'Bench Owner' });
  const org = await createOrganization(gatewayUrl, owner.token, 'Bench Org');
  const orm = await createOrm({ schema: 'organization', databaseUrl: bench.stack.databaseUrl, entities: organization.entities, migrations: organization.migrations });
  for (let i = 1; i < MEMBERS; i += 1) {
    const member = await signUp(gatewayUrl, { name: `Member ${i}` });
    const principal = { kind: 'user' as const, userId: owner.userId, email: owner.email, sessionId: 'bench', platformAdmin: false, memberships: {} };
    await admitUser({ em: orm.em.fork(), principal, origin: { ip: null, userAgent: 'bench' } }, { organizationId: org.id, userId: member.userId, role: 'MANAGER', source: 'seed' });
  }
  await orm.close();

  const dashboard = `query Dashboard($id: ID!) { organization(id: $id) { name status members(first: ${MEMBERS}) { totalCount nodes { role user { name } } } billingAccount { mode currency } payoutAccount { status } } }`;
  await waitUntil(async () => {
    const r = await gql(gatewayUrl, dashboard, { id: org.id }, { token: owner.token });
    return r.data?.['organization']?.billingAccount?.mode === 'TAG_ONLY' && r.data['organization'].members.nodes.length === MEMBERS && !r.errors;
  }, 30_000, 'the bench org to be ready');
  log.info(`seeded 1 org with ${MEMBERS} members; ${duration}s per scenario, ${connections} connections`);

  printResult(
    await runLoad({
      name: `1. gateway: org + ${MEMBERS} members' users + billing + payouts (4 subgraphs)`,
      url: gatewayUrl,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${owner.token}` },
      body: JSON.stringify({ query: dashboard, variables: { id: org.id } }),
      pids: bench.pids,
      connections,
      durationSeconds: duration,
    }),
  );

  const sign = await createContextTokenSigner(bench.privateKey);
  const token = await sign(
    { principal: { kind: 'user', userId: owner.userId, email: owner.email, sessionId: 'bench', platformAdmin: false, memberships: { [org.id]: { role: 'OWNER', status: 'ACTIVE' } } }, origin: { ip: null, userAgent: null } },
    'organization',
  );
  printResult(
    await runLoad({
      name: `2. direct to the organization subgraph: org + ${MEMBERS} members (no gateway)`,
      url: bench.stack.urls['organization']!,
      headers: { 'content-type': 'application/json', [CONTEXT_TOKEN_HEADER]: token },
      body: JSON.stringify({ query: `query ($id: ID!) { organization(id: $id) { name status members(first: ${MEMBERS}) { totalCount nodes { role } } } }`, variables: { id: org.id } }),
      pids: { organization: bench.pids['organization']! },
      connections,
      durationSeconds: Math.min(duration, 20), // the context token lives 60 s
    }),
  );
} finally {
  await bench.stop();
}
process.exit(0);
