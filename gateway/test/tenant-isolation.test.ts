import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { CONTEXT_TOKEN_HEADER, createContextTokenSigner, type ContextTokenSigner } from '@guildhall/kernel';
import { createOrganization, gql, signUp, startSystem, waitUntil, type RunningSystem } from '@guildhall/testkit';

/**
 * Two tenants side by side: A owns org A, B owns org B. Nothing of B may reach A, whether A asks the
 * gateway or walks straight up to a subgraph's `_entities` with a context token of its own.
 */
let system: RunningSystem;
let db: pg.Client;
let sign: ContextTokenSigner;
let a: { email: string; token: string; userId: string };
let b: { email: string; token: string; userId: string };
let orgA: { id: string; name: string };
let orgB: { id: string; name: string };
let auditOfB: string[];

const AUDIT_LOG = `query ($id: ID!) { organization(id: $id) { auditLog { nodes { id action } } } }`;

beforeAll(async () => {
  system = await startSystem();
  db = new pg.Client({ connectionString: system.databaseUrl });
  await db.connect();
  sign = await createContextTokenSigner(system.keys.privateKey);
  a = await signUp(system.gatewayUrl, { name: 'Alice Tenant' });
  b = await signUp(system.gatewayUrl, { name: 'Bob Tenant' });
  orgA = await createOrganization(system.gatewayUrl, a.token, 'Alpha Works');
  orgB = await createOrganization(system.gatewayUrl, b.token, 'Bravo Secrets');
  // seeded (linking goes through a provider): one per org so a leak would show real data
  for (const [org, destination] of [[orgA.id, 'HDFC ••••1111'], [orgB.id, 'ICICI ••••9999']] as const) {
    await db.query(
      `insert into payouts.payout_account (id, payee_kind, payee_id, provider, provider_account_id, status, masked_destination) values ($1, 'ORGANIZATION', $2, 'RAZORPAYX', $3, 'VERIFIED', $4)`,
      [randomUUID(), org, `acc_${org.slice(0, 8)}`, destination],
    );
  }
  // each owner sees their org's three audit entries and billing account once the worker has run
  for (const [user, org] of [[a, orgA], [b, orgB]] as const) {
    await waitUntil(async () => {
      const r = await gql(system.gatewayUrl, `query ($id: ID!) { organization(id: $id) { billingAccount { mode } auditLog { nodes { id } } } }`, { id: org.id }, { token: user.token });
      return r.data?.['organization']?.billingAccount?.mode === 'TAG_ONLY' && r.data?.['organization']?.auditLog.nodes.length === 3;
    }, 15_000, `the billing account and audit entries of ${org.name}`);
  }
  const log = await gql(system.gatewayUrl, AUDIT_LOG, { id: orgB.id }, { token: b.token });
  auditOfB = log.data?.['organization'].auditLog.nodes.map((n: { id: string }) => n.id);
});
afterAll(async () => {
  await db?.end();
  await system?.stop();
});

const codes = (errors: { extensions?: { code?: string } }[] | undefined) => (errors ?? []).map((e) => e.extensions?.code);

