import { gql, signUp, startSystem, type RunningSystem } from '@guildhall/testkit';

/** With FEATURE_PAYOUTS off, payouts are not in the graph at all, and their webhook endpoints are gone. */
let system: RunningSystem;

beforeAll(async () => {
  const off = { FEATURE_PAYOUTS: 'false' };
  system = await startSystem({ gatewayEnv: off, servicesEnv: off });
}, 120_000);
afterAll(async () => {
  await system?.stop();
});

describe('payouts switched off', () => {
  it('leaves no payout field, type or mutation in the graph', async () => {
    const me = await signUp(system.gatewayUrl, { name: 'Curious Expert' });
    for (const query of ['{ myPayoutAccount { id } }', '{ payoutBatches { id } }', 'mutation { runPayoutBatch { created } }', '{ __type(name: "PayoutAccount") { name } }']) {
      const r = await gql(system.gatewayUrl, query, {}, { token: me.token });
      if (query.includes('__type')) expect(r.data?.['__type']).toBeNull();
      else expect(r.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    }
    // the rest of the graph is there
    const viewer = await gql(system.gatewayUrl, '{ viewer { id } }', {}, { token: me.token });
    expect(viewer.errors).toBeUndefined();
  });

  it('answers 404 at the payout providers\' webhook endpoints', async () => {
    const base = system.gatewayUrl.replace(/\/graphql$/, '/webhooks');
    for (const path of ['razorpayx', 'stripe-connect']) {
      const r = await fetch(`${base}/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(r.status).toBe(404);
    }
  });
});
