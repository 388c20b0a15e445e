import pg from 'pg';
import { createOrganization, gql, signUp, startSystem, waitUntil, type RunningSystem } from '@guildhall/testkit';

/** Platform administrators read any org they administer (their console), and change it only through the platform mutations. */
let system: RunningSystem;
let db: pg.Pool;
beforeAll(async () => {
  system = await startSystem();
  db = new pg.Pool({ connectionString: system.databaseUrl, max: 2 });
}, 120_000);
afterAll(async () => {
  await db?.end();
  await system?.stop();
});

const READ = `query ($id: ID!) {
  viewer { platformAdmin }
  organization(id: $id) { name status legalName members { totalCount } }
  billingAccount(organizationId: $id) { mode creditBalance { amountMinor } }
}`;
const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

test('a platform admin reads an org and its billing account without being a member; others get NOT_FOUND', async () => {
  const owner = await signUp(system.gatewayUrl, { name: 'Owner' });
  const org = await createOrganization(system.gatewayUrl, owner.token, 'Administered Co');
  const admin = await signUp(system.gatewayUrl, { name: 'Ops Admin' });
  const outsider = await signUp(system.gatewayUrl, { name: 'Outsider' });
  await db.query('update identity."user" set platform_admin = true where id = $1', [admin.userId]);
  // the billing account opens from organization.created
  await waitUntil(async () => (await db.query('select 1 from billing.billing_account where organization_id = $1', [org.id])).rowCount === 1);

  const read = await gql(system.gatewayUrl, READ, { id: org.id }, { token: admin.token });
  expect(read.errors).toBeUndefined();
  expect(read.data).toEqual({
    viewer: { platformAdmin: true },
    organization: { name: 'Administered Co', status: 'PENDING_VERIFICATION', legalName: null, members: { totalCount: 1 } },
    billingAccount: { mode: 'TAG_ONLY', creditBalance: { amountMinor: 0 } },
  });

  const refused = await gql(system.gatewayUrl, READ, { id: org.id }, { token: outsider.token });
  expect(code(refused)).toBe('NOT_FOUND');
  expect((await gql(system.gatewayUrl, '{ viewer { platformAdmin } }', {}, { token: outsider.token })).data?.['viewer']).toEqual({ platformAdmin: false });

  // reading is not administering the org's own settings: those stay with its members
  const edit = await gql(system.gatewayUrl, 'mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { userErrors { code } } }', { input: { organizationId: org.id, name: 'Renamed' } }, { token: admin.token });
  expect(code(edit) ?? edit.data?.['updateOrganization'].userErrors[0]?.code).toMatch(/NOT_FOUND|FORBIDDEN/);
  expect((await db.query('select name from organization.organization where id = $1', [org.id])).rows[0].name).toBe('Administered Co');
});

test('the verification queue lists pending orgs oldest first, in pages, for platform admins only', async () => {
  const owner = await signUp(system.gatewayUrl, { name: 'Queue Owner' });
  const made = [];
  for (const name of ['Queue One', 'Queue Two', 'Queue Three']) made.push(await createOrganization(system.gatewayUrl, owner.token, name));
  const admin = await signUp(system.gatewayUrl, { name: 'Queue Admin' });
  await db.query('update identity."user" set platform_admin = true where id = $1', [admin.userId]);
  await db.query(`update organization.organization set status = 'ACTIVE' where id = $1`, [made[1]!.id]);

  const QUEUE = 'query ($after: String) { organizationsByStatus(status: PENDING_VERIFICATION, first: 2, after: $after) { nodes { id name status } pageInfo { hasNextPage endCursor } } }';
  const seen: string[] = [];
  let after: string | null = null;
  do {
    const page: Awaited<ReturnType<typeof gql<Record<string, any>>>> = await gql(system.gatewayUrl, QUEUE, { after }, { token: admin.token }); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(page.errors).toBeUndefined();
    const connection: { nodes: { name: string; status: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } = page.data?.['organizationsByStatus'];
    seen.push(...connection.nodes.map((node: { name: string; status: string }) => `${node.name}:${node.status}`));
    after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  } while (after);
  const mine = seen.filter((entry) => entry.startsWith('Queue '));
  expect(mine).toEqual(['Queue One:PENDING_VERIFICATION', 'Queue Three:PENDING_VERIFICATION']);

  expect(code(await gql(system.gatewayUrl, QUEUE, { after: null }, { token: owner.token }))).toBe('FORBIDDEN');
});
