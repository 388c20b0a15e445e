import { randomUUID } from 'node:crypto';
import { waitUntil } from '@guildhall/testkit';
import {
  call,
  codes,
  CREATE,
  createEndpoint,
  DELIVERIES,
  ENDPOINT_ACTION,
  memberAdded,
  orgWithRoles,
  startWebhookSystem,
  waitForDeliveries,
  type Member,
  type Role,
  type WebhookSystem,
} from './webhook-fixtures.js';

/**
 * Who may do what with an org's webhooks (webhooks.manage: OWNER and BILLING_ADMIN; deleting:
 * OWNER), what another org's member sees (nothing: NOT_FOUND), and the endpoint rules (HTTPS,
 * public addresses, known event types), where bad input writes nothing.
 */
let world: WebhookSystem;
let org: { id: string };
let members: Record<Role, Member>;
let other: { org: { id: string }; members: Record<Role, Member> };
let endpoint: { id: string; secret: string };
let deliveryId: string;

beforeAll(async () => {
  world = await startWebhookSystem();
  ({ org, members } = await orgWithRoles(world, 'Access Co', ['MAINTAINER', 'BILLING_ADMIN', 'MANAGER', 'LEARNER']));
  other = await orgWithRoles(world, 'Other Co');
  endpoint = await createEndpoint(world, members.OWNER.token, org.id, '/access');
  await memberAdded(world, members.OWNER.token, org.id);
  const [delivery] = await waitForDeliveries(world, members.OWNER.token, endpoint.id, (d) => d[0]?.status === 'SUCCEEDED', 'the first delivery');
  deliveryId = delivery!.id;
}, 180_000);
afterAll(async () => {
  await world?.stop();
});

const endpointCount = async (organizationId: string) => Number((await world.db.query('select count(*) from compliance.webhook_endpoint where organization_id = $1', [organizationId])).rows[0].count);
const create = (token: string, input: Record<string, unknown>) => call(world.system, token, CREATE, { input: { organizationId: org.id, eventTypes: ['member.added'], ...input } });
const LIST = 'query ($organizationId: ID!) { webhookEndpoints(organizationId: $organizationId) { id url status } }';
const ONE = 'query ($id: ID!) { webhookEndpoint(id: $id) { id url } }';
const UPDATE = 'mutation ($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { endpoint { id url description eventTypes } userErrors { code field message } } }';
const REDELIVER = 'mutation ($input: WebhookDeliveryInput!) { redeliverWebhook(input: $input) { delivery { id status } userErrors { code } } }';

