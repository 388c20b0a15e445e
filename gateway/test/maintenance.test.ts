import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { createOrganization, gql, signUp, startSystem, waitUntil, type RunningSystem } from '@guildhall/testkit';

let system: RunningSystem;
let db: pg.Pool;
let base: string;
beforeAll(async () => {
  // a slow poll: the live change event is what makes a new window apply within the test's waits
  system = await startSystem({ gatewayEnv: { MAINTENANCE_REFRESH_MS: '30000' } });
  db = new pg.Pool({ connectionString: system.databaseUrl, max: 2 });
  base = system.gatewayUrl.replace(/\/graphql$/, '');
}, 120_000);
afterAll(async () => {
  await db?.end();
  await system?.stop();
});

const SCHEDULE = `mutation ($input: ScheduleMaintenanceWindowInput!) { scheduleMaintenanceWindow(input: $input) {
  maintenanceWindow { id scope organizationId startsAt endsAt message active } userErrors { code field message } } }`;
const CANCEL = 'mutation ($id: ID!) { cancelMaintenanceWindow(id: $id) { maintenanceWindow { id active cancelledAt } userErrors { code message } } }';
const VIEWER = '{ viewer { id } }';
const ORG = 'query ($id: ID!) { organization(id: $id) { id name } }';

async function platformAdmin() {
  const admin = await signUp(system.gatewayUrl, { name: 'Ops Admin' });
  await db.query('update identity."user" set platform_admin = true where id = $1', [admin.userId]);
  return admin;
}

async function schedule(token: string, input: Record<string, unknown>) {
  const r = await gql(system.gatewayUrl, SCHEDULE, { input }, { token });
  const payload = r.data?.['scheduleMaintenanceWindow'];
  if (!payload?.maintenanceWindow) throw new Error(`schedule: ${JSON.stringify(r.errors ?? payload?.userErrors)}`);
  return payload.maintenanceWindow as { id: string; endsAt: string };
}
const soon = (ms: number) => new Date(Date.now() + ms).toISOString();
const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;
const refused = async (token: string, query: string, variables: Record<string, unknown> = {}) => code(await gql(system.gatewayUrl, query, variables, { token })) === 'MAINTENANCE';

