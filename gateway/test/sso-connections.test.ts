import { readFileSync } from 'node:fs';
import pg from 'pg';
import { createOrganization, gql, signUp, startSystem, waitUntil, type RunningSystem } from '@guildhall/testkit';

const fixture = (name: string) => readFileSync(new URL(`../../subgraphs/identity/test/fixtures/${name}`, import.meta.url), 'utf8');

let system: RunningSystem;
let db: pg.Client;
beforeAll(async () => {
  system = await startSystem();
  db = new pg.Client({ connectionString: system.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await system?.stop();
});

const CONNECTION = 'connection { id kind name enforceSso autoJoin defaultRoleForAutoJoin saml { entryPoint issuer certificateFingerprint } oidc { issuer clientId scopes clientSecretSet } } userErrors { code field message }';
const create = (token: string, input: Record<string, unknown>) =>
  gql(system.gatewayUrl, `mutation ($input: SsoConnectionInput!) { r: createSsoConnection(input: $input) { ${CONNECTION} } }`, { input }, { token });

async function ownerWithOrg(name: string) {
  const owner = await signUp(system.gatewayUrl, { name: 'Owner' });
  return { owner, org: await createOrganization(system.gatewayUrl, owner.token, name) };
}
const count = async (orgId: string) => (await db.query('select count(*)::int as n from identity.sso_connection where organization_id = $1', [orgId])).rows[0].n as number;

describe('SSO connections', () => {
  it('saves a SAML connection with a certificate that parses, and shows its fingerprint', async () => {
    const { owner, org } = await ownerWithOrg('SAML Org');
    const r = await create(owner.token, { organizationId: org.id, name: 'Okta', kind: 'SAML', autoJoin: true, saml: { entryPoint: 'https://idp.example/sso', issuer: 'http://www.okta.com/exk1', certificate: fixture('idp-cert.pem') } });
    expect(r.data?.['r'].userErrors).toEqual([]);
    expect(r.data?.['r'].connection).toMatchObject({ kind: 'SAML', autoJoin: true, defaultRoleForAutoJoin: 'LEARNER', saml: { issuer: 'http://www.okta.com/exk1', certificateFingerprint: expect.stringMatching(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/) }, oidc: null });
  });

  it('refuses a bad or expired certificate with SSO_PROVIDER_MISCONFIGURED and writes nothing', async () => {
    const { owner, org } = await ownerWithOrg('Bad Cert Org');
    for (const certificate of ['-----BEGIN CERTIFICATE-----\nnope\n-----END CERTIFICATE-----', fixture('expired-idp-cert.pem')]) {
      const r = await create(owner.token, { organizationId: org.id, name: 'Broken', kind: 'SAML', saml: { entryPoint: 'https://idp.example/sso', issuer: 'idp', certificate } });
      expect(r.data?.['r'].userErrors).toEqual([expect.objectContaining({ code: 'SSO_PROVIDER_MISCONFIGURED', field: ['input', 'saml', 'certificate'] })]);
    }
    expect(await count(org.id)).toBe(0);
  });

  it('seals the OIDC client secret, never shows it, and keeps it when an update leaves it out', async () => {
    const { owner, org } = await ownerWithOrg('OIDC Org');
    const made = await create(owner.token, { organizationId: org.id, name: 'Entra', kind: 'OIDC', oidc: { issuer: 'https://login.example/tenant/v2.0/', clientId: 'client-1', clientSecret: 'super-secret-value', scopes: ['openid', 'email'] } });
    const connection = made.data?.['r'].connection;
    expect(connection.oidc).toEqual({ issuer: 'https://login.example/tenant/v2.0', clientId: 'client-1', scopes: ['openid', 'email'], clientSecretSet: true });
    const stored = (await db.query('select oidc_client_secret_sealed from identity.sso_connection where id = $1', [connection.id])).rows[0].oidc_client_secret_sealed as string;
    expect(stored).not.toContain('super-secret-value');
    const updated = await gql(system.gatewayUrl, `mutation ($id: ID!, $input: SsoConnectionInput!) { r: updateSsoConnection(connectionId: $id, input: $input) { ${CONNECTION} } }`, { id: connection.id, input: { organizationId: org.id, name: 'Entra ID', kind: 'OIDC', enforceSso: true, oidc: { issuer: 'https://login.example/tenant/v2.0', clientId: 'client-1', scopes: ['openid', 'email', 'profile'] } } }, { token: owner.token });
    expect(updated.data?.['r'].connection).toMatchObject({ name: 'Entra ID', enforceSso: true, oidc: { clientSecretSet: true, scopes: ['openid', 'email', 'profile'] } });
    expect((await db.query('select oidc_client_secret_sealed from identity.sso_connection where id = $1', [connection.id])).rows[0].oidc_client_secret_sealed).toBe(stored);
  });

  it('refuses OWNER as the auto-join role, an OIDC without openid, and a missing secret', async () => {
    const { owner, org } = await ownerWithOrg('Rules Org');
    const r = await create(owner.token, { organizationId: org.id, name: 'x', kind: 'OIDC', defaultRoleForAutoJoin: 'OWNER', oidc: { issuer: 'https://login.example', clientId: 'c', scopes: ['email'] } });
    expect(r.data?.['r'].userErrors.map((e: { field: string[] }) => e.field.join('.')).sort()).toEqual(['input.defaultRoleForAutoJoin', 'input.oidc.clientSecret', 'input.oidc.scopes']);
    expect(await count(org.id)).toBe(0);
  });

  it('lets governance read connections, only an OWNER change them, and no other org see them', async () => {
    const { owner, org } = await ownerWithOrg('Governed SSO Org');
    const maintainer = await signUp(system.gatewayUrl, { name: 'Maintainer' });
    await waitUntil(async () => (await db.query('select 1 from organization.user_directory where user_id = $1', [maintainer.userId])).rowCount === 1);
    await gql(system.gatewayUrl, 'mutation ($input: AddMemberInput!) { addMember(input: $input) { userErrors { code } } }', { input: { organizationId: org.id, email: maintainer.email, role: 'MAINTAINER' } }, { token: owner.token });
    await create(owner.token, { organizationId: org.id, name: 'Okta', kind: 'SAML', saml: { entryPoint: 'https://idp.example/sso', issuer: 'idp', certificate: fixture('idp-cert.pem') } });
    const listed = await gql(system.gatewayUrl, 'query ($id: ID!) { organization(id: $id) { ssoConnections { name kind } } }', { id: org.id }, { token: maintainer.token });
    expect(listed.data?.['organization'].ssoConnections).toEqual([{ name: 'Okta', kind: 'SAML' }]);
    const attempt = await create(maintainer.token, { organizationId: org.id, name: 'Mine', kind: 'SAML', saml: { entryPoint: 'https://idp.example/sso', issuer: 'idp', certificate: fixture('idp-cert.pem') } });
    expect(attempt.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const stranger = await ownerWithOrg('Stranger Org');
    const peek = await gql(system.gatewayUrl, 'query ($id: ID!) { organization(id: $id) { ssoConnections { name } } }', { id: org.id }, { token: stranger.owner.token });
    expect(peek.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await count(org.id)).toBe(1);
  });
});