describe('webhook endpoint rules', () => {
  it('lists the public event types', async () => {
    const r = await call(world.system, members.LEARNER.token, '{ webhookEventTypes }');
    expect(r.data?.['webhookEventTypes']).toEqual(expect.arrayContaining(['member.added', 'member.removed', 'invoice.issued', 'invoice.paid', 'payout.completed', 'payout.failed', 'program.assigned', 'contract.signed']));
  });

  it.each([
    ['https://10.0.0.1/x', 'private address'],
    ['https://localhost/x', 'loopback address'],
    ['http://hooks.example.com/x', 'must use https'],
    ['http://localhost:8080/x', 'must use https'],
    ['https://[::ffff:127.0.0.1]/x', 'loopback address'],
    ['https://[fd00::1]/x', 'unique-local'],
    ['https://169.254.169.254/latest/meta-data', 'link-local'],
    ['https://user:secret@hooks.example.com/x', 'user name or password'],
    ['not a url', 'not a valid URL'],
  ])('refuses %s and writes nothing', async (url, message) => {
    const before = await endpointCount(org.id);
    const r = await create(members.OWNER.token, { url });
    expect(r.errors).toBeUndefined();
    const payload = r.data?.['createWebhookEndpoint'];
    expect(payload.endpoint).toBeNull();
    expect(payload.secret).toBeNull();
    expect(payload.userErrors).toEqual([{ code: 'BAD_USER_INPUT', field: ['input', 'url'], message: expect.stringContaining(message) }]);
    expect(await endpointCount(org.id)).toBe(before);
  });

  it('refuses an empty or unknown list of event types, naming each', async () => {
    const before = await endpointCount(org.id);
    const empty = await create(members.OWNER.token, { url: world.receiver.url('/x'), eventTypes: [] });
    expect(empty.data?.['createWebhookEndpoint'].userErrors.map((e: { field: string[] }) => e.field)).toEqual([['input', 'eventTypes']]);
    const unknown = await create(members.OWNER.token, { url: world.receiver.url('/x'), eventTypes: ['member.added', 'user.registered'], description: 'x'.repeat(201) });
    expect(unknown.data?.['createWebhookEndpoint'].userErrors.map((e: { code: string; field: string[] }) => [e.code, e.field])).toEqual([
      ['BAD_USER_INPUT', ['input', 'eventTypes', '1']],
      ['BAD_USER_INPUT', ['input', 'description']],
    ]);
    expect(await endpointCount(org.id)).toBe(before);
  });

  it('updates what is given, checked like a new endpoint', async () => {
    const made = await createEndpoint(world, members.BILLING_ADMIN.token, org.id, '/update-me', ['invoice.paid']);
    const bad = await call(world.system, members.BILLING_ADMIN.token, UPDATE, { input: { endpointId: made.id, url: 'https://192.168.0.10/x', eventTypes: ['nope'] } });
    expect(bad.data?.['updateWebhookEndpoint'].userErrors.map((e: { field: string[] }) => e.field)).toEqual([['input', 'url'], ['input', 'eventTypes', '0']]);
    const good = await call(world.system, members.BILLING_ADMIN.token, UPDATE, { input: { endpointId: made.id, eventTypes: ['invoice.issued', 'invoice.paid'], description: 'Ledger sync' } });
    expect(good.data?.['updateWebhookEndpoint']).toEqual({
      endpoint: { id: made.id, url: world.receiver.url('/update-me'), description: 'Ledger sync', eventTypes: ['invoice.issued', 'invoice.paid'] },
      userErrors: [],
    });
  });

  it('records who created an endpoint, with their role, and audits endpoint changes', async () => {
    const r = await call(world.system, members.OWNER.token, 'query ($id: ID!) { webhookEndpoint(id: $id) { creatorRole createdBy { id } organization { id } } }', { id: endpoint.id });
    expect(r.data?.['webhookEndpoint']).toEqual({ creatorRole: 'OWNER', createdBy: { id: members.OWNER.userId }, organization: { id: org.id } });
    await waitUntil(async () => (await world.db.query(`select 1 from compliance.audit_entry where category = 'WEBHOOK' and target_id = $1`, [endpoint.id])).rowCount === 1, 30_000, 'the audit entry');
    const { rows } = await world.db.query(`select action, actor_id, metadata from compliance.audit_entry where category = 'WEBHOOK' and target_id = $1`, [endpoint.id]);
    expect(rows).toEqual([{ action: 'WEBHOOK_ENDPOINT_CHANGED', actor_id: members.OWNER.userId, metadata: { organizationId: org.id, endpointId: endpoint.id, change: 'created' } }]);
    // the secret is stored sealed, never as given
    const stored = await world.db.query('select secret_sealed from compliance.webhook_endpoint where id = $1', [endpoint.id]);
    expect(stored.rows[0].secret_sealed).toMatch(/^v1\./);
    expect(stored.rows[0].secret_sealed).not.toContain(endpoint.secret.slice(6, 20));
  });
});

