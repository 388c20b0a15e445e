import { createLogger, createOrm, parseConfig } from '@guildhall/kernel';
import { admitUser, organization } from '@guildhall/organization';
import { collect, createOrganization, gql, liveClient, signUp, startSystem, waitUntil, type Collected, type RunningSystem } from '@guildhall/testkit';
import { startWorker, workerConfigSchema } from '@guildhall/worker';

/**
 * Who may open the live channel and what it serves. The worker runs only inside the tests that need
 * events, after their subscriptions are in place, so what each feed receives is deterministic.
 */
let system: RunningSystem;
beforeAll(async () => {
  system = await startSystem({ withoutWorker: true });
});
afterAll(() => system?.stop());

const ACTIVITY = `subscription Activity($org: ID!) { activity: organizationActivity(organizationId: $org) { action organization { id } } }`;
const ALL_ENTRIES = ['BILLING_ACCOUNT_OPENED', 'MEMBER_ADDED', 'ORGANIZATION_CREATED'];

interface CloseLike {
  code: number;
}
interface ErrorLike {
  message: string;
  extensions?: { code?: string };
}

/** Runs a worker for the duration of `body`: the outboxes drain and the feeds receive. */
async function withWorker(body: () => Promise<void>) {
  const config = parseConfig(workerConfigSchema, { ...system.serviceEnv, JOB_POLL_MS: '100', CONSUMER_RETRY_DELAY_MS: '100', JOB_LOCK_LIFETIME_MS: '2000' });
  const worker = await startWorker(config, createLogger('t', 'silent'));
  try {
    await body();
  } finally {
    await worker.stop();
  }
}

/** A client that remembers whether the server acknowledged its connection. */
function watchedClient(options: Parameters<typeof liveClient>[1] = {}) {
  const client = liveClient(system.wsUrl, options);
  let connected = false;
  client.on('connected', () => void (connected = true));
  return { client, connected: () => connected };
}

/** The connection is acknowledged and the subscription had time to register with the live channel. */
async function settle(watched: { connected(): boolean }) {
  await waitUntil(() => watched.connected(), 10_000, 'the connection to be acknowledged');
  await new Promise((r) => setTimeout(r, 300));
}

function subscribeAndWatchConnection(options: Parameters<typeof liveClient>[1] = {}) {
  const { client, connected } = watchedClient(options);
  const feed = collect(client, ACTIVITY, { org: '00000000-0000-4000-8000-000000000000' });
  return { client, feed, connected };
}

async function closeCodeOf(feed: Collected<unknown>) {
  await waitUntil(() => feed.errors.length > 0, 10_000, 'the connection to be refused');
  return (feed.errors[0] as CloseLike).code;
}

async function graphqlErrorsOf(feed: Collected<unknown>) {
  await waitUntil(() => feed.errors.length > 0, 10_000, 'the operation to be refused');
  return feed.errors[0] as ErrorLike[];
}

describe('who may open the live channel', () => {
  it('closes an unauthenticated connection with 4403', async () => {
    const { client, feed, connected } = subscribeAndWatchConnection();
    try {
      expect(await closeCodeOf(feed)).toBe(4403);
      expect(connected()).toBe(false);
      expect(feed.items).toEqual([]);
    } finally {
      feed.dispose();
      await client.dispose();
    }
  });

  it('closes a connection with an invalid session token with 4403', async () => {
    const { client, feed, connected } = subscribeAndWatchConnection({ token: 'not-a-real-session-token' });
    try {
      expect(await closeCodeOf(feed)).toBe(4403);
      expect(connected()).toBe(false);
    } finally {
      feed.dispose();
      await client.dispose();
    }
  });

  it('refuses a browser page from another origin even with a valid session cookie', async () => {
    const user = await signUp(system.gatewayUrl);
    const { client, feed, connected } = subscribeAndWatchConnection({ cookie: `gh_session=${user.token}`, origin: 'http://evil.example' });
    try {
      expect(await closeCodeOf(feed)).toBe(4403);
      expect(connected()).toBe(false);
    } finally {
      feed.dispose();
      await client.dispose();
    }
  });

  it('refuses another origin even when the token comes in the connection params', async () => {
    const user = await signUp(system.gatewayUrl);
    const { client, feed, connected } = subscribeAndWatchConnection({ token: user.token, origin: 'http://evil.example' });
    try {
      expect(await closeCodeOf(feed)).toBe(4403);
      expect(connected()).toBe(false);
    } finally {
      feed.dispose();
      await client.dispose();
    }
  });

  it('serves the dashboard origin authenticated by its session cookie', async () => {
    const owner = await signUp(system.gatewayUrl, { name: 'Cookie Owner' });
    const org = await createOrganization(system.gatewayUrl, owner.token, 'Cookie Org');
    const watched = watchedClient({ cookie: `theme=dark; gh_session=${encodeURIComponent(owner.token)}`, origin: 'http://localhost:3000' });
    const client = watched.client;
    const feed = collect(client, ACTIVITY, { org: org.id });
    try {
      await settle(watched);
      await withWorker(async () => {
        const seen = [await feed.next(), await feed.next(), await feed.next()];
        expect(feed.errors).toEqual([]);
        expect(seen.map((e) => e.data.activity.action).sort()).toEqual(ALL_ENTRIES);
        expect(seen.every((e) => e.data.activity.organization.id === org.id)).toBe(true);
      });
    } finally {
      feed.dispose();
      await client.dispose();
    }
  });
});

