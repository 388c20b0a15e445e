import { collect, createOrganization, gql, liveClient, signUp, startSystem, waitUntil, type RunningSystem } from '@guildhall/testkit';

let system: RunningSystem;
beforeAll(async () => {
  // no worker yet: events wait in the outboxes until a test starts one, so what a feed sees is deterministic
  system = await startSystem({ withoutWorker: true });
});
afterAll(() => system?.stop());

const ACTIVITY = `subscription Activity($org: ID!) { activity: organizationActivity(organizationId: $org) { ...Entry } }
  fragment Entry on AuditEntry { action category actorKind actor { email } organization { name } }`;

describe('organizationActivity over graphql-ws', () => {
  it('streams only its org, each entry resolved across identity, organization and compliance', async () => {
    const owner = await signUp(system.gatewayUrl, { name: 'Grace' });
    const org = await createOrganization(system.gatewayUrl, owner.token, 'Live Org');
    const other = await createOrganization(system.gatewayUrl, owner.token, 'Other Org');
    const client = liveClient(system.wsUrl, { token: owner.token });
    const feed = collect(client, ACTIVITY, { org: org.id });
    try {
      await new Promise((r) => setTimeout(r, 200)); // let the subscription register
      await system.startWorker();
      const seen = [await feed.next(), await feed.next(), await feed.next()];
      expect(feed.errors).toEqual([]);
      expect(seen.map((e) => e.data.activity.action).sort()).toEqual(['BILLING_ACCOUNT_OPENED', 'MEMBER_ADDED', 'ORGANIZATION_CREATED']);
      const byAction = Object.fromEntries(seen.map((e) => [e.data.activity.action, e.data.activity]));
      expect(byAction['ORGANIZATION_CREATED']).toMatchObject({ actorKind: 'user', actor: { email: owner.email }, organization: { name: 'Live Org' } });
      expect(byAction['MEMBER_ADDED']).toMatchObject({ actorKind: 'user', actor: { email: owner.email } });
      // opened by billing in reaction, not by a person
      expect(byAction['BILLING_ACCOUNT_OPENED']).toMatchObject({ actorKind: 'service', actor: null, category: 'WALLET' });
      // the other org's three entries exist, yet never reached this feed
      await waitUntil(async () => {
        const r = await gql(system.gatewayUrl, `query ($id: ID!) { organization(id: $id) { auditLog { nodes { id } } } }`, { id: other.id }, { token: owner.token });
        return r.data?.['organization']?.auditLog.nodes.length === 3;
      });
      await new Promise((r) => setTimeout(r, 200));
      expect(feed.items).toHaveLength(3);
    } finally {
      feed.dispose();
      await client.dispose();
    }
  });
});
