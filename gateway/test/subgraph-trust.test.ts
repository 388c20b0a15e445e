import { importPKCS8, SignJWT } from 'jose';
import { CONTEXT_TOKEN_HEADER, createContextTokenSigner, generateContextKeyPair, type ContextClaims, type ContextTokenSigner } from '@guildhall/kernel';
import { createOrganization, gql, signUp, startSystem, type RunningSystem } from '@guildhall/testkit';

/**
 * Subgraphs believe only what a context token signed by the gateway's key, for their own audience and
 * still in date, says. Everything else a direct caller sends is refused or ignored.
 */
let system: RunningSystem;
let sign: ContextTokenSigner;
let user: { email: string; token: string; userId: string };
let org: { id: string };

const SUBGRAPHS = ['identity', 'organization', 'billing', 'payouts', 'compliance'] as const;
const ANONYMOUS_CLAIMS: ContextClaims = { principal: { kind: 'anonymous' }, origin: { ip: null, userAgent: null } };

beforeAll(async () => {
  system = await startSystem();
  sign = await createContextTokenSigner(system.keys.privateKey);
  user = await signUp(system.gatewayUrl, { name: 'Trusting User' });
  org = await createOrganization(system.gatewayUrl, user.token, 'Trust Corp');
});
afterAll(() => system?.stop());

const userClaims = (): ContextClaims => ({
  principal: { kind: 'user', userId: user.userId, email: 'test@example.test', sessionId: 'x', platformAdmin: false, memberships: { [org.id]: { role: 'OWNER', status: 'ACTIVE' } } },
  origin: { ip: null, userAgent: null },
});

const direct = (subgraph: string, query: string, headers: Record<string, string> = {}, variables: Record<string, unknown> = {}) =>
  gql(system.subgraphUrls[subgraph]!, query, variables, { headers });

function expectRefused(response: Awaited<ReturnType<typeof direct>>) {
  expect(response.status).toBe(401);
  expect(response.data).toBeNull();
  expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
}

/** The gateway's token format, signed by hand, so one claim at a time can be wrong. */
async function handSigned(options: { audience: string; issuer?: string; issuedAt: number; expiresAt: number }) {
  const key = await importPKCS8(system.keys.privateKey, 'EdDSA');
  return new SignJWT({ p: userClaims().principal, o: userClaims().origin })
    .setProtectedHeader({ alg: 'EdDSA' })
    .setIssuer(options.issuer ?? 'guildhall-gateway')
    .setAudience(options.audience)
    .setIssuedAt(options.issuedAt)
    .setExpirationTime(options.expiresAt)
    .sign(key);
}
const now = () => Math.floor(Date.now() / 1000);

describe.each(SUBGRAPHS)('the %s subgraph called directly', (subgraph) => {
  it('answers a valid context token for its audience', async () => {
    const response = await direct(subgraph, '{ __typename }', { [CONTEXT_TOKEN_HEADER]: await sign(userClaims(), subgraph) });
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ __typename: 'Query' });
  });

  it('refuses a call without a context token', async () => {
    expectRefused(await direct(subgraph, '{ __typename }'));
  });

  it('refuses a token signed by a different key', async () => {
    const stranger = await createContextTokenSigner(generateContextKeyPair().privateKey);
    expectRefused(await direct(subgraph, '{ __typename }', { [CONTEXT_TOKEN_HEADER]: await stranger(userClaims(), subgraph) }));
  });

  it('refuses a valid token minted for another subgraph', async () => {
    const other = SUBGRAPHS.find((s) => s !== subgraph)!;
    expectRefused(await direct(subgraph, '{ __typename }', { [CONTEXT_TOKEN_HEADER]: await sign(userClaims(), other) }));
  });

  it('refuses an expired token', async () => {
    const expired = await handSigned({ audience: subgraph, issuedAt: now() - 180, expiresAt: now() - 120 });
    expectRefused(await direct(subgraph, '{ __typename }', { [CONTEXT_TOKEN_HEADER]: expired }));
  });

  it('refuses a token from another issuer', async () => {
    const foreign = await handSigned({ audience: subgraph, issuer: 'someone-else', issuedAt: now(), expiresAt: now() + 60 });
    expectRefused(await direct(subgraph, '{ __typename }', { [CONTEXT_TOKEN_HEADER]: foreign }));
  });

  it('refuses an unsigned token', async () => {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const unsigned = `${encode({ alg: 'none' })}.${encode({ p: userClaims().principal, o: userClaims().origin, iss: 'guildhall-gateway', aud: subgraph, iat: now(), exp: now() + 60 })}.`;
    expectRefused(await direct(subgraph, '{ __typename }', { [CONTEXT_TOKEN_HEADER]: unsigned }));
  });

  it('refuses a caller who only claims an identity in plain headers', async () => {
    expectRefused(
      await direct(subgraph, '{ __typename }', {
        'x-user-id': user.userId,
        'x-organization-id': org.id,
        'x-guildhall-user': user.userId,
        authorization: `Bearer ${user.token}`,
        cookie: `gh_session=${user.token}`,
      }),
    );
  });
});