describe('what the live channel serves', () => {
  it("refuses a non-member's subscription to another org with NOT_FOUND, and never sends them its activity", async () => {
    const owner = await signUp(system.gatewayUrl, { name: 'Owner' });
    const outsider = await signUp(system.gatewayUrl, { name: 'Outsider' });
    const org = await createOrganization(system.gatewayUrl, owner.token, 'Private Org');
    const outsiderClient = liveClient(system.wsUrl, { token: outsider.token });
    const owned = watchedClient({ token: owner.token });
    const ownerClient = owned.client;
    const snooping = collect(outsiderClient, ACTIVITY, { org: org.id });
    const watching = collect(ownerClient, ACTIVITY, { org: org.id });
    try {
      const errors = await graphqlErrorsOf(snooping);
      expect(errors.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
      expect(errors[0]!.message).not.toContain('Private Org');

      await settle(owned);
      await withWorker(async () => {
        // the org's activity happens and reaches its owner...
        const seen = [await watching.next(), await watching.next(), await watching.next()];
        expect(seen.map((e) => e.data.activity.action).sort()).toEqual(ALL_ENTRIES);
      });
      // ...and the outsider's refused subscription got none of it
      expect(snooping.items).toEqual([]);
      expect(snooping.errors).toHaveLength(1);
    } finally {
      snooping.dispose();
      watching.dispose();
      await outsiderClient.dispose();
      await ownerClient.dispose();
    }
  });

  it("gives a member without money roles the org's operations entries and nothing for its money entries", async () => {
    const owner = await signUp(system.gatewayUrl, { name: 'Owner' });
    const manager = await signUp(system.gatewayUrl, { name: 'Manager' });
    const learner = await signUp(system.gatewayUrl, { name: 'Learner' });
    const org = await createOrganization(system.gatewayUrl, owner.token, 'Mixed Roles Org');
    const orm = await createOrm({ schema: 'organization', databaseUrl: system.databaseUrl, entities: organization.entities, migrations: organization.migrations, poolMax: 1 });
    const add = async (userId: string, role: 'MANAGER' | 'LEARNER') => {
      const added = await admitUser({ em: orm.em.fork(), principal: { kind: 'service', service: 'test' }, origin: { ip: null, userAgent: null } }, { organizationId: org.id, userId, role, source: 'direct' });
      expect(added.ok).toBe(true);
    };
    try {
      // MANAGER reads the operations categories of the audit log, not the money ones (WALLET)
      await add(manager.userId, 'MANAGER');
      const managed = watchedClient({ token: manager.token });
      const owned = watchedClient({ token: owner.token });
      const managerFeed = collect(managed.client, ACTIVITY, { org: org.id });
      const ownerFeed = collect(owned.client, ACTIVITY, { org: org.id });
      try {
        await Promise.all([settle(managed), settle(owned)]);
        await withWorker(async () => {
          const toOwner = [await ownerFeed.next(), await ownerFeed.next(), await ownerFeed.next(), await ownerFeed.next()];
          expect(toOwner.map((e) => e.data.activity.action).sort()).toEqual(['BILLING_ACCOUNT_OPENED', 'MEMBER_ADDED', 'MEMBER_ADDED', 'ORGANIZATION_CREATED']);
          // one more entry after the money one: once the manager has it, the money entry was passed over before it
          await add(learner.userId, 'LEARNER');
          expect((await ownerFeed.next()).data.activity.action).toBe('MEMBER_ADDED');
          await waitUntil(() => managerFeed.items.length >= 4, 10_000, "the learner's entry on the manager's feed");
        });
        expect(managerFeed.items.map((e) => e.data?.activity?.action).sort()).toEqual(['MEMBER_ADDED', 'MEMBER_ADDED', 'MEMBER_ADDED', 'ORGANIZATION_CREATED']);
        expect(managerFeed.items.filter((e) => e.errors)).toEqual([]);
        expect(managerFeed.errors).toEqual([]);
      } finally {
        managerFeed.dispose();
        ownerFeed.dispose();
        await managed.client.dispose();
        await owned.client.dispose();
      }
    } finally {
      await orm.close();
    }
  });

  it('refuses a subscription to an org id that does not exist with the same NOT_FOUND', async () => {
    const user = await signUp(system.gatewayUrl);
    const client = liveClient(system.wsUrl, { token: user.token });
    const feed = collect(client, ACTIVITY, { org: '7d1c1b8e-2f7a-4c11-9a57-000000000000' });
    try {
      expect((await graphqlErrorsOf(feed)).map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    } finally {
      feed.dispose();
      await client.dispose();
    }
  });

  it('refuses queries and mutations over WebSocket with BAD_REQUEST', async () => {
    const user = await signUp(system.gatewayUrl);
    const client = liveClient(system.wsUrl, { token: user.token });
    const query = collect(client, `query { viewer { id } }`);
    const mutation = collect(client, `mutation { signOut { revokedSessions } }`);
    try {
      expect((await graphqlErrorsOf(query)).map((e) => e.extensions?.code)).toEqual(['BAD_REQUEST']);
      expect((await graphqlErrorsOf(mutation)).map((e) => e.extensions?.code)).toEqual(['BAD_REQUEST']);
      expect(query.items).toEqual([]);
      expect(mutation.items).toEqual([]);
      // the mutation was not run: the session still works
      const viewer = await gql(system.gatewayUrl, `{ viewer { id } }`, {}, { token: user.token });
      expect(viewer.data?.['viewer']).toEqual({ id: user.userId });
    } finally {
      query.dispose();
      mutation.dispose();
      await client.dispose();
    }
  });

  it('answers a subscription whose root field sits in a fragment with BAD_REQUEST, keeping the connection and its other subscriptions', async () => {
    const owner = await signUp(system.gatewayUrl);
    const org = await createOrganization(system.gatewayUrl, owner.token, 'Fragment Org');
    const watched = watchedClient({ token: owner.token });
    const closeCodes: number[] = [];
    watched.client.on('closed', (event) => void closeCodes.push((event as CloseLike).code));
    const healthy = collect(watched.client, ACTIVITY, { org: org.id });
    try {
      await settle(watched);
      const wrapped = collect(watched.client, `subscription ($org: ID!) { ... on Subscription { organizationActivity(organizationId: $org) { action } } }`, { org: org.id });
      const errors = await graphqlErrorsOf(wrapped);
      expect(errors.map((e) => e.extensions?.code)).toEqual(['BAD_REQUEST']);
      // the socket stays open and the well-formed subscription on it still delivers
      await withWorker(async () => {
        const seen = [await healthy.next(), await healthy.next(), await healthy.next()];
        expect(seen.map((e) => e.data.activity.action).sort()).toEqual(ALL_ENTRIES);
      });
      expect(closeCodes).toEqual([]);
      expect(healthy.errors).toEqual([]);
    } finally {
      healthy.dispose();
      await watched.client.dispose();
    }
  });

  it('refuses a subscription posted over HTTP with 400 BAD_REQUEST', async () => {
    const owner = await signUp(system.gatewayUrl);
    const org = await createOrganization(system.gatewayUrl, owner.token, 'HTTP Org');
    const response = await gql(system.gatewayUrl, ACTIVITY, { org: org.id }, { token: owner.token });
    expect(response.status).toBe(400);
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_REQUEST']);
    expect(response.data).toBeNull();
  });
});
