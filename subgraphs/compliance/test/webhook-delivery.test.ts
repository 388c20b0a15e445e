import { Webhook } from 'standardwebhooks';
import { waitUntil } from '@guildhall/testkit';
import {
  ADD_MEMBER,
  call,
  codes,
  createEndpoint,
  deliveriesOf,
  ENDPOINT_ACTION,
  memberAdded,
  orgWithRoles,
  sleep,
  startWebhookSystem,
  waitForDeliveries,
  webhookHeadersOf,
  type WebhookSystem,
} from './webhook-fixtures.js';

/**
 * Outbound webhooks end to end: a change commits its event, the compliance consumer creates the
 * deliveries, the worker's delivery job signs and sends them to a receiver on 127.0.0.1 that
 * verifies them with the `standardwebhooks` library.
 */
let world: WebhookSystem;

beforeAll(async () => {
  world = await startWebhookSystem();
}, 120_000);
afterAll(async () => {
  await world?.stop();
});

/** A fresh org per test: its events reach only its own endpoints. */
const freshOrg = (name: string) => orgWithRoles(world, name);
/** Each test waits on the relay, the consumer and the delivery job: generous on a loaded 2-core machine. */
const SLOW = 90_000;

describe('outbound webhooks', () => {
  it('delivers a signed member.added that the standardwebhooks library verifies', async () => {
    const { org, members } = await freshOrg('Signed Co');
    const endpoint = await createEndpoint(world, members.OWNER.token, org.id, '/signed');
    const quiet = await createEndpoint(world, members.OWNER.token, org.id, '/signed-quiet', ['invoice.paid']);
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const member = await memberAdded(world, members.OWNER.token, org.id);

    const [request] = await world.receiver.waitFor('/signed', 1);
    const body = new Webhook(endpoint.secret).verify(request!.body, webhookHeadersOf(request!)) as Record<string, unknown>;
    expect(body).toEqual({
      id: request!.headers['webhook-id'],
      type: 'member.added',
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      data: { organizationId: org.id, membershipId: member.membershipId, userId: member.userId, role: 'MANAGER', source: 'direct' },
    });
    expect(Object.keys(body)).toEqual(['id', 'type', 'createdAt', 'data']);
    expect(request!.headers['content-type']).toBe('application/json');
    expect(() => new Webhook(quiet.secret).verify(request!.body, webhookHeadersOf(request!))).toThrow();

    const [delivery] = await waitForDeliveries(world, members.OWNER.token, endpoint.id, (d) => d[0]?.status === 'SUCCEEDED', 'the delivery to succeed');
    expect(delivery).toMatchObject({ eventId: request!.headers['webhook-id'], eventType: 'member.added', status: 'SUCCEEDED', attempts: 1, lastHttpStatus: 200, lastError: null });
    expect(delivery!.lastLatencyMs).toBeGreaterThanOrEqual(0);
    expect(delivery!.attemptLog).toEqual([{ attempt: 1, httpStatus: 200, latencyMs: expect.any(Number), error: null, outcome: 'SUCCEEDED' }]);
    expect(JSON.parse(delivery!.body)).toEqual(body);
    // an endpoint not subscribed to member.added gets nothing
    await sleep(1500);
    expect(world.receiver.at('/signed-quiet')).toEqual([]);
    expect(await deliveriesOf(world, members.OWNER.token, quiet.id)).toEqual([]);
  }, SLOW);

  it('retries a 500 and delivers the same event on the next attempt', async () => {
    const { org, members } = await freshOrg('Retry Co');
    world.receiver.script('/retry', [{ status: 500 }]);
    const endpoint = await createEndpoint(world, members.OWNER.token, org.id, '/retry');
    await memberAdded(world, members.OWNER.token, org.id);
    const [first, second] = await world.receiver.waitFor('/retry', 2);
    expect(second!.headers['webhook-id']).toBe(first!.headers['webhook-id']);
    expect(new Webhook(endpoint.secret).verify(second!.body, webhookHeadersOf(second!))).toMatchObject({ type: 'member.added' });
    const [delivery] = await waitForDeliveries(world, members.OWNER.token, endpoint.id, (d) => d[0]?.status === 'SUCCEEDED', 'the retried delivery to succeed');
    expect(delivery!.attempts).toBe(2);
    expect(delivery!.attemptLog.map((a) => [a.httpStatus, a.outcome])).toEqual([[500, 'RETRY'], [200, 'SUCCEEDED']]);
  }, SLOW);

  it('stops at once on a 404 and keeps the dead letter', async () => {
    const { org, members } = await freshOrg('Gone Co');
    world.receiver.script('/gone', [], { status: 404 });
    const endpoint = await createEndpoint(world, members.OWNER.token, org.id, '/gone');
    await memberAdded(world, members.OWNER.token, org.id);
    await world.receiver.waitFor('/gone', 1);
    const [delivery] = await waitForDeliveries(world, members.OWNER.token, endpoint.id, (d) => d[0]?.status === 'FAILED', 'the delivery to fail');
    expect(delivery).toMatchObject({ attempts: 1, lastHttpStatus: 404, lastError: 'HTTP 404' });
    expect(delivery!.attemptLog.map((a) => a.outcome)).toEqual(['FAILED']);
    await sleep(2000); // several retry waits of this schedule: none comes
    expect(world.receiver.at('/gone')).toHaveLength(1);
    const failed = await world.db.query(`select payload from compliance.outbox where type = 'compliance.webhook-delivery.failed' and aggregate_id = $1`, [delivery!.id]);
    expect(failed.rows.map((r) => r.payload)).toEqual([{ organizationId: org.id, endpointId: endpoint.id, deliveryId: delivery!.id, eventType: 'member.added', attempts: 1 }]);
  }, SLOW);

  it('dead-letters a delivery after the last retry of the schedule', async () => {
    const { org, members } = await freshOrg('Down Co');
    world.receiver.script('/down', [], { status: 503 });
    const endpoint = await createEndpoint(world, members.OWNER.token, org.id, '/down');
    await memberAdded(world, members.OWNER.token, org.id);
    const [delivery] = await waitForDeliveries(world, members.OWNER.token, endpoint.id, (d) => d[0]?.status === 'FAILED', 'the dead letter', 45_000);
    expect(delivery!.attempts).toBe(6);
    expect(delivery!.attemptLog.map((a) => a.outcome)).toEqual(['RETRY', 'RETRY', 'RETRY', 'RETRY', 'RETRY', 'FAILED']);
    expect(world.receiver.at('/down')).toHaveLength(6);
  }, SLOW);

  it('waits at least as long as Retry-After says', async () => {
    const { org, members } = await freshOrg('Patient Co');
    world.receiver.script('/patient', [{ status: 429, headers: { 'retry-after': '2' } }]);
    const endpoint = await createEndpoint(world, members.OWNER.token, org.id, '/patient');
    await memberAdded(world, members.OWNER.token, org.id);
    const [first, second] = await world.receiver.waitFor('/patient', 2);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(2000);
    await waitForDeliveries(world, members.OWNER.token, endpoint.id, (d) => d[0]?.status === 'SUCCEEDED', 'the delivery after Retry-After');
  }, SLOW);

  it('sends nothing for a change that was rolled back', async () => {
    const { org, members } = await freshOrg('Rollback Co');
    const endpoint = await createEndpoint(world, members.OWNER.token, org.id, '/rollback');
    const existing = await memberAdded(world, members.OWNER.token, org.id);
    await world.receiver.waitFor('/rollback', 1);
    // adding them again fails (CONFLICT): that transaction, and its outbox row, roll back
    const again = await call(world.system, members.OWNER.token, ADD_MEMBER, { input: { organizationId: org.id, email: existing.email, role: 'MANAGER' } });
    expect(again.data?.['addMember'].userErrors.map((e: { code: string }) => e.code)).toEqual(['CONFLICT']);
    // and so does adding someone without an account (BAD_USER_INPUT, inside the org's lock)
    const unknown = await call(world.system, members.OWNER.token, ADD_MEMBER, { input: { organizationId: org.id, email: 'nobody-at-all@example.test', role: 'MANAGER' } });
    expect(unknown.data?.['addMember'].userErrors.map((e: { code: string }) => e.code)).toEqual(['BAD_USER_INPUT']);
    const later = await memberAdded(world, members.OWNER.token, org.id);
    const received = await world.receiver.waitFor('/rollback', 2);
    await sleep(1500);
    expect(received.map((r) => JSON.parse(r.body).data.userId)).toEqual([existing.userId, later.userId]);
    const rows = await world.db.query(`select payload->'data'->>'userId' as user_id from compliance.webhook_delivery where endpoint_id = $1 order by created_at`, [endpoint.id]);
    expect(rows.rows.map((r) => r.user_id)).toEqual([existing.userId, later.userId]);
  }, SLOW);

  it('holds deliveries of a paused endpoint until it is resumed', async () => {
    const { org, members } = await freshOrg('Paused Co');
    const endpoint = await createEndpoint(world, members.OWNER.token, org.id, '/paused');
    const paused = await call(world.system, members.OWNER.token, ENDPOINT_ACTION('pauseWebhookEndpoint'), { input: { endpointId: endpoint.id } });
    expect(paused.data?.['pauseWebhookEndpoint'].endpoint.status).toBe('PAUSED');
    await memberAdded(world, members.OWNER.token, org.id);
    await waitForDeliveries(world, members.OWNER.token, endpoint.id, (d) => d.length === 1, 'the waiting delivery');
    await sleep(2000);
    expect(world.receiver.at('/paused')).toEqual([]);
    expect((await deliveriesOf(world, members.OWNER.token, endpoint.id))[0]).toMatchObject({ status: 'PENDING', attempts: 0 });
    const resumed = await call(world.system, members.OWNER.token, ENDPOINT_ACTION('resumeWebhookEndpoint'), { input: { endpointId: endpoint.id } });
    expect(resumed.data?.['resumeWebhookEndpoint'].endpoint.status).toBe('ACTIVE');
    const [request] = await world.receiver.waitFor('/paused', 1);
    expect(new Webhook(endpoint.secret).verify(request!.body, webhookHeadersOf(request!))).toMatchObject({ type: 'member.added' });
  }, SLOW);

  it('signs with the old and the new secret during a rotation, and with the new one alone after it', async () => {
    const { org, members } = await freshOrg('Rotate Co');
    const endpoint = await createEndpoint(world, members.OWNER.token, org.id, '/rotate');
    const rotated = await call(world.system, members.OWNER.token, ENDPOINT_ACTION('rotateWebhookSecret', 'endpoint { id previousSecretExpiresAt } secret userErrors { code }'), { input: { endpointId: endpoint.id } });
    const next = rotated.data?.['rotateWebhookSecret'].secret as string;
    expect(next).toMatch(/^whsec_/);
    expect(next).not.toBe(endpoint.secret);
    const expiresAt = Date.parse(rotated.data?.['rotateWebhookSecret'].endpoint.previousSecretExpiresAt);
    expect(expiresAt - Date.now()).toBeGreaterThan(23.9 * 3600_000);

    await memberAdded(world, members.OWNER.token, org.id);
    const [during] = await world.receiver.waitFor('/rotate', 1);
    expect(String(during!.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(new Webhook(endpoint.secret).verify(during!.body, webhookHeadersOf(during!))).toMatchObject({ type: 'member.added' });
    expect(new Webhook(next).verify(during!.body, webhookHeadersOf(during!))).toMatchObject({ type: 'member.added' });

    // the overlap is over
    await world.db.query(`update compliance.webhook_endpoint set previous_secret_expires_at = now() - interval '1 second' where id = $1`, [endpoint.id]);
    await memberAdded(world, members.OWNER.token, org.id);
    const [, after] = await world.receiver.waitFor('/rotate', 2);
    expect(String(after!.headers['webhook-signature']).split(' ')).toHaveLength(1);
    expect(new Webhook(next).verify(after!.body, webhookHeadersOf(after!))).toMatchObject({ type: 'member.added' });
    expect(() => new Webhook(endpoint.secret).verify(after!.body, webhookHeadersOf(after!))).toThrow('No matching signature');
  }, SLOW);

  it('redelivers one failed delivery, then all of them, with the same event ids', async () => {
    const { org, members } = await freshOrg('Redeliver Co');
    world.receiver.script('/redeliver', [{ status: 410 }, { status: 410 }]);
    const endpoint = await createEndpoint(world, members.OWNER.token, org.id, '/redeliver');
    await memberAdded(world, members.OWNER.token, org.id);
    await memberAdded(world, members.OWNER.token, org.id);
    const failed = await waitForDeliveries(world, members.OWNER.token, endpoint.id, (d) => d.length === 2 && d.every((x) => x.status === 'FAILED'), 'two dead letters');

    const one = await call(world.system, members.OWNER.token, 'mutation ($input: WebhookDeliveryInput!) { redeliverWebhook(input: $input) { delivery { id status } userErrors { code } } }', { input: { deliveryId: failed[0]!.id } });
    expect(one.data?.['redeliverWebhook']).toEqual({ delivery: { id: failed[0]!.id, status: 'PENDING' }, userErrors: [] });
    const [, , third] = await world.receiver.waitFor('/redeliver', 3);
    expect(third!.headers['webhook-id']).toBe(failed[0]!.eventId);
    expect(new Webhook(endpoint.secret).verify(third!.body, webhookHeadersOf(third!))).toMatchObject({ id: failed[0]!.eventId });

    const all = await call(world.system, members.OWNER.token, ENDPOINT_ACTION('redeliverFailedWebhooks', 'scheduled userErrors { code }'), { input: { endpointId: endpoint.id } });
    expect(all.data?.['redeliverFailedWebhooks']).toEqual({ scheduled: 1, userErrors: [] });
    const [, , , fourth] = await world.receiver.waitFor('/redeliver', 4);
    expect(fourth!.headers['webhook-id']).toBe(failed[1]!.eventId);
    const done = await waitForDeliveries(world, members.OWNER.token, endpoint.id, (d) => d.every((x) => x.status === 'SUCCEEDED'), 'both redelivered');
    expect(done.map((d) => d.attemptLog.map((a) => a.outcome))).toEqual([['FAILED', 'SUCCEEDED'], ['FAILED', 'SUCCEEDED']]);
  }, SLOW);

  it('sends a test ping at once, whatever its outcome, and never retries it', async () => {
    const { org, members } = await freshOrg('Ping Co');
    const endpoint = await createEndpoint(world, members.OWNER.token, org.id, '/ping');
    const PING = ENDPOINT_ACTION('sendWebhookPing', 'delivery { eventType status attempts lastHttpStatus lastLatencyMs body } userErrors { code }');
    const ok = await call(world.system, members.OWNER.token, PING, { input: { endpointId: endpoint.id } });
    expect(ok.data?.['sendWebhookPing'].delivery).toMatchObject({ eventType: 'webhook.ping', status: 'SUCCEEDED', attempts: 1, lastHttpStatus: 200 });
    const [request] = world.receiver.at('/ping');
    expect(new Webhook(endpoint.secret).verify(request!.body, webhookHeadersOf(request!))).toMatchObject({ type: 'webhook.ping', data: { organizationId: org.id, endpointId: endpoint.id } });

    world.receiver.script('/ping', [{ status: 500 }]);
    const bad = await call(world.system, members.OWNER.token, PING, { input: { endpointId: endpoint.id } });
    expect(bad.data?.['sendWebhookPing'].delivery).toMatchObject({ status: 'FAILED', attempts: 1, lastHttpStatus: 500 });
    await sleep(1500);
    expect(world.receiver.at('/ping')).toHaveLength(2);
    const health = await call(world.system, members.OWNER.token, 'query ($id: ID!) { webhookEndpoint(id: $id) { consecutiveFailures status } }', { id: endpoint.id });
    expect(health.data?.['webhookEndpoint']).toEqual({ consecutiveFailures: 0, status: 'ACTIVE' });
  }, SLOW);

  it('checks the address again at delivery time and sends nothing to a loopback host', async () => {
    const { org, members } = await freshOrg('Rebound Co');
    const endpoint = await createEndpoint(world, members.OWNER.token, org.id, '/rebound');
    // as if its DNS now pointed at this machine: localhost is not allow-listed here
    const port = new URL(world.receiver.base).port;
    await world.db.query(`update compliance.webhook_endpoint set url = $2 where id = $1`, [endpoint.id, `https://localhost:${port}/rebound`]);
    await memberAdded(world, members.OWNER.token, org.id);
    const [delivery] = await waitForDeliveries(world, members.OWNER.token, endpoint.id, (d) => d[0]?.status === 'FAILED', 'the refused delivery');
    expect(delivery!.attempts).toBe(1);
    expect(delivery!.lastHttpStatus).toBeNull();
    expect(delivery!.lastError).toMatch(/^localhost resolves to .*, a loopback address/);
    expect(world.receiver.at('/rebound')).toEqual([]);
  }, SLOW);

  it("disables an endpoint failing for days or refusing 25 times in a row, and e-mails the org's OWNERs", async () => {
    const { org, members } = await freshOrg('Failing Co');
    world.receiver.script('/failing-days', [], { status: 503 });
    world.receiver.script('/refusing', [], { status: 404 });
    const days = await createEndpoint(world, members.OWNER.token, org.id, '/failing-days');
    const refusing = await createEndpoint(world, members.OWNER.token, org.id, '/refusing');
    await world.db.query(`update compliance.webhook_endpoint set failing_started_at = now() - interval '4 days' where id = $1`, [days.id]);
    await world.db.query(`update compliance.webhook_endpoint set consecutive_permanent_failures = 24, failing_started_at = now() - interval '1 hour' where id = $1`, [refusing.id]);
    await memberAdded(world, members.OWNER.token, org.id);

    const STATUS = 'query ($id: ID!) { webhookEndpoint(id: $id) { status disabledReason } }';
    for (const [endpoint, reason] of [[days, /failed since/], [refusing, /refused 25 deliveries/]] as const) {
      await waitUntil(async () => (await call(world.system, members.OWNER.token, STATUS, { id: endpoint.id })).data?.['webhookEndpoint'].status === 'DISABLED', 30_000, 'the endpoint to be disabled');
      const { data } = await call(world.system, members.OWNER.token, STATUS, { id: endpoint.id });
      expect(data?.['webhookEndpoint'].disabledReason).toMatch(reason);
    }
    const mails = await Promise.all([days, refusing].map((e) => world.system.mail.waitFor((m) => m.text?.includes(e.id) ?? false, 30_000)));
    for (const mail of mails) {
      expect(mail.subject).toBe('A webhook endpoint of Failing Co was disabled');
      expect(JSON.stringify(mail.to)).toContain(members.OWNER.email);
    }
    // a disabled endpoint gets no new deliveries
    await memberAdded(world, members.OWNER.token, org.id);
    await sleep(1500);
    expect(await deliveriesOf(world, members.OWNER.token, days.id)).toHaveLength(1);
    const denied = await call(world.system, members.OWNER.token, ENDPOINT_ACTION('pauseWebhookEndpoint'), { input: { endpointId: days.id } });
    expect(denied.data?.['pauseWebhookEndpoint'].userErrors.map((e: { code: string }) => e.code)).toEqual(['CONFLICT']);
    expect(codes(denied.errors)).toEqual([]);
  }, SLOW);

  it('pages the delivery log newest first, by status', async () => {
    const { org, members } = await freshOrg('Paging Co');
    const endpoint = await createEndpoint(world, members.OWNER.token, org.id, '/paging');
    for (let i = 0; i < 3; i++) await memberAdded(world, members.OWNER.token, org.id);
    const all = await waitForDeliveries(world, members.OWNER.token, endpoint.id, (d) => d.length === 3 && d.every((x) => x.status === 'SUCCEEDED'), 'three deliveries');
    const PAGE = 'query ($endpointId: ID!, $first: Int, $after: String, $status: WebhookDeliveryStatus) { webhookDeliveries(endpointId: $endpointId, first: $first, after: $after, status: $status) { nodes { id } pageInfo { hasNextPage endCursor } } }';
    const first = await call(world.system, members.OWNER.token, PAGE, { endpointId: endpoint.id, first: 2 });
    const second = await call(world.system, members.OWNER.token, PAGE, { endpointId: endpoint.id, first: 2, after: first.data?.['webhookDeliveries'].pageInfo.endCursor });
    expect(first.data?.['webhookDeliveries'].pageInfo.hasNextPage).toBe(true);
    expect(second.data?.['webhookDeliveries']).toEqual({ nodes: [{ id: all[2]!.id }], pageInfo: { hasNextPage: false, endCursor: expect.any(String) } });
    expect(first.data?.['webhookDeliveries'].nodes.map((n: { id: string }) => n.id)).toEqual([all[0]!.id, all[1]!.id]);
    const failedOnly = await call(world.system, members.OWNER.token, PAGE, { endpointId: endpoint.id, status: 'FAILED' });
    expect(failedOnly.data?.['webhookDeliveries'].nodes).toEqual([]);
    const badCursor = await call(world.system, members.OWNER.token, PAGE, { endpointId: endpoint.id, after: 'nope' });
    expect(codes(badCursor.errors)).toEqual(['BAD_REQUEST']);
  }, SLOW);
});
