import pg from 'pg';
import { ROLES, rolesWith, type Capability, type Role } from '@guildhall/roles';
import { createOrganization, gql, signUp, startSystem, waitUntil, type RunningSystem } from '@guildhall/testkit';

/**
 * Every role × every org-scoped operation of the organization and identity subgraphs, expectations taken from the one
 * capability matrix in @guildhall/roles. Each operation is shaped so that an allowed caller fails
 * harmlessly after the permission check (bad input, an unknown id) and writes nothing of the fixture.
 */
let system: RunningSystem;
let db: pg.Client;
let orgId: string;
const tokens = {} as Record<Role, string>;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  system = await startSystem({ servicesEnv: { FEATURE_HOST_ORGS: 'true' } });
  db = new pg.Client({ connectionString: system.databaseUrl });
  await db.connect();
  const owner = await signUp(system.gatewayUrl, { name: 'OWNER' });
  tokens.OWNER = owner.token;
  orgId = (await createOrganization(system.gatewayUrl, owner.token, 'Matrix Org')).id;
  await db.query(`update organization.organization set status = 'ACTIVE', can_host = true where id = $1`, [orgId]);
  for (const role of ROLES.filter((r) => r !== 'OWNER')) {
    const member = await signUp(system.gatewayUrl, { name: role });
    await waitUntil(async () => (await db.query('select 1 from organization.user_directory where user_id = $1', [member.userId])).rowCount === 1);
    const added = await gql(system.gatewayUrl, 'mutation ($input: AddMemberInput!) { addMember(input: $input) { userErrors { code } } }', { input: { organizationId: orgId, email: member.email, role } }, { token: owner.token });
    expect(added.data?.['addMember'].userErrors).toEqual([]);
    tokens[role] = member.token;
  }
}, 120_000);
afterAll(async () => {
  await db?.end();
  await system?.stop();
});

type Verdict = 'allowed' | 'refused';
interface Operation {
  name: string;
  capability: Capability;
  run(token: string): Promise<Verdict>;
}

const call = (token: string, query: string, variables: Record<string, unknown> = {}) => gql(system.gatewayUrl, query, variables, { token });
const topCode = (r: Awaited<ReturnType<typeof call>>) => r.errors?.[0]?.extensions?.code;
/** Refused by authorization: FORBIDDEN at the top, or the field allow-list's FIELD_RBAC_FORBIDDEN. */
const verdictOf = (r: Awaited<ReturnType<typeof call>>, payload?: string): Verdict => {
  if (topCode(r) === 'FORBIDDEN') return 'refused';
  const userErrors = payload ? (r.data?.[payload]?.userErrors as { code: string }[] | undefined) : undefined;
  return userErrors?.some((e) => e.code === 'FIELD_RBAC_FORBIDDEN') ? 'refused' : 'allowed';
};
const mutation = (name: string, inputType: string, input: (organizationId: string) => Record<string, unknown>) => async (token: string) =>
  verdictOf(await call(token, `mutation ($input: ${inputType}!) { ${name}(input: $input) { userErrors { code } } }`, { input: input(orgId) }), name);

