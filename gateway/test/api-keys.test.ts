import pg from 'pg';
import { createOrganization, gql, knownUser, signUp, startSystem, waitUntil, type RunningSystem } from '@guildhall/testkit';

let system: RunningSystem;
let db: pg.Client;
beforeAll(async () => {
  system = await startSystem({ gatewayEnv: { API_KEY_RATE_PER_MINUTE: '40' } });
  db = new pg.Client({ connectionString: system.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await system?.stop();
});

const ISSUED = 'credential { id name secretHint scopes status expiresAt } secret userErrors { code field message }';
const createKey = (token: string, input: Record<string, unknown>) =>
  gql(system.gatewayUrl, `mutation ($input: CreateApiKeyInput!) { r: createApiKey(input: $input) { ${ISSUED} } }`, { input }, { token });
const credentialAction = (token: string, name: string, organizationId: string, credentialId: string, fields = ISSUED) =>
  gql(system.gatewayUrl, `mutation ($input: CredentialInput!) { r: ${name}(input: $input) { ${fields} } }`, { input: { organizationId, credentialId } }, { token });

async function ownerWithOrg(name: string) {
  // the directory that answers members' e-mails is fed by identity's event: wait for it
  const owner = await knownUser(system, db, 'Owner');
  const org = await createOrganization(system.gatewayUrl, owner.token, name);
  return { owner, org };
}

describe('partner API keys', () => {
  it('shows the secret once, stores only its hash, and lets the key read its own org within its scopes', async () => {
    const { owner, org } = await ownerWithOrg('Partner Org');
    const made = await createKey(owner.token, { organizationId: org.id, name: 'ERP sync', scopes: ['MEMBERS_READ'], expiresInDays: 90 });
    expect(made.data?.['r'].userErrors).toEqual([]);
    const secret = made.data?.['r'].secret as string;
    expect(secret.startsWith('ghk_')).toBe(true);
    expect(made.data?.['r'].credential).toMatchObject({ name: 'ERP sync', scopes: ['MEMBERS_READ'], status: 'ACTIVE', secretHint: secret.slice(-4) });
    const stored = await db.query('select secret_hash from identity.org_credential where organization_id = $1', [org.id]);
    expect(JSON.stringify(stored.rows)).not.toContain(secret);
    const listed = await gql(system.gatewayUrl, 'query ($id: ID!) { organization(id: $id) { apiKeys { name secretHint } } }', { id: org.id }, { token: owner.token });
    expect(JSON.stringify(listed.data)).not.toContain(secret.slice(0, -4));

    const read = await gql(system.gatewayUrl, 'query ($id: ID!) { organization(id: $id) { name members { totalCount nodes { role email } } } }', { id: org.id }, { token: secret });
    expect(read.errors).toBeUndefined();
    expect(read.data?.['organization']).toMatchObject({ name: 'Partner Org', members: { totalCount: 1, nodes: [{ role: 'OWNER', email: owner.email }] } });
    // outside its scopes: billing is not MEMBERS_READ
    const billing = await gql(system.gatewayUrl, 'query ($id: ID!) { organization(id: $id) { billingAccount { mode } } }', { id: org.id }, { token: secret });
    expect(billing.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // and no writes at all
    const write = await gql(system.gatewayUrl, 'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }', { input: { name: 'Key-made Org' } }, { token: secret });
    expect(write.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('never reaches another org', async () => {
    const a = await ownerWithOrg('Key Org A');
    const b = await ownerWithOrg('Key Org B');
    const key = (await createKey(a.owner.token, { organizationId: a.org.id, name: 'A key', scopes: ['ORGANIZATION_READ', 'MEMBERS_READ', 'BILLING_READ', 'AUDIT_READ'] })).data?.['r'].secret as string;
    for (const query of [
      'query ($id: ID!) { organization(id: $id) { name } }',
      'query ($id: ID!) { organization(id: $id) { members { totalCount } } }',
      'query ($id: ID!) { billingAccount(organizationId: $id) { mode } }',
    ]) {
      const r = await gql(system.gatewayUrl, query, { id: b.org.id }, { token: key });
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(JSON.stringify(r.data)).not.toContain('Key Org B');
    }
    const mine = await gql(system.gatewayUrl, 'query ($id: ID!) { organization(id: $id) { name } }', { id: a.org.id }, { token: key });
    expect(mine.data?.['organization']).toEqual({ name: 'Key Org A' });
  });

  it('lets only an OWNER manage keys; governance may list them', async () => {
    const { owner, org } = await ownerWithOrg('Managed Keys Org');
    const maintainer = await signUp(system.gatewayUrl, { name: 'Maintainer' });
    await waitUntil(async () => (await db.query('select 1 from organization.user_directory where user_id = $1', [maintainer.userId])).rowCount === 1);
    await gql(system.gatewayUrl, 'mutation ($input: AddMemberInput!) { addMember(input: $input) { userErrors { code } } }', { input: { organizationId: org.id, email: maintainer.email, role: 'MAINTAINER' } }, { token: owner.token });
    expect((await createKey(maintainer.token, { organizationId: org.id, name: 'x', scopes: ['MEMBERS_READ'] })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await createKey(owner.token, { organizationId: org.id, name: 'Listed', scopes: ['MEMBERS_READ'] });
    const listed = await gql(system.gatewayUrl, 'query ($id: ID!) { organization(id: $id) { apiKeys { name status } } }', { id: org.id }, { token: maintainer.token });
    expect(listed.data?.['organization'].apiKeys).toEqual([{ name: 'Listed', status: 'ACTIVE' }]);
    const bad = await createKey(owner.token, { organizationId: org.id, name: ' ', scopes: [] });
    expect(bad.data?.['r'].userErrors.map((e: { field: string[] }) => e.field.join('.'))).toEqual(['input.name', 'input.scopes']);
    expect((await db.query('select count(*)::int as n from identity.org_credential where organization_id = $1', [org.id])).rows[0].n).toBe(1);
  });

  it('refuses a revoked key from the next request on, and audits the attempt; rotation swaps the secret', async () => {
    const { owner, org } = await ownerWithOrg('Revoked Key Org');
    const made = (await createKey(owner.token, { organizationId: org.id, name: 'Rotating', scopes: ['ORGANIZATION_READ'] })).data?.['r'];
    const read = (token: string) => gql(system.gatewayUrl, 'query ($id: ID!) { organization(id: $id) { name } }', { id: org.id }, { token });
    expect((await read(made.secret)).data?.['organization']).toEqual({ name: 'Revoked Key Org' });
    const rotated = (await credentialAction(owner.token, 'rotateApiKey', org.id, made.credential.id)).data?.['r'];
    expect(rotated.secret).not.toBe(made.secret);
    expect((await read(rotated.secret)).data?.['organization']).toEqual({ name: 'Revoked Key Org' });
    await waitUntil(async () => (await read(made.secret)).status === 401, 10_000, 'the old secret to be refused');
    await credentialAction(owner.token, 'revokeApiKey', org.id, rotated.credential.id, 'credential { status } userErrors { code }');
    await waitUntil(async () => (await read(rotated.secret)).status === 401, 10_000, 'the revoked key to be refused');
    expect((await credentialAction(owner.token, 'revokeApiKey', org.id, rotated.credential.id, 'userErrors { code }')).data?.['r'].userErrors[0].code).toBe('CONFLICT');
    await waitUntil(async () => {
      const r = await gql(system.gatewayUrl, 'query ($id: ID!) { organization(id: $id) { auditLog { nodes { action } } } }', { id: org.id }, { token: owner.token });
      return (r.data?.['organization']?.auditLog.nodes ?? []).some((n: { action: string }) => n.action === 'CREDENTIAL_USE_REFUSED');
    }, 10_000, 'the refused use in the audit log');
  });

  it('rate-limits each key', async () => {
    const { owner, org } = await ownerWithOrg('Busy Key Org');
    const secret = (await createKey(owner.token, { organizationId: org.id, name: 'Busy', scopes: ['ORGANIZATION_READ'] })).data?.['r'].secret as string;
    const statuses: number[] = [];
    for (let i = 0; i < 45; i += 1) statuses.push((await gql(system.gatewayUrl, '{ __typename }', {}, { token: secret })).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(40);
    const limited = await gql(system.gatewayUrl, '{ __typename }', {}, { token: secret });
    expect(limited.status).toBe(429);
    expect(limited.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });
});