describe('tenant isolation through the gateway', () => {
  it("hides another tenant's organization as NOT_FOUND, exactly like one that does not exist", async () => {
    const query = `query ($id: ID!) { organization(id: $id) { id name slug members { totalCount } } }`;
    const foreign = await gql(system.gatewayUrl, query, { id: orgB.id }, { token: a.token });
    const missing = await gql(system.gatewayUrl, query, { id: randomUUID() }, { token: a.token });
    expect(foreign.data).toBeNull();
    expect(codes(foreign.errors)).toEqual(['NOT_FOUND']);
    expect(JSON.stringify(foreign)).not.toContain(orgB.name);
    expect(foreign.errors?.map((e) => e.message)).toEqual(missing.errors?.map((e) => e.message));
    expect(codes(missing.errors)).toEqual(['NOT_FOUND']);
  });

  it("refuses another tenant's billing account", async () => {
    const response = await gql(system.gatewayUrl, `query ($id: ID!) { billingAccount(organizationId: $id) { id mode currency } }`, { id: orgB.id }, { token: a.token });
    expect(response.data).toEqual({ billingAccount: null });
    expect(codes(response.errors)).toEqual(['NOT_FOUND']);
    const own = await gql(system.gatewayUrl, `query ($id: ID!) { billingAccount(organizationId: $id) { mode } }`, { id: orgB.id }, { token: b.token });
    expect(own.data).toEqual({ billingAccount: { mode: 'TAG_ONLY' } });
  });

  it("refuses another tenant's payout account", async () => {
    const query = `query ($id: ID!) { payoutAccount(organizationId: $id) { id maskedDestination } }`;
    const response = await gql(system.gatewayUrl, query, { id: orgB.id }, { token: a.token });
    expect(response.data).toEqual({ payoutAccount: null });
    expect(codes(response.errors)).toEqual(['NOT_FOUND']);
    expect(JSON.stringify(response)).not.toContain('9999');
    const own = await gql(system.gatewayUrl, query, { id: orgB.id }, { token: b.token });
    expect(own.data?.['payoutAccount']).toMatchObject({ maskedDestination: 'ICICI ••••9999' });
  });

  it("refuses another tenant's audit entry by id", async () => {
    expect(auditOfB).toHaveLength(3);
    const query = `query ($id: ID!) { auditEntry(id: $id) { id action organization { id } } }`;
    for (const id of auditOfB) {
      const response = await gql(system.gatewayUrl, query, { id }, { token: a.token });
      expect(response.data).toBeNull();
      expect(codes(response.errors)).toEqual(['NOT_FOUND']);
    }
    const own = await gql(system.gatewayUrl, query, { id: auditOfB[0] }, { token: b.token });
    expect(own.data?.['auditEntry']).toMatchObject({ id: auditOfB[0], organization: { id: orgB.id } });
  });

  it("serves a tenant its own organization across every subgraph, with nothing of the other's", async () => {
    const response = await gql(
      system.gatewayUrl,
      `query ($id: ID!) { organization(id: $id) { id name billingAccount { mode } payoutAccount { maskedDestination }
        members { totalCount nodes { role user { id email } } } auditLog { nodes { id organization { id name } } } } }`,
      { id: orgA.id },
      { token: a.token },
    );
    expect(response.errors).toBeUndefined();
    const org = response.data?.['organization'];
    expect(org).toMatchObject({
      id: orgA.id,
      name: 'Alpha Works',
      billingAccount: { mode: 'TAG_ONLY' },
      payoutAccount: { maskedDestination: 'HDFC ••••1111' },
      members: { totalCount: 1, nodes: [{ role: 'OWNER', user: { id: a.userId, email: a.email } }] },
    });
    expect(org.auditLog.nodes).toHaveLength(3);
    for (const entry of org.auditLog.nodes) {
      expect(entry.organization).toEqual({ id: orgA.id, name: 'Alpha Works' });
      expect(auditOfB).not.toContain(entry.id);
    }
  });

  it("lists only the viewer's own organizations", async () => {
    const response = await gql(system.gatewayUrl, `{ viewer { id organizations { id name } } }`, {}, { token: a.token });
    expect(response.errors).toBeUndefined();
    expect(response.data?.['viewer']).toEqual({ id: a.userId, organizations: [{ id: orgA.id, name: 'Alpha Works' }] });
  });

  it('ignores a context token a client sends to the gateway', async () => {
    // even a correctly signed token claiming B's org is not the client's to send: the gateway signs its own
    const forged = await sign(
      { principal: { kind: 'user', userId: a.userId, email: 'test@example.test', sessionId: 'x', platformAdmin: false, memberships: { [orgB.id]: { role: 'OWNER', status: 'ACTIVE' } } }, origin: { ip: null, userAgent: null } },
      'organization',
    );
    const response = await gql(system.gatewayUrl, `query ($id: ID!) { organization(id: $id) { name } }`, { id: orgB.id }, { token: a.token, headers: { [CONTEXT_TOKEN_HEADER]: forged } });
    expect(response.data).toBeNull();
    expect(codes(response.errors)).toEqual(['NOT_FOUND']);
  });
});