describe('maintenance windows', () => {
  let admin: { token: string; userId: string };
  let owner: { token: string; userId: string };
  let orgA: { id: string };
  let orgB: { id: string };
  let ownerB: { token: string };
  beforeAll(async () => {
    admin = await platformAdmin();
    owner = await signUp(system.gatewayUrl, { name: 'Owner A' });
    orgA = await createOrganization(system.gatewayUrl, owner.token, 'Maintained Org');
    ownerB = await signUp(system.gatewayUrl, { name: 'Owner B' });
    orgB = await createOrganization(system.gatewayUrl, ownerB.token, 'Other Org');
  });

  it('are scheduled by platform admins only, with checked input', async () => {
    const member = await gql(system.gatewayUrl, SCHEDULE, { input: { startsAt: soon(0), endsAt: soon(60_000), message: 'x' } }, { token: owner.token });
    expect(code(member)).toBe('FORBIDDEN');
    const bad = await gql(system.gatewayUrl, SCHEDULE, { input: { startsAt: soon(60_000), endsAt: soon(0), message: ' ' } }, { token: admin.token });
    expect(bad.data?.['scheduleMaintenanceWindow'].userErrors.map((e: { field: string[] }) => e.field.join('.')).sort()).toEqual(['input.endsAt', 'input.message']);
    const list = await gql(system.gatewayUrl, '{ maintenanceWindows { id } }', {}, { token: owner.token });
    expect(code(list)).toBe('FORBIDDEN');
  });

  it('platform-wide: refuse every member with MAINTENANCE and 503, let platform admins, health, webhooks and the banner through', async () => {
    const window = await schedule(admin.token, { organizationId: null, startsAt: soon(-1_000), endsAt: soon(3_600_000), message: 'Upgrading the ledger; back by noon.' });
    await waitUntil(() => refused(owner.token, VIEWER), 20_000, 'the platform window to apply');

    const response = await gql(system.gatewayUrl, VIEWER, {}, { token: owner.token });
    expect(response.status).toBe(503);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(3_500);
    expect(response.errors).toEqual([{ message: 'Upgrading the ledger; back by noon.', extensions: { code: 'MAINTENANCE', endsAt: window.endsAt, scope: 'PLATFORM' } }]);
    expect(response.data).toBeNull();
    expect(await refused(ownerB.token, ORG, { id: orgB.id })).toBe(true);
    expect(code(await gql(system.gatewayUrl, VIEWER))).toBe('MAINTENANCE'); // anonymous too

    // the banner, and signing in, still answer
    const banner = await gql(system.gatewayUrl, '{ activeMaintenance { id scope message endsAt } }', {}, { token: owner.token });
    expect(banner.data?.['activeMaintenance']).toEqual({ id: window.id, scope: 'PLATFORM', message: 'Upgrading the ledger; back by noon.', endsAt: window.endsAt });
    expect(code(await gql(system.gatewayUrl, 'mutation { signIn(input: { email: "nobody@example.test", password: "wrong password!" }) { userErrors { code } } }'))).toBeUndefined();

    // platform admins work on
    expect((await gql(system.gatewayUrl, VIEWER, {}, { token: admin.token })).data?.['viewer'].id).toBe(admin.userId);
    const active = await gql(system.gatewayUrl, '{ maintenanceWindows(active: true) { id active scope } }', {}, { token: admin.token });
    expect(active.data?.['maintenanceWindows']).toEqual([{ id: window.id, active: true, scope: 'PLATFORM' }]);

    // HTTP routes: health and webhooks pass, signed documents and exports wait
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/webhooks/razorpay`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).not.toBe(503);
    const document = await fetch(`${base}/documents/abc.def`);
    expect(document.status).toBe(503);
    expect(document.headers.get('retry-after')).toBeTruthy();
    expect((await fetch(`${base}/exports/audit-log.csv?organizationId=${orgA.id}`, { headers: { authorization: `Bearer ${owner.token}` } })).status).toBe(503);

    const cancelled = await gql(system.gatewayUrl, CANCEL, { id: window.id }, { token: admin.token });
    expect(cancelled.data?.['cancelMaintenanceWindow'].maintenanceWindow.active).toBe(false);
    await waitUntil(async () => !(await refused(owner.token, VIEWER)), 20_000, 'the cancelled window to lift');
    expect((await gql(system.gatewayUrl, CANCEL, { id: window.id }, { token: admin.token })).data?.['cancelMaintenanceWindow'].userErrors[0].code).toBe('CONFLICT');
  });

  it("for one org: refuse that org's operations, its API keys and exports; other orgs and org-less requests pass", async () => {
    const key = await gql(system.gatewayUrl, 'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }', { input: { organizationId: orgA.id, name: 'partner', scopes: ['ORGANIZATION_READ'] } }, { token: owner.token });
    const apiKey = key.data?.['createApiKey'].secret as string;
    const scim = await gql(system.gatewayUrl, 'mutation ($input: CreateScimTokenInput!) { createScimToken(input: $input) { secret } }', { input: { organizationId: orgA.id, name: 'Okta' } }, { token: owner.token });
    const scimUsers = () => fetch(`${base}/scim/v2/Users`, { headers: { authorization: `Bearer ${scim.data?.['createScimToken'].secret}` } });
    expect((await scimUsers()).status).toBe(200);
    const window = await schedule(admin.token, { organizationId: orgA.id, startsAt: soon(-1_000), endsAt: soon(3_600_000), message: 'Migrating Maintained Org.' });
    await waitUntil(() => refused(owner.token, ORG, { id: orgA.id }), 20_000, 'the org window to apply');

    const named = await gql(system.gatewayUrl, ORG, { id: orgA.id }, { token: owner.token });
    expect(named.status).toBe(503);
    expect(named.errors?.[0]).toMatchObject({ message: 'Migrating Maintained Org.', extensions: { code: 'MAINTENANCE', scope: 'ORGANIZATION', organizationId: orgA.id, endsAt: window.endsAt } });
    // named as a literal, or inside a mutation's input
    expect(await refused(owner.token, `{ organization(id: "${orgA.id}") { id } }`)).toBe(true);
    expect(await refused(owner.token, 'mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { userErrors { code } } }', { input: { organizationId: orgA.id, name: 'Renamed' } })).toBe(true);
    expect(await refused(apiKey, '{ __typename viewer { id } }')).toBe(true);
    expect((await fetch(`${base}/exports/audit-log.csv?organizationId=${orgA.id}`, { headers: { authorization: `Bearer ${owner.token}` } })).status).toBe(503);
    const provisioning = await scimUsers();
    expect(provisioning.status).toBe(503);
    expect(await provisioning.json()).toMatchObject({ status: '503', detail: 'Migrating Maintained Org.' });

    // the same person's org-less requests, and another org, pass
    expect(code(await gql(system.gatewayUrl, VIEWER, {}, { token: owner.token }))).toBeUndefined();
    expect((await gql(system.gatewayUrl, ORG, { id: orgB.id }, { token: ownerB.token })).data?.['organization'].id).toBe(orgB.id);
    const banner = await gql(system.gatewayUrl, 'query ($id: ID) { activeMaintenance(organizationId: $id) { id scope organizationId } }', { id: orgA.id }, { token: owner.token });
    expect(banner.data?.['activeMaintenance']).toEqual({ id: window.id, scope: 'ORGANIZATION', organizationId: orgA.id });
    expect((await gql(system.gatewayUrl, '{ activeMaintenance { id } }', {}, { token: ownerB.token })).data?.['activeMaintenance']).toBeNull();

    // recorded in the org's audit log
    await waitUntil(async () => (await db.query(`select 1 from compliance.audit_entry where organization_id = $1 and action = 'MAINTENANCE_WINDOW_CHANGED'`, [orgA.id])).rowCount === 1, 20_000, 'the audit entry');

    await gql(system.gatewayUrl, CANCEL, { id: window.id }, { token: admin.token });
    await waitUntil(async () => !(await refused(owner.token, ORG, { id: orgA.id })), 20_000, 'the org window to lift');
    expect((await gql(system.gatewayUrl, ORG, { id: orgA.id }, { token: apiKey })).data?.['organization'].id).toBe(orgA.id);
    expect((await scimUsers()).status).toBe(200);
  });

  it('lifts itself when the window ends, without anyone cancelling it', async () => {
    // known to the gateway before it begins: it starts and ends by the gateway's clock
    await schedule(admin.token, { organizationId: orgB.id, startsAt: soon(1_500), endsAt: soon(6_000), message: 'A short one.' });
    expect(await refused(ownerB.token, ORG, { id: orgB.id })).toBe(false);
    await waitUntil(() => refused(ownerB.token, ORG, { id: orgB.id }), 5_000, 'the short window to apply');
    await waitUntil(async () => !(await refused(ownerB.token, ORG, { id: orgB.id })), 10_000, 'the window to end');
    expect((await gql(system.gatewayUrl, ORG, { id: orgB.id }, { token: ownerB.token })).data?.['organization'].id).toBe(orgB.id);
  });
});