describe('webhook roles', () => {
  it('lets OWNER and BILLING_ADMIN manage endpoints and read deliveries', async () => {
    for (const role of ['OWNER', 'BILLING_ADMIN'] as const) {
      const { token } = members[role];
      const made = await createEndpoint(world, token, org.id, `/by-${role}`, ['invoice.paid']);
      const list = await call(world.system, token, LIST, { organizationId: org.id });
      expect(list.data?.['webhookEndpoints'].map((e: { id: string }) => e.id)).toContain(made.id);
      for (const action of ['pauseWebhookEndpoint', 'resumeWebhookEndpoint', 'rotateWebhookSecret']) {
        const r = await call(world.system, token, ENDPOINT_ACTION(action, 'userErrors { code }'), { input: { endpointId: made.id } });
        expect([action, r.errors, r.data?.[action].userErrors]).toEqual([action, undefined, []]);
      }
      const ping = await call(world.system, token, ENDPOINT_ACTION('sendWebhookPing', 'delivery { status } userErrors { code }'), { input: { endpointId: made.id } });
      expect(ping.data?.['sendWebhookPing'].delivery.status).toBe('SUCCEEDED');
      const deliveries = await call(world.system, token, DELIVERIES, { endpointId: endpoint.id });
      expect(deliveries.data?.['webhookDeliveries'].nodes.map((d: { id: string }) => d.id)).toContain(deliveryId);
      const redeliver = await call(world.system, token, REDELIVER, { input: { deliveryId } });
      expect(redeliver.data?.['redeliverWebhook'].userErrors).toEqual([]);
      await waitForDeliveries(world, token, endpoint.id, (d) => d.find((x) => x.id === deliveryId)?.status === 'SUCCEEDED', 'the redelivery');
    }
  });

  it.each(['MAINTAINER', 'MANAGER', 'LEARNER'] as const)('refuses %s everything, as FORBIDDEN', async (role) => {
    const { token } = members[role];
    const before = await endpointCount(org.id);
    const attempts = [
      await create(token, { url: world.receiver.url('/nope') }),
      await call(world.system, token, LIST, { organizationId: org.id }),
      await call(world.system, token, ONE, { id: endpoint.id }),
      await call(world.system, token, DELIVERIES, { endpointId: endpoint.id }),
      await call(world.system, token, UPDATE, { input: { endpointId: endpoint.id, description: 'mine now' } }),
      await call(world.system, token, ENDPOINT_ACTION('pauseWebhookEndpoint'), { input: { endpointId: endpoint.id } }),
      await call(world.system, token, ENDPOINT_ACTION('rotateWebhookSecret', 'secret'), { input: { endpointId: endpoint.id } }),
      await call(world.system, token, ENDPOINT_ACTION('sendWebhookPing', 'delivery { id }'), { input: { endpointId: endpoint.id } }),
      await call(world.system, token, ENDPOINT_ACTION('deleteWebhookEndpoint', 'deletedEndpointId'), { input: { endpointId: endpoint.id } }),
      await call(world.system, token, REDELIVER, { input: { deliveryId } }),
    ];
    expect(attempts.map((r) => codes(r.errors))).toEqual(attempts.map(() => ['FORBIDDEN']));
    expect(await endpointCount(org.id)).toBe(before);
  });

  it('lets only an OWNER delete an endpoint, with its deliveries', async () => {
    const made = await createEndpoint(world, members.BILLING_ADMIN.token, org.id, '/doomed', ['member.added']);
    await memberAdded(world, members.OWNER.token, org.id);
    await waitForDeliveries(world, members.OWNER.token, made.id, (d) => d.length === 1, 'a delivery of the doomed endpoint');
    const DELETE = ENDPOINT_ACTION('deleteWebhookEndpoint', 'deletedEndpointId userErrors { code }');
    const refused = await call(world.system, members.BILLING_ADMIN.token, DELETE, { input: { endpointId: made.id } });
    expect(codes(refused.errors)).toEqual(['FORBIDDEN']);
    const deleted = await call(world.system, members.OWNER.token, DELETE, { input: { endpointId: made.id } });
    expect(deleted.data?.['deleteWebhookEndpoint']).toEqual({ deletedEndpointId: made.id, userErrors: [] });
    expect((await world.db.query('select count(*) from compliance.webhook_delivery where endpoint_id = $1', [made.id])).rows[0].count).toBe('0');
    const gone = await call(world.system, members.OWNER.token, ONE, { id: made.id });
    expect(codes(gone.errors)).toEqual(['NOT_FOUND']);
  });
});

describe('webhook tenant isolation', () => {
  it("shows another org's member nothing of this org's endpoints and deliveries, exactly like ids that do not exist", async () => {
    const { token } = other.members.OWNER;
    const foreign = [
      await call(world.system, token, LIST, { organizationId: org.id }),
      await call(world.system, token, ONE, { id: endpoint.id }),
      await call(world.system, token, DELIVERIES, { endpointId: endpoint.id }),
    ];
    expect(foreign.map((r) => codes(r.errors))).toEqual([['NOT_FOUND'], ['NOT_FOUND'], ['NOT_FOUND']]);
    expect(JSON.stringify(foreign)).not.toContain(world.receiver.base);
    const missing = await call(world.system, token, ONE, { id: randomUUID() });
    expect(missing.errors?.map((e) => e.message)).toEqual(foreign[1]!.errors?.map((e) => e.message));
  });

  it("lets another org's OWNER change nothing", async () => {
    const { token } = other.members.OWNER;
    const before = (await world.db.query('select url, status, secret_sealed, updated_at from compliance.webhook_endpoint where id = $1', [endpoint.id])).rows[0];
    const deliveriesBefore = (await world.db.query('select status, attempts, updated_at from compliance.webhook_delivery where id = $1', [deliveryId])).rows[0];
    const attempts = [
      await call(world.system, token, UPDATE, { input: { endpointId: endpoint.id, url: world.receiver.url('/stolen') } }),
      ...(await Promise.all(
        ['pauseWebhookEndpoint', 'resumeWebhookEndpoint', 'rotateWebhookSecret', 'deleteWebhookEndpoint', 'sendWebhookPing', 'redeliverFailedWebhooks'].map((action) =>
          call(world.system, token, ENDPOINT_ACTION(action, 'userErrors { code }'), { input: { endpointId: endpoint.id } }),
        ),
      )),
      await call(world.system, token, REDELIVER, { input: { deliveryId } }),
      await create(token, { url: world.receiver.url('/theirs') }),
    ];
    expect(attempts.map((r) => codes(r.errors))).toEqual(attempts.map(() => ['NOT_FOUND']));
    expect((await world.db.query('select url, status, secret_sealed, updated_at from compliance.webhook_endpoint where id = $1', [endpoint.id])).rows[0]).toEqual(before);
    expect((await world.db.query('select status, attempts, updated_at from compliance.webhook_delivery where id = $1', [deliveryId])).rows[0]).toEqual(deliveriesBefore);
    expect(world.receiver.at('/stolen')).toEqual([]);
  });
});