describe('the _entities door on each subgraph', () => {
  async function asA(subgraph: string, query: string, variables: Record<string, unknown> = {}) {
    const token = await sign(
      {
        principal: { kind: 'user', userId: a.userId, email: 'test@example.test', sessionId: 'x', platformAdmin: false, memberships: { [orgA.id]: { role: 'OWNER', status: 'ACTIVE' } } },
        origin: { ip: null, userAgent: null },
      },
      subgraph,
    );
    return gql(system.subgraphUrls[subgraph]!, query, variables, { headers: { [CONTEXT_TOKEN_HEADER]: token } });
  }
  const entities = (selection: string) => `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Organization { ${selection} } } }`;
  const org = (id: string) => ({ representations: [{ __typename: 'Organization', id }] });

  it("billing: resolves A's billing account but not B's", async () => {
    const own = await asA('billing', entities('billingAccount { mode }'), org(orgA.id));
    expect(own.errors).toBeUndefined();
    expect(own.data).toEqual({ _entities: [{ billingAccount: { mode: 'TAG_ONLY' } }] });

    const foreign = await asA('billing', entities('billingAccount { mode currency }'), org(orgB.id));
    expect(codes(foreign.errors)).toEqual(['NOT_FOUND']);
    expect(foreign.data).toEqual({ _entities: [{ billingAccount: null }] });
  });

  it("compliance: lists A's audit log but not B's", async () => {
    const own = await asA('compliance', entities('auditLog { nodes { id } }'), org(orgA.id));
    expect(own.errors).toBeUndefined();
    expect(own.data?.['_entities'][0].auditLog.nodes).toHaveLength(3);

    const foreign = await asA('compliance', entities('auditLog { nodes { id action } }'), org(orgB.id));
    expect(codes(foreign.errors)).toEqual(['NOT_FOUND']);
    expect(foreign.data).toEqual({ _entities: [null] });
    expect(JSON.stringify(foreign)).not.toContain(auditOfB[0]!);
  });

  it("compliance: refuses B's audit entry by id", async () => {
    const foreign = await asA('compliance', `query ($id: ID!) { auditEntry(id: $id) { id action } }`, { id: auditOfB[0] });
    expect(codes(foreign.errors)).toEqual(['NOT_FOUND']);
    expect(foreign.data).toBeNull();
  });

  it("payouts: resolves A's payout account but not B's", async () => {
    const own = await asA('payouts', entities('payoutAccount { maskedDestination }'), org(orgA.id));
    expect(own.errors).toBeUndefined();
    expect(own.data).toEqual({ _entities: [{ payoutAccount: { maskedDestination: 'HDFC ••••1111' } }] });

    const foreign = await asA('payouts', entities('payoutAccount { id maskedDestination }'), org(orgB.id));
    expect(codes(foreign.errors)).toEqual(['NOT_FOUND']);
    expect(foreign.data).toEqual({ _entities: [{ payoutAccount: null }] });
  });

  it("organization: resolves A's name and members but not B's", async () => {
    const own = await asA('organization', entities('name members { totalCount }'), org(orgA.id));
    expect(own.errors).toBeUndefined();
    expect(own.data).toEqual({ _entities: [{ name: 'Alpha Works', members: { totalCount: 1 } }] });

    const foreign = await asA('organization', entities('name members { totalCount }'), org(orgB.id));
    expect(codes(foreign.errors)).toEqual(['NOT_FOUND']);
    expect(foreign.data).toEqual({ _entities: [null] });
    expect(JSON.stringify(foreign)).not.toContain(orgB.name);
  });

  it("identity: resolves B as a user but never B's email", async () => {
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on User { id email } } }`;
    const foreign = await asA('identity', query, { representations: [{ __typename: 'User', id: b.userId }] });
    expect(codes(foreign.errors)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(foreign)).not.toContain(b.email);
    const own = await asA('identity', query, { representations: [{ __typename: 'User', id: a.userId }] });
    expect(own.errors).toBeUndefined();
    expect(own.data).toEqual({ _entities: [{ id: a.userId, email: a.email }] });
  });
});