const OPERATIONS: Operation[] = [
  { name: 'read the organization', capability: 'organization.read', run: async (t) => verdictOf(await call(t, 'query ($id: ID!) { organization(id: $id) { name } }', { id: orgId })) },
  { name: 'list members', capability: 'members.read', run: async (t) => verdictOf(await call(t, 'query ($id: ID!) { organization(id: $id) { members { totalCount } } }', { id: orgId })) },
  { name: 'read tax identity', capability: 'billing.read', run: async (t) => verdictOf(await call(t, 'query ($id: ID!) { organization(id: $id) { gstin } }', { id: orgId })) },
  { name: 'rename (identity field)', capability: 'organization.update', run: mutation('updateOrganization', 'UpdateOrganizationInput', (organizationId) => ({ organizationId, name: '' })) },
  { name: 'set billing email (billing field)', capability: 'billing.manage', run: mutation('updateOrganization', 'UpdateOrganizationInput', (organizationId) => ({ organizationId, billingEmail: 'not-an-email' })) },
  { name: 'set GSTIN (tax field)', capability: 'organization.tax.manage', run: mutation('updateOrganization', 'UpdateOrganizationInput', (organizationId) => ({ organizationId, gstin: 'bad' })) },
  { name: 'set capabilities', capability: 'organization.capabilities.manage', run: mutation('setOrganizationCapabilities', 'SetCapabilitiesInput', (organizationId) => ({ organizationId, canSponsor: true, canHost: true })) },
  { name: 'add a member', capability: 'members.manage', run: mutation('addMember', 'AddMemberInput', (organizationId) => ({ organizationId, email: 'nobody@example.test', role: 'SUPPORT' })) },
  { name: 'change a role', capability: 'members.manage', run: mutation('changeMemberRole', 'ChangeMemberRoleInput', (organizationId) => ({ organizationId, membershipId: UNKNOWN, role: 'SUPPORT' })) },
  { name: 'suspend a member', capability: 'members.manage', run: mutation('suspendMember', 'MemberInput', (organizationId) => ({ organizationId, membershipId: UNKNOWN })) },
  { name: 'reactivate a member', capability: 'members.manage', run: mutation('reactivateMember', 'MemberInput', (organizationId) => ({ organizationId, membershipId: UNKNOWN })) },
  { name: 'list invitations', capability: 'invitations.manage', run: async (t) => verdictOf(await call(t, 'query ($id: ID!) { organization(id: $id) { invitations { totalCount } } }', { id: orgId })) },
  { name: 'invite', capability: 'invitations.manage', run: mutation('inviteMember', 'InviteMemberInput', (organizationId) => ({ organizationId, email: 'not-an-email', role: 'SUPPORT' })) },
  { name: 'invite by CSV', capability: 'invitations.manage', run: mutation('inviteMembers', 'InviteMembersInput', (organizationId) => ({ organizationId, csv: 'email,role\n' })) },
  { name: 'resend an invitation', capability: 'invitations.manage', run: mutation('resendInvitation', 'InvitationInput', (organizationId) => ({ organizationId, invitationId: UNKNOWN })) },
  { name: 'revoke an invitation', capability: 'invitations.manage', run: mutation('revokeInvitation', 'InvitationInput', (organizationId) => ({ organizationId, invitationId: UNKNOWN })) },
  { name: 'remove a member', capability: 'members.manage', run: mutation('removeMember', 'RemoveMemberInput', (organizationId) => ({ organizationId, membershipId: UNKNOWN })) },
  { name: 'list SCIM groups', capability: 'scimGroups.read', run: async (t) => verdictOf(await call(t, 'query ($id: ID!) { organization(id: $id) { scimGroups { id } } }', { id: orgId })) },
  { name: 'map a SCIM group', capability: 'scimGroups.manage', run: mutation('mapScimGroupRole', 'MapScimGroupRoleInput', (organizationId) => ({ organizationId, groupId: UNKNOWN, role: 'SUPPORT' })) },
  // identity
  { name: 'list SSO connections', capability: 'sso.read', run: async (t) => verdictOf(await call(t, 'query ($id: ID!) { organization(id: $id) { ssoConnections { id } } }', { id: orgId })) },
  { name: 'list domain claims', capability: 'sso.read', run: async (t) => verdictOf(await call(t, 'query ($id: ID!) { organization(id: $id) { domainClaims { id } } }', { id: orgId })) },
  { name: 'create an SSO connection', capability: 'sso.manage', run: mutation('createSsoConnection', 'SsoConnectionInput', (organizationId) => ({ organizationId, name: '', kind: 'OIDC', oidc: { issuer: 'not a url', clientId: '', scopes: [] } })) },
  { name: 'delete an SSO connection', capability: 'sso.manage', run: mutation('deleteSsoConnection', 'SsoConnectionRefInput', (organizationId) => ({ organizationId, connectionId: UNKNOWN })) },
  { name: 'claim a domain', capability: 'domains.manage', run: mutation('claimDomain', 'ClaimDomainInput', (organizationId) => ({ organizationId, domain: 'not a domain' })) },
  { name: 'verify a domain', capability: 'domains.manage', run: mutation('verifyDomain', 'DomainClaimInput', (organizationId) => ({ organizationId, claimId: UNKNOWN })) },
  { name: 'remove a domain claim', capability: 'domains.manage', run: mutation('removeDomainClaim', 'DomainClaimInput', (organizationId) => ({ organizationId, claimId: UNKNOWN })) },
  { name: 'list API keys', capability: 'apiKeys.read', run: async (t) => verdictOf(await call(t, 'query ($id: ID!) { organization(id: $id) { apiKeys { id } } }', { id: orgId })) },
  { name: 'create an API key', capability: 'apiKeys.manage', run: mutation('createApiKey', 'CreateApiKeyInput', (organizationId) => ({ organizationId, name: '', scopes: [] })) },
  { name: 'revoke an API key', capability: 'apiKeys.manage', run: mutation('revokeApiKey', 'CredentialInput', (organizationId) => ({ organizationId, credentialId: UNKNOWN })) },
  { name: 'list SCIM tokens', capability: 'scimTokens.read', run: async (t) => verdictOf(await call(t, 'query ($id: ID!) { organization(id: $id) { scimTokens { id } } }', { id: orgId })) },
  { name: 'create a SCIM token', capability: 'scimTokens.manage', run: mutation('createScimToken', 'CreateScimTokenInput', (organizationId) => ({ organizationId, name: '' })) },
  { name: 'rotate a SCIM token', capability: 'scimTokens.manage', run: mutation('rotateScimToken', 'CredentialInput', (organizationId) => ({ organizationId, credentialId: UNKNOWN })) },
];

describe.each(OPERATIONS.map((op) => [op.name, op] as const))('%s', (_name, op) => {
  it.each(ROLES.map((role) => [role, rolesWith(op.capability).includes(role) ? 'allowed' : 'refused'] as const))('%s is %s', async (role, expected) => {
    expect(await op.run(tokens[role])).toBe(expected);
  });
});

it('wrote nothing in identity for the org, whoever was allowed', async () => {
  const written = await db.query(
    `select (select count(*) from identity.org_credential where organization_id = $1)::int + (select count(*) from identity.sso_connection where organization_id = $1)::int
          + (select count(*) from identity.domain_claim where organization_id = $1)::int as n`,
    [orgId],
  );
  expect(written.rows[0].n).toBe(0);
});
