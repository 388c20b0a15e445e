import pg from 'pg';
import { createOrganization, gql, signUp, startSystem, uniqueEmail, type RunningSystem } from '@guildhall/testkit';

let system: RunningSystem;
let db: pg.Client;
let owner: { email: string; token: string; userId: string };
beforeAll(async () => {
  system = await startSystem();
  db = new pg.Client({ connectionString: system.databaseUrl });
  await db.connect();
  owner = await signUp(system.gatewayUrl, { name: 'Input Owner' });
});
afterAll(async () => {
  await db?.end();
  await system?.stop();
});

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { user { id } sessionToken userErrors { code field message } } }`;
const CREATE_ORG = `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id slug } userErrors { code field message } } }`;

async function count(table: string): Promise<number> {
  const { rows } = await db.query<{ n: string }>(`select count(*) as n from ${table}`);
  return Number(rows[0]!.n);
}

const IDENTITY_TABLES = ['identity."user"', 'identity."session"', 'identity.outbox'];
const ORGANIZATION_TABLES = ['organization.organization', 'organization.membership', 'organization.outbox'];

async function counts(tables: string[]): Promise<Record<string, number>> {
  return Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await count(t)] as const)));
}

/** Runs `act` and asserts it left every table as it found it. */
async function writesNothing<T>(tables: string[], act: () => Promise<T>): Promise<T> {
  const before = await counts(tables);
  const result = await act();
  expect(await counts(tables)).toEqual(before);
  return result;
}

const expectStacklessBody = (body: string) => {
  expect(body).not.toMatch(/stacktrace/i);
  expect(body).not.toMatch(/\n\s+at /);
  expect(body).not.toMatch(/\.ts:\d+|\.js:\d+/);
};

describe('sign-up input', () => {
  it.each([
    ['an invalid email', { email: 'not-an-email' }, ['input', 'email']],
    ['an email with spaces', { email: 'two words@example.test' }, ['input', 'email']],
    ['a short password', { password: 'short' }, ['input', 'password']],
    ['an empty name', { name: '' }, ['input', 'name']],
    ['a blank name', { name: '   ' }, ['input', 'name']],
  ])('refuses %s with BAD_USER_INPUT on its field and writes nothing', async (_label, override, field) => {
    const input = { email: uniqueEmail('bad'), password: 'correct horse battery', name: 'Someone', ...override };
    const response = await writesNothing(IDENTITY_TABLES, () => gql(system.gatewayUrl, SIGN_UP, { input }));
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(response.data?.['signUp']).toMatchObject({ user: null, sessionToken: null });
    expect(response.data?.['signUp'].userErrors).toEqual([{ code: 'BAD_USER_INPUT', field, message: expect.any(String) }]);
    expect(response.headers.getSetCookie().filter((c) => c.startsWith('gh_session='))).toEqual([]);
  });

  it('reports every bad field of one input at once', async () => {
    const response = await writesNothing(IDENTITY_TABLES, () =>
      gql(system.gatewayUrl, SIGN_UP, { input: { email: 'nope', password: 'short', name: ' ' } }),
    );
    expect(response.data?.['signUp'].userErrors.map((e: { field: string[] }) => e.field)).toEqual([
      ['input', 'email'],
      ['input', 'password'],
      ['input', 'name'],
    ]);
  });

  it('refuses a taken email, whatever its case, with CONFLICT and no new row', async () => {
    const existing = await signUp(system.gatewayUrl);
    for (const email of [existing.email, existing.email.toUpperCase(), `  ${existing.email.replace(/^./, (c) => c.toUpperCase())}  `]) {
      const response = await writesNothing(IDENTITY_TABLES, () => gql(system.gatewayUrl, SIGN_UP, { input: { email, password: 'another long password', name: 'Impostor' } }));
      expect(response.errors).toBeUndefined();
      expect(response.data?.['signUp'].userErrors).toEqual([{ code: 'CONFLICT', field: ['input', 'email'], message: expect.any(String) }]);
    }
    const { rows } = await db.query(`select name from identity."user" where email = $1`, [existing.email]);
    expect(rows).toEqual([{ name: 'Test User' }]);
  });

  it('stores the email lowercased and trimmed', async () => {
    const email = uniqueEmail('Mixed').toUpperCase();
    const response = await gql(system.gatewayUrl, SIGN_UP, { input: { email: ` ${email} `, password: 'correct horse battery', name: ' Padded Name ' } });
    const userId = response.data?.['signUp'].user.id;
    const { rows } = await db.query(`select email, name from identity."user" where id = $1`, [userId]);
    expect(rows).toEqual([{ email: email.toLowerCase(), name: 'Padded Name' }]);
  });
});

describe('organization input', () => {
  it.each([
    ['a blank name', { name: '   ' }, ['input', 'name']],
    ['an empty name', { name: '' }, ['input', 'name']],
    ['a name over 120 characters', { name: 'x'.repeat(121) }, ['input', 'name']],
    ['a slug with spaces and punctuation', { name: 'Fine Name', slug: 'bad slug!' }, ['input', 'slug']],
    ['a slug that is too short', { name: 'Fine Name', slug: 'ab' }, ['input', 'slug']],
    ['a slug with a double hyphen', { name: 'Fine Name', slug: 'two--hyphens' }, ['input', 'slug']],
  ])('refuses %s with BAD_USER_INPUT on its field and writes nothing', async (_label, input, field) => {
    const response = await writesNothing(ORGANIZATION_TABLES, () => gql(system.gatewayUrl, CREATE_ORG, { input }, { token: owner.token }));
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(response.data?.['createOrganization']).toEqual({ organization: null, userErrors: [{ code: 'BAD_USER_INPUT', field, message: expect.any(String) }] });
  });

  it('refuses an input without the required name before any resolver runs', async () => {
    const response = await writesNothing(ORGANIZATION_TABLES, () => gql(system.gatewayUrl, CREATE_ORG, { input: { slug: 'no-name' } }, { token: owner.token }));
    expect(response.status).toBe(400);
    expect(response.data).toBeNull();
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(/name/);
  });

  it('refuses a taken slug with CONFLICT and writes nothing', async () => {
    const first = await gql(system.gatewayUrl, CREATE_ORG, { input: { name: 'First Holder', slug: 'taken-handle' } }, { token: owner.token });
    expect(first.data?.['createOrganization']).toMatchObject({ organization: { slug: 'taken-handle' }, userErrors: [] });
    for (const slug of ['taken-handle', 'TAKEN-HANDLE', ' taken-handle ']) {
      const response = await writesNothing(ORGANIZATION_TABLES, () => gql(system.gatewayUrl, CREATE_ORG, { input: { name: 'Second Holder', slug } }, { token: owner.token }));
      expect(response.data?.['createOrganization']).toEqual({ organization: null, userErrors: [{ code: 'CONFLICT', field: ['input', 'slug'], message: expect.any(String) }] });
    }
    const { rows } = await db.query(`select name from organization.organization where slug = 'taken-handle'`);
    expect(rows).toEqual([{ name: 'First Holder' }]);
  });

  it('gives a derived slug a suffix instead of failing when the name is taken', async () => {
    const a = await createOrganization(system.gatewayUrl, owner.token, 'Same Name Co');
    const b = await createOrganization(system.gatewayUrl, owner.token, 'Same Name Co');
    expect(a.slug).toBe('same-name-co');
    expect(b.slug).toMatch(/^same-name-co-[0-9a-f]{6}$/);
  });

  it('refuses an anonymous caller with UNAUTHENTICATED and writes nothing', async () => {
    const response = await writesNothing(ORGANIZATION_TABLES, () => gql(system.gatewayUrl, CREATE_ORG, { input: { name: 'Nobody Inc' } }));
    expect(response.status).toBe(401);
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(response.data?.['createOrganization'] ?? null).toBeNull();
    // nothing about the subgraph behind the gateway leaks into the answer
    const body = JSON.stringify(response.errors);
    expect(body).not.toContain(system.subgraphUrls['organization']!);
    expect(body).not.toMatch(/127\.0\.0\.1|localhost/);
  });
});

describe('GraphQL-level bad input', () => {
  async function rawPost(body: unknown) {
    const response = await fetch(system.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: response.status, text: await response.text() };
  }

  it('refuses a missing required argument with GRAPHQL_VALIDATION_FAILED, 400 and no stack trace', async () => {
    const { status, text } = await rawPost({ query: '{ organization { id } }' });
    expect(status).toBe(400);
    const body = JSON.parse(text);
    expect(body.data).toBeUndefined();
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors[0].message).toMatch(/argument "id"/);
    expectStacklessBody(text);
  });

  it('refuses an unknown field with GRAPHQL_VALIDATION_FAILED and 400', async () => {
    const { status, text } = await rawPost({ query: '{ viewer { id passwordHash } }' });
    expect(status).toBe(400);
    expect(JSON.parse(text).errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expectStacklessBody(text);
  });

  it('refuses unparseable GraphQL with GRAPHQL_PARSE_FAILED and 400', async () => {
    const { status, text } = await rawPost({ query: '{ viewer { id ' });
    expect(status).toBe(400);
    expect(JSON.parse(text).errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expectStacklessBody(text);
  });

  it('refuses a variable of the wrong type with BAD_USER_INPUT and 400', async () => {
    const { status, text } = await rawPost({ query: 'query ($id: ID!) { organization(id: $id) { id } }', variables: { id: { nested: true } } });
    expect(status).toBe(400);
    expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expectStacklessBody(text);
  });

  it('refuses malformed JSON with 400 and no stack trace', async () => {
    const response = await fetch(system.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    const text = await response.text();
    expect(response.status).toBe(400);
    expectStacklessBody(text);
    expect(text).not.toMatch(/SyntaxError|node_modules/);
  });

  it('refuses a body over the size limit with 413', async () => {
    const response = await fetch(system.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ viewer { id } }', variables: { padding: 'x'.repeat(1_100_000) } }),
    });
    const text = await response.text();
    expect(response.status).toBe(413);
    expectStacklessBody(text);
  });
});
