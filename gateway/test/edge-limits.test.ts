import pg from 'pg';
import type { RunningServer } from '@guildhall/kernel';
import { createOrganization, gql, signUp, startSystem, type RunningSystem } from '@guildhall/testkit';

let system: RunningSystem;
let db: pg.Client;
let owner: { email: string; token: string; userId: string };
let org: { id: string };
let shallow: RunningServer;
let cheap: RunningServer;
let production: RunningServer;

beforeAll(async () => {
  system = await startSystem();
  db = new pg.Client({ connectionString: system.databaseUrl });
  await db.connect();
  owner = await signUp(system.gatewayUrl, { name: 'Edge Owner' });
  org = await createOrganization(system.gatewayUrl, owner.token, 'Edge Org');
  shallow = await system.startExtraGateway({ MAX_QUERY_DEPTH: '3' });
  cheap = await system.startExtraGateway({ MAX_QUERY_COST: '50' });
  production = await system.startExtraGateway({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'false' });
});
afterAll(async () => {
  await db?.end();
  await system?.stop();
});

const origin = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '');
const codes = (errors: { extensions?: { code?: string } }[] | undefined) => (errors ?? []).map((e) => e.extensions?.code);

async function organizationsNamed(name: string): Promise<number> {
  const { rows } = await db.query<{ n: string }>(`select count(*) as n from organization.organization where name = $1`, [name]);
  return Number(rows[0]!.n);
}

/** organization { members { nodes { organization { members { ... } } } } }, `levels` times round. */
function nestedMembers(levels: number): string {
  let inner = 'id';
  for (let i = 0; i < levels; i++) inner = `members { nodes { organization { ${inner} } } }`;
  return `query ($id: ID!) { organization(id: $id) { ${inner} } }`;
}

