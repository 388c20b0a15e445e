import { Redis } from 'ioredis';
import pg from 'pg';
import { LIVE_CHANNEL, type LiveEvent } from '@guildhall/kernel';
import { collect, createOrganization, liveClient, signUp, startSystem, waitUntil, type RunningSystem } from '@guildhall/testkit';

/**
 * Several gateway instances serve subscriptions at once: every committed event must reach the
 * subscribers of every instance, through Postgres LISTEN/NOTIFY by default or Redis pub/sub when set.
 */
const REDIS_URL = 'redis://127.0.0.1:6379';
const ACTIVITY = `subscription Activity($org: ID!) { activity: organizationActivity(organizationId: $org) { id action organization { name } } }`;
const ALL_ENTRIES = ['BILLING_ACCOUNT_OPENED', 'MEMBER_ADDED', 'ORGANIZATION_CREATED'];

type Entry = { data: { activity: { id: string; action: string; organization: { name: string } } } };

/** A subscriber whose connection the server has acknowledged. */
function subscriber(wsUrl: string, token: string, organizationId: string) {
  const client = liveClient(wsUrl, { token });
  let connected = false;
  client.on('connected', () => void (connected = true));
  const feed = collect<Entry>(client, ACTIVITY, { org: organizationId });
  return {
    feed,
    async ready() {
      await waitUntil(() => connected, 10_000, 'the connection to be acknowledged');
      await new Promise((r) => setTimeout(r, 300)); // let the subscription register with the live channel
    },
    async close() {
      feed.dispose();
      await client.dispose();
    },
  };
}

/** Subscribes on two gateways, then lets the worker run: both feeds must carry the org's three entries. */
async function activityReachesBothGateways(system: RunningSystem, secondWsUrl: string, startWorker: () => Promise<unknown>, orgName: string) {
  const owner = await signUp(system.gatewayUrl, { name: 'Fan-out Owner' });
  const org = await createOrganization(system.gatewayUrl, owner.token, orgName);
  const first = subscriber(system.wsUrl, owner.token, org.id);
  const second = subscriber(secondWsUrl, owner.token, org.id);
  try {
    await Promise.all([first.ready(), second.ready()]);
    await startWorker();
    const onFirst = [await first.feed.next(), await first.feed.next(), await first.feed.next()];
    const onSecond = [await second.feed.next(), await second.feed.next(), await second.feed.next()];
    expect(first.feed.errors).toEqual([]);
    expect(second.feed.errors).toEqual([]);
    expect(onFirst.map((e) => e.data.activity.action).sort()).toEqual(ALL_ENTRIES);
    expect(onSecond.map((e) => e.data.activity.action).sort()).toEqual(ALL_ENTRIES);
    // the very same entries, each resolved in full on each instance
    expect(onSecond.map((e) => e.data.activity.id).sort()).toEqual(onFirst.map((e) => e.data.activity.id).sort());
    expect([...onFirst, ...onSecond].every((e) => e.data.activity.organization.name === orgName)).toBe(true);
    return org;
  } finally {
    await first.close();
    await second.close();
  }
}

describe('live fan-out over Postgres LISTEN/NOTIFY (the default)', () => {
  let system: RunningSystem;
  beforeAll(async () => {
    system = await startSystem({ withoutWorker: true });
  });
  afterAll(() => system?.stop());

  it('delivers an org’s activity to subscribers on two gateway instances', async () => {
    const extra = await system.startExtraGateway();
    await activityReachesBothGateways(system, extra.url.replace(/^http/, 'ws'), () => system.startWorker(), 'Postgres Fan-out Org');
  });
});

describe('live fan-out over Redis pub/sub', () => {
  let system: RunningSystem;
  let observer: Redis;
  let listener: pg.Client;
  const onRedis: LiveEvent[] = [];
  const onPostgres: LiveEvent[] = [];

  beforeAll(async () => {
    system = await startSystem({ withoutWorker: true, gatewayEnv: { REDIS_URL }, workerEnv: { REDIS_URL } });
    // watch both channels: with REDIS_URL set, events travel over Redis only
    observer = new Redis(REDIS_URL, { lazyConnect: true });
    await observer.connect();
    observer.on('message', (channel: string, message: string) => void (channel === LIVE_CHANNEL && onRedis.push(JSON.parse(message) as LiveEvent)));
    await observer.subscribe(LIVE_CHANNEL);
    listener = new pg.Client({ connectionString: system.databaseUrl });
    await listener.connect();
    listener.on('notification', (n) => void (n.channel === LIVE_CHANNEL && n.payload && onPostgres.push(JSON.parse(n.payload) as LiveEvent)));
    await listener.query(`listen ${LIVE_CHANNEL}`);
  });
  afterAll(async () => {
    observer?.disconnect();
    await listener?.end();
    await system?.stop();
  });

  it('delivers an org’s activity to subscribers on two gateway instances, through Redis', async () => {
    const extra = await system.startExtraGateway({ REDIS_URL });
    const org = await activityReachesBothGateways(system, extra.url.replace(/^http/, 'ws'), () => system.startWorker({ REDIS_URL }), 'Redis Fan-out Org');
    const recorded = (events: LiveEvent[]) => events.filter((e) => e.organizationId === org.id && e.type === 'compliance.audit-entry.recorded');
    await waitUntil(() => recorded(onRedis).length === 3, 10_000, 'the entries to be seen on the Redis channel');
    expect(onPostgres.filter((e) => e.organizationId === org.id)).toEqual([]);
  });
});