describe('headers beside a valid token', () => {
  it('do not change who the caller is', async () => {
    const response = await direct('identity', '{ viewer { id } }', {
      [CONTEXT_TOKEN_HEADER]: await sign(ANONYMOUS_CLAIMS, 'identity'),
      'x-user-id': user.userId,
      authorization: `Bearer ${user.token}`,
    });
    expect(response.status).toBe(200);
    expect(response.data).toEqual({ viewer: null });
  });

  it('do not grant an anonymous token access to an organization', async () => {
    const response = await direct('organization', 'query ($id: ID!) { organization(id: $id) { name } }', {
      [CONTEXT_TOKEN_HEADER]: await sign(ANONYMOUS_CLAIMS, 'organization'),
      'x-user-id': user.userId,
      'x-organization-id': org.id,
    }, { id: org.id });
    expect(response.data).toBeNull();
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(JSON.stringify(response)).not.toContain('Trust Corp');
  });

  it('are ignored at the gateway too', async () => {
    const response = await gql(system.gatewayUrl, '{ viewer { id } }', {}, { headers: { 'x-user-id': user.userId, 'x-guildhall-user': user.userId } });
    expect(response.status).toBe(200);
    expect(response.data).toEqual({ viewer: null });
  });
});

describe('internal fields', () => {
  it.each([
    ['sessionPrincipal', `query ($token: String!) { sessionPrincipal(token: $token) { userId sessionId } }`, () => ({ token: user.token })],
    ['principalMemberships', `query ($userId: ID!) { principalMemberships(userId: $userId) { organizationId role } }`, () => ({ userId: user.userId })],
  ])('%s cannot be reached through the gateway', async (_field, query, variables) => {
    const response = await gql(system.gatewayUrl, query, variables(), { token: user.token });
    expect(response.status).toBe(400);
    expect(response.data).toBeNull();
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(response)).not.toContain(user.userId);
  });

  it('sessionPrincipal refuses a user token sent straight to identity', async () => {
    const response = await direct('identity', `query ($token: String!) { sessionPrincipal(token: $token) { userId sessionId } }`, {
      [CONTEXT_TOKEN_HEADER]: await sign(userClaims(), 'identity'),
    }, { token: user.token });
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(response.data).toEqual({ sessionPrincipal: null });
  });

  it('principalMemberships refuses a user token sent straight to organization', async () => {
    const response = await direct('organization', `query ($userId: ID!) { principalMemberships(userId: $userId) { organizationId } }`, {
      [CONTEXT_TOKEN_HEADER]: await sign(userClaims(), 'organization'),
    }, { userId: user.userId });
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(response.data).toBeNull();
  });

  it('answer only the gateway service', async () => {
    const gateway: ContextClaims = { principal: { kind: 'service', service: 'gateway' }, origin: { ip: null, userAgent: null } };
    const response = await direct('identity', `query ($token: String!) { sessionPrincipal(token: $token) { userId } }`, {
      [CONTEXT_TOKEN_HEADER]: await sign(gateway, 'identity'),
    }, { token: user.token });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ sessionPrincipal: { userId: user.userId } });
    // another service name is not the gateway
    const worker = await direct('identity', `query ($token: String!) { sessionPrincipal(token: $token) { userId } }`, {
      [CONTEXT_TOKEN_HEADER]: await sign({ ...gateway, principal: { kind: 'service', service: 'billing' } }, 'identity'),
    }, { token: user.token });
    expect(worker.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(worker.data).toEqual({ sessionPrincipal: null });
  });
});