describe('query depth', () => {
  it('refuses a query deeper than MAX_QUERY_DEPTH before any subgraph runs it', async () => {
    const mutation = `mutation { createOrganization(input: { name: "Too Deep Ltd" }) { organization { members { nodes { id } } } } }`;
    const response = await gql(shallow.url, mutation, {}, { token: owner.token });
    expect(response.status).toBe(400);
    expect(response.data).toBeNull();
    expect(codes(response.errors)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(response.errors?.[0]?.extensions).toMatchObject({ depth: 5, maxDepth: 3 });
    // the same mutation within the limit does write: the refusal above came before organization was called
    expect(await organizationsNamed('Too Deep Ltd')).toBe(0);
    const allowed = await gql(shallow.url, `mutation { createOrganization(input: { name: "Too Deep Ltd" }) { organization { id } } }`, {}, { token: owner.token });
    expect(allowed.errors).toBeUndefined();
    expect(await organizationsNamed('Too Deep Ltd')).toBe(1);
  });

  it('refuses a deeply nested query on the default limit and answers a shallower one', async () => {
    const tooDeep = await gql(system.gatewayUrl, nestedMembers(4), { id: org.id }, { token: owner.token });
    expect(tooDeep.status).toBe(400);
    expect(tooDeep.data).toBeNull();
    expect(codes(tooDeep.errors)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(tooDeep.errors?.[0]?.extensions).toMatchObject({ maxDepth: 12 });

    const fine = await gql(system.gatewayUrl, nestedMembers(2), { id: org.id }, { token: owner.token });
    expect(fine.errors).toBeUndefined();
    expect(fine.data?.['organization'].members.nodes[0].organization.members.nodes[0].organization).toEqual({ id: org.id });
  });

  it('counts depth through fragments', async () => {
    const query = `query ($id: ID!) { ...Deep } fragment Deep on Query { organization(id: $id) { members { nodes { id } } } }`;
    const response = await gql(shallow.url, query, { id: org.id }, { token: owner.token });
    expect(codes(response.errors)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(response.data).toBeNull();
  });
});

describe('query cost', () => {
  it("refuses a query whose pages cost more than MAX_QUERY_COST, counting the connection's page size", async () => {
    const members = (first: number) => `query ($id: ID!) { organization(id: $id) { members(first: ${first}) { nodes { id role status createdAt } } } }`;
    const costly = await gql(cheap.url, members(100), { id: org.id }, { token: owner.token });
    expect(costly.status).toBe(400);
    expect(costly.data).toBeNull();
    expect(codes(costly.errors)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(costly.errors?.[0]?.extensions).toMatchObject({ maxCost: 50 });
    expect(costly.errors?.[0]?.extensions?.['cost']).toBeGreaterThan(50);

    // the same shape for one page row is cheap enough
    const small = await gql(cheap.url, members(1), { id: org.id }, { token: owner.token });
    expect(small.errors).toBeUndefined();
    expect(small.data?.['organization'].members.nodes).toEqual([expect.objectContaining({ role: 'OWNER' })]);
  });

  it('prices a page size passed as a variable at its value', async () => {
    const query = `query ($id: ID!, $n: Int) { organization(id: $id) { members(first: $n) { nodes { id role status createdAt } } } }`;
    const costly = await gql(cheap.url, query, { id: org.id, n: 100 }, { token: owner.token });
    expect(costly.status).toBe(400);
    expect(codes(costly.errors)).toEqual(['QUERY_TOO_COMPLEX']);
    const small = await gql(cheap.url, query, { id: org.id, n: 1 }, { token: owner.token });
    expect(small.errors).toBeUndefined();
  });

  it('refuses a costly mutation without running it', async () => {
    const mutation = `mutation { createOrganization(input: { name: "Too Costly Ltd" }) { organization { members(first: 100) { nodes { id role status } } } } }`;
    const response = await gql(cheap.url, mutation, {}, { token: owner.token });
    expect(codes(response.errors)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(await organizationsNamed('Too Costly Ltd')).toBe(0);
  });
});

describe('CSRF prevention', () => {
  it('refuses a GET carrying a cookie without a preflight header', async () => {
    const response = await fetch(`${system.gatewayUrl}?query=${encodeURIComponent('{ viewer { id } }')}`, { headers: { cookie: 'gh_session=anything' } });
    const body = await response.text();
    expect(response.status).toBe(400);
    expect(body).toMatch(/CSRF|preflight/i);
    expect(body).not.toContain('"viewer"');
  });

  it('answers a GET that forces a preflight', async () => {
    const response = await fetch(`${system.gatewayUrl}?query=${encodeURIComponent('{ viewer { id } }')}`, {
      headers: { authorization: `Bearer ${owner.token}`, 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { viewer: { id: owner.userId } } });
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])('refuses a POST sent as %s', async (contentType) => {
    const response = await fetch(system.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': contentType, authorization: `Bearer ${owner.token}` },
      body: JSON.stringify({ query: 'mutation { createOrganization(input: { name: "Simple Request Corp" }) { organization { id } } }' }),
    });
    expect(response.status).toBe(400);
    expect(await organizationsNamed('Simple Request Corp')).toBe(0);
  });
});

describe('introspection', () => {
  const INTROSPECT = `{ __schema { queryType { name } } }`;

  it('is allowed outside production', async () => {
    const response = await gql(system.gatewayUrl, INTROSPECT);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('is refused in production unless enabled', async () => {
    const response = await gql(production.url, INTROSPECT);
    expect(response.status).toBe(400);
    expect(response.data).toBeNull();
    expect(codes(response.errors)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(response.errors?.[0]?.message).toMatch(/introspection/i);
    // the production gateway still serves ordinary queries
    const viewer = await gql(production.url, `{ viewer { id } }`, {}, { token: owner.token });
    expect(viewer.data).toEqual({ viewer: { id: owner.userId } });
  });
});

describe('subscriptions over HTTP', () => {
  it('are refused with BAD_REQUEST and 400', async () => {
    const response = await gql(system.gatewayUrl, `subscription ($id: ID!) { organizationActivity(organizationId: $id) { id } }`, { id: org.id }, { token: owner.token });
    expect(response.status).toBe(400);
    expect(codes(response.errors)).toEqual(['BAD_REQUEST']);
    expect(response.errors?.[0]?.message).toMatch(/WebSocket/);
    expect(response.data).toBeNull();
  });
});

describe('health, readiness and metrics', () => {
  it('reports the process healthy', async () => {
    const response = await fetch(`${origin(system.gatewayUrl)}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', service: 'gateway' });
  });

  it('reports ready with every subgraph ready', async () => {
    const response = await fetch(`${origin(system.gatewayUrl)}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ready',
      subgraphs: { identity: 'ready', organization: 'ready', billing: 'ready', payouts: 'ready', compliance: 'ready' },
    });
  });

  it('exposes Prometheus counters that count requests', async () => {
    const read = async () => {
      const response = await fetch(`${origin(system.gatewayUrl)}/metrics`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
      const text = await response.text();
      const match = /^guildhall_gateway_http_requests_total (\d+)$/m.exec(text);
      expect(match).not.toBeNull();
      return Number(match![1]);
    };
    const before = await read();
    await gql(system.gatewayUrl, `{ viewer { id } }`);
    expect(await read()).toBeGreaterThanOrEqual(before + 2);
  });
});

describe('security headers', () => {
  it.each([
    ['/graphql', (url: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ viewer { id } }' }) })],
    ['/healthz', (url: string) => fetch(`${origin(url)}/healthz`)],
    ['an unknown path', (url: string) => fetch(`${origin(url)}/nowhere`)],
  ])('are set on %s', async (_path, request) => {
    const response = await request(system.gatewayUrl);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});

describe('CORS', () => {
  const preflight = (from: string) =>
    fetch(system.gatewayUrl, {
      method: 'OPTIONS',
      headers: { origin: from, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });

  it('allows a dashboard origin with credentials', async () => {
    const response = await preflight('http://localhost:3000');
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(response.headers.get('access-control-allow-methods')).toMatch(/POST/);
    expect(response.headers.get('vary')).toMatch(/Origin/);
  });

  it('gives any other origin no CORS headers', async () => {
    const response = await preflight('http://evil.example');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    const post = await gql(system.gatewayUrl, `{ viewer { id } }`, {}, { headers: { origin: 'http://evil.example' } });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });
});
