import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { gql, knownUser, signUp, startSystem, verifiedOrganization, waitUntil, type RunningSystem } from '@guildhall/testkit';

let system: RunningSystem;
let db: pg.Pool;
beforeAll(async () => {
  system = await startSystem();
  db = new pg.Pool({ connectionString: system.databaseUrl, max: 3 });
}, 120_000);
afterAll(async () => {
  await db?.end();
  await system?.stop();
});

type Role = 'OWNER' | 'MAINTAINER' | 'BILLING_ADMIN' | 'MANAGER' | 'EXPERT' | 'SUPPORT' | 'LEARNER';
type Member = { token: string; userId: string; email: string };
const MONEY = ['INVOICE', 'PAYOUT', 'WALLET', 'CONTRACT'];

/** A verified org with one member per requested role (copied small from billing-fixtures). */
async function orgWithRoles(name: string, roles: Role[] = []) {
  const owner = await knownUser(system, db, `${name} Owner`);
  const org = await verifiedOrganization(system, db, owner.token, name);
  const members: Partial<Record<Role, Member>> = { OWNER: owner };
  for (const role of roles) {
    const member = await knownUser(system, db, `${name} ${role}`);
    const added = await gql(system.gatewayUrl, 'mutation ($input: AddMemberInput!) { addMember(input: $input) { userErrors { code message } } }', { input: { organizationId: org.id, email: member.email, role } }, { token: owner.token });
    if (added.errors || added.data?.['addMember'].userErrors.length) throw new Error(`addMember ${role}: ${JSON.stringify(added.errors ?? added.data)}`);
    members[role] = member;
  }
  return { org, members: members as Record<Role, Member> };
}

const AUDIT_LOG = `query ($id: ID!, $first: Int, $after: String, $category: AuditCategory, $action: String, $actorId: String, $targetType: String, $targetId: String, $from: DateTimeISO, $to: DateTimeISO) {
  organization(id: $id) { auditLog(first: $first, after: $after, category: $category, action: $action, actorId: $actorId, targetType: $targetType, targetId: $targetId, from: $from, to: $to) {
    nodes { id category action actorKind actorType actorId targetType targetId ip userAgent occurredAt changes { field before after } }
    pageInfo { hasNextPage endCursor } } } }`;

interface Entry {
  id: string;
  category: string;
  action: string;
  actorKind: string;
  actorType: string;
  actorId: string | null;
  targetType: string;
  targetId: string;
  ip: string | null;
  userAgent: string | null;
  occurredAt: string;
  changes: { field: string; before: string | null; after: string | null }[] | null;
}

const auditLog = (token: string, id: string, args: Record<string, unknown> = {}) => gql(system.gatewayUrl, AUDIT_LOG, { id, first: 100, ...args }, { token });
async function entries(token: string, id: string, args: Record<string, unknown> = {}): Promise<Entry[]> {
  const r = await auditLog(token, id, args);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data?.['organization'].auditLog.nodes as Entry[];
}
const countEntries = async (organizationId: string, action: string) =>
  Number((await db.query('select count(*) as n from compliance.audit_entry where organization_id = $1 and action = $2', [organizationId, action])).rows[0].n);
const waitForEntries = (organizationId: string, action: string, n = 1) => waitUntil(async () => (await countEntries(organizationId, action)) >= n, 15_000, `${n} ${action} entries`);

/** Entries written straight into the table (the trigger refuses updates and deletes, not inserts). */
async function seed(organizationId: string, rows: { category: string; action?: string; actorId?: string; targetType?: string; targetId?: string; occurredAt: string }[]) {
  for (const r of rows) {
    await db.query(
      `insert into compliance.audit_entry (id, organization_id, category, action, actor_kind, actor_id, target_type, target_id, event_id, event_type, metadata, occurred_at)
       values ($1, $2, $3, $4, 'user', $5, $6, $7, $8, 'test.seeded', '{}', $9)`,
      [randomUUID(), organizationId, r.category, r.action ?? 'SEEDED', r.actorId ?? 'seed-actor', r.targetType ?? 'THING', r.targetId ?? 'thing', randomUUID(), r.occurredAt],
    );
  }
}

describe('the audit log in the graph', () => {
  it('shows each role only the categories the shared predicates allow, and other orgs nothing', async () => {
    const { org, members } = await orgWithRoles('Audit Roles', ['SUPPORT', 'BILLING_ADMIN', 'LEARNER']);
    await waitForEntries(org.id, 'MEMBER_ADDED', 4);
    await waitForEntries(org.id, 'BILLING_ACCOUNT_OPENED');
    const categories = async (token: string, args = {}) => new Set((await entries(token, org.id, args)).map((e) => e.category));

    const owner = await categories(members.OWNER.token);
    expect([...owner].sort()).toEqual(expect.arrayContaining(['MEMBER', 'SETTINGS', 'WALLET']));
    const support = await categories(members.SUPPORT.token);
    expect(support.has('MEMBER')).toBe(true);
    expect([...support].filter((c) => MONEY.includes(c))).toEqual([]);
    const finance = await categories(members.BILLING_ADMIN.token);
    expect([...finance]).toEqual(['WALLET']);
    // a money category asked for by an ops role: nothing, not an error
    expect(await entries(members.SUPPORT.token, org.id, { category: 'WALLET' })).toEqual([]);

    const learner = await auditLog(members.LEARNER.token, org.id);
    expect(learner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const outsider = await signUp(system.gatewayUrl, { name: 'Outsider' });
    expect((await auditLog(outsider.token, org.id)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('filters by category, action, actor, target and time, and pages with keyset cursors', async () => {
    const { org, members } = await orgWithRoles('Audit Filters');
    const base = Date.parse('2026-06-01T00:00:00.000Z');
    const at = (i: number) => new Date(base + i * 60_000).toISOString();
    const CATS = ['MEMBER', 'SETTINGS', 'WALLET'];
    await seed(org.id, Array.from({ length: 25 }, (_, i) => ({ category: CATS[i % 3]!, action: i % 2 ? 'ODD' : 'EVEN', actorId: i < 10 ? 'actor-a' : 'actor-b', targetType: 'THING', targetId: `thing-${i % 5}`, occurredAt: at(i) })));
    const window = { from: at(0), to: at(25) };

    const seen: Entry[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const r = await auditLog(members.OWNER.token, org.id, { ...window, first: 10, after });
      const log = r.data?.['organization'].auditLog;
      seen.push(...log.nodes);
      after = log.pageInfo.hasNextPage ? log.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(25);
    expect(new Set(seen.map((e) => e.id)).size).toBe(25);
    expect(seen.map((e) => e.occurredAt)).toEqual(Array.from({ length: 25 }, (_, i) => at(24 - i)));

    const count = async (args: Record<string, unknown>) => (await entries(members.OWNER.token, org.id, { ...window, ...args })).length;
    expect(await count({ category: 'WALLET' })).toBe(8);
    expect(await count({ action: 'ODD' })).toBe(12);
    expect(await count({ actorId: 'actor-a' })).toBe(10);
    expect(await count({ targetType: 'THING', targetId: 'thing-3' })).toBe(5);
    expect(await count({ from: at(20) })).toBe(5); // from inclusive
    expect(await count({ to: at(5) })).toBe(5); // to exclusive
    expect(await count({ category: 'MEMBER', action: 'EVEN', actorId: 'actor-b' })).toBe(3); // i ≡ 0 mod 6, i ≥ 10: 12, 18, 24
    const bad = await auditLog(members.OWNER.token, org.id, { after: 'not-a-cursor' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('records a before/after diff with personal data redacted, the IP and user agent, and each kind of actor', async () => {
    const { org, members } = await orgWithRoles('Audit Diffs', ['LEARNER']);
    const [membership] = (await db.query('select id from organization.membership where organization_id = $1 and user_id = $2', [org.id, members.LEARNER.userId])).rows;
    const changed = await gql(
      system.gatewayUrl,
      'mutation ($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { userErrors { code message } } }',
      { input: { organizationId: org.id, membershipId: membership.id, role: 'MANAGER' } },
      { token: members.OWNER.token, headers: { 'user-agent': 'audit-test/1.0' } },
    );
    expect(changed.data?.['changeMemberRole'].userErrors).toEqual([]);
    await waitForEntries(org.id, 'ROLE_CHANGED');
    const [roleChanged] = await entries(members.OWNER.token, org.id, { action: 'ROLE_CHANGED' });
    expect(roleChanged).toMatchObject({
      category: 'MEMBER',
      actorType: 'USER',
      actorKind: 'user',
      actorId: members.OWNER.userId,
      targetType: 'MEMBERSHIP',
      targetId: membership.id,
      userAgent: 'audit-test/1.0',
      changes: [{ field: 'role', before: 'LEARNER', after: 'MANAGER' }],
    });
    expect(roleChanged!.ip).toMatch(/127\.0\.0\.1|::1/);

    // billing names its changed settings with their values
    const settings = await gql(system.gatewayUrl, 'mutation ($input: UpdateBillingSettingsInput!) { updateBillingSettings(input: $input) { userErrors { code message } } }', { input: { organizationId: org.id, mode: 'SEAT_PACK' } }, { token: members.OWNER.token });
    expect(settings.data?.['updateBillingSettings'].userErrors).toEqual([]);
    await waitForEntries(org.id, 'FUNDING_SOURCE_CHANGED');
    const [funding] = await entries(members.OWNER.token, org.id, { action: 'FUNDING_SOURCE_CHANGED' });
    expect(funding!.changes).toEqual([
      { field: 'mode', before: 'TAG_ONLY', after: 'SEAT_PACK' },
      { field: 'fundingMode', before: 'PERSONAL', after: 'WALLET' },
    ]);

    // an event that slipped personal data in, from an API key: redacted in the diff and the metadata
    const eventId = randomUUID();
    await db.query(
      `insert into billing.outbox (id, type, organization_id, aggregate_id, actor, origin, payload, occurred_at) values ($1, 'billing.account.changed', $2, 'acct-1', $3, null, $4, now())`,
      [
        eventId,
        org.id,
        JSON.stringify({ kind: 'apiKey', id: 'key-123' }),
        JSON.stringify({ organizationId: org.id, billingAccountId: 'acct-1', fields: ['billingEmail', 'requiresPurchaseOrder'], mode: 'SEAT_PACK', billingEmail: 'ap@acme.test', changes: { billingEmail: { before: null, after: 'ap@acme.test' }, requiresPurchaseOrder: { before: false, after: true } } }),
      ],
    );
    await waitUntil(async () => (await db.query('select 1 from compliance.audit_entry where event_id = $1', [eventId])).rowCount === 1, 15_000, 'the injected event audited');
    const injected = (await entries(members.OWNER.token, org.id, { action: 'FUNDING_SOURCE_CHANGED', actorId: 'key-123' }))[0]!;
    expect(injected).toMatchObject({ actorType: 'API_KEY', actorKind: 'apiKey', actorId: 'key-123' });
    expect(injected.changes).toEqual([
      { field: 'billingEmail', before: null, after: '[redacted]' },
      { field: 'requiresPurchaseOrder', before: 'false', after: 'true' },
    ]);
    const [stored] = (await db.query('select metadata, changes from compliance.audit_entry where event_id = $1', [eventId])).rows;
    expect(stored.metadata.billingEmail).toBe('[redacted]');
    expect(JSON.stringify(stored)).not.toContain('ap@acme.test');
  });

  it('records SCIM provisioning as the SCIM token, distinct from users and API keys', async () => {
    const owner = await signUp(system.gatewayUrl, { name: 'Scim Owner' });
    const domain = `scim-${randomBytes(4).toString('hex')}.test`;
    const org = await verifiedOrganization(system, db, owner.token, `Scim Audit ${domain}`);
    await db.query(`update organization.organization set seats_total = 20 where id = $1`, [org.id]);
    await db.query(`insert into identity.domain_claim (id, organization_id, domain, token, status, created_by, verified_at) values ($1, $2, $3, 'test', 'VERIFIED', $4, now())`, [randomUUID(), org.id, domain, owner.userId]);
    const issued = await gql(system.gatewayUrl, 'mutation ($input: CreateScimTokenInput!) { createScimToken(input: $input) { secret credential { id } } }', { input: { organizationId: org.id, name: 'Okta' } }, { token: owner.token });
    const { secret, credential } = issued.data?.['createScimToken'];
    const created = await fetch(system.gatewayUrl.replace(/\/graphql$/, '/scim/v2/Users'), {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/scim+json' },
      body: JSON.stringify({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName: `ada@${domain}`, name: { givenName: 'Ada', familyName: 'Lovelace' }, emails: [{ primary: true, value: `ada@${domain}` }], active: true }),
    });
    expect(created.status).toBe(201);
    await waitUntil(async () => (await db.query(`select 1 from compliance.audit_entry where organization_id = $1 and action = 'MEMBER_ADDED' and actor_kind = 'scim'`, [org.id])).rowCount === 1, 15_000, 'the SCIM member entry');
    const added = (await entries(owner.token, org.id, { action: 'MEMBER_ADDED' })).find((e) => e.actorType === 'SCIM');
    expect(added).toMatchObject({ actorType: 'SCIM', actorKind: 'scim', actorId: credential.id });
    expect(JSON.stringify(added)).not.toContain('Lovelace');
  });
});

/** RFC 4180, enough for the tests: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), (i += 1);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(cell), (cell = ''));
    else if (c === '\r' && text[i + 1] === '\n') (row.push(cell), rows.push(row), (row = []), (cell = ''), (i += 1));
    else cell += c;
  }
  if (cell || row.length) (row.push(cell), rows.push(row));
  return rows;
}

describe('GET /exports/audit-log.csv', () => {
  const csvUrl = (query: string) => system.gatewayUrl.replace(/\/graphql$/, `/exports/audit-log.csv?${query}`);
  const download = (query: string, token?: string, headers: Record<string, string> = {}) => fetch(csvUrl(query), { headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } });

  it('needs a session, and an org whose audit log the caller may read', async () => {
    const { org, members } = await orgWithRoles('Csv Access', ['LEARNER']);
    expect((await download(`organizationId=${org.id}`)).status).toBe(401);
    expect((await download(`organizationId=${org.id}`, 'not-a-session')).status).toBe(401);
    const outsider = await signUp(system.gatewayUrl, { name: 'Csv Outsider' });
    expect((await download(`organizationId=${org.id}`, outsider.token)).status).toBe(403);
    expect((await download(`organizationId=${randomUUID()}`, outsider.token)).status).toBe(403);
    expect((await download(`organizationId=${org.id}`, members.LEARNER.token)).status).toBe(403);
    expect((await download('organizationId=nope', members.OWNER.token)).status).toBe(400);
    expect((await download(`organizationId=${org.id}&from=yesterday`, members.OWNER.token)).status).toBe(400);
    expect((await download(`organizationId=${org.id}&category=NOPE`, members.OWNER.token)).status).toBe(400);
    // the session cookie works like the bearer token
    expect((await download(`organizationId=${org.id}`, undefined, { cookie: `gh_session=${members.OWNER.token}` })).status).toBe(200);
  });

  it('streams every row the caller may read, page after page, quoted and defused, and records the export', async () => {
    const { org, members } = await orgWithRoles('Csv Stream', ['SUPPORT']);
    await waitForEntries(org.id, 'ORGANIZATION_CREATED');
    await waitForEntries(org.id, 'BILLING_ACCOUNT_OPENED');
    await waitForEntries(org.id, 'MEMBER_ADDED', 2);
    const SEEDED = 2_600;
    await db.query(
      `insert into compliance.audit_entry (id, organization_id, category, action, actor_kind, actor_id, target_type, target_id, event_id, event_type, metadata, occurred_at)
       select gen_random_uuid(), $1, (array['MEMBER', 'WALLET', 'SETTINGS'])[1 + i % 3], 'SEEDED', 'user', 'seed-actor', 'THING', 'thing-' || i, gen_random_uuid(), 'test.seeded', '{}',
              '2026-06-01T00:00:00Z'::timestamptz + make_interval(secs => i)
         from generate_series(1, ${SEEDED}) as i`,
      [org.id],
    );
    const nasty = ['=HYPERLINK("http://evil.test","x")', '+1+2', '-3', '@SUM(A1)', 'a,b', 'say "hi"', 'two\nlines'];
    await seed(org.id, nasty.map((targetId, i) => ({ category: 'SETTINGS', action: 'NASTY', targetId, occurredAt: new Date(Date.parse('2026-05-01T00:00:00Z') + i * 1000).toISOString() })));
    const total = Number((await db.query('select count(*) as n from compliance.audit_entry where organization_id = $1', [org.id])).rows[0].n);
    expect(total).toBeGreaterThan(2_000);

    const response = await download(`organizationId=${org.id}`, members.OWNER.token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain(`audit-log-${org.id}.csv`);
    expect(response.headers.get('transfer-encoding')).toBe('chunked'); // streamed, not buffered whole
    const text = await response.text();
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(['occurred_at', 'category', 'action', 'actor_type', 'actor_id', 'target_type', 'target_id', 'changes', 'ip', 'user_agent', 'entry_id']);
    const body = rows.slice(1);
    expect(body).toHaveLength(total); // several pages of 1000
    expect(new Set(body.map((r) => r[10])).size).toBe(total);
    const targets = body.filter((r) => r[2] === 'NASTY').map((r) => r[6]).sort();
    expect(targets).toEqual(["'+1+2", "'-3", `'=HYPERLINK("http://evil.test","x")`, "'@SUM(A1)", 'a,b', 'say "hi"', 'two\nlines'].sort());
    expect(text).toContain('"\'=HYPERLINK(""http://evil.test"",""x"")"');
    expect(text).toContain('\r\n');

    // a filtered export, and an ops role's export without money rows
    const wallet = parseCsv(await (await download(`organizationId=${org.id}&category=WALLET&from=2026-06-01T00:00:00Z&to=2026-06-01T00:01:00Z`, members.OWNER.token)).text());
    expect(wallet.slice(1).map((r) => r[1])).toEqual(Array(20).fill('WALLET')); // i = 1, 4, … 58 within the first minute
    const support = parseCsv(await (await download(`organizationId=${org.id}`, members.SUPPORT.token)).text()).slice(1);
    expect(support.length).toBeGreaterThan(1_000);
    expect(support.filter((r) => MONEY.includes(r[1]!))).toEqual([]);

    // each export is audited, with its actor and row count
    await waitForEntries(org.id, 'AUDIT_LOG_EXPORTED', 3);
    const exported = (await db.query(`select actor_kind, actor_id, metadata from compliance.audit_entry where organization_id = $1 and action = 'AUDIT_LOG_EXPORTED' order by occurred_at`, [org.id])).rows;
    expect(exported[0]).toMatchObject({ actor_kind: 'user', actor_id: members.OWNER.userId, metadata: { organizationId: org.id, rows: total } });
    expect(exported[2]).toMatchObject({ actor_kind: 'user', actor_id: members.SUPPORT.userId, metadata: { rows: support.length } });

    // the list's other filters travel too (the dashboard's export of a filtered view)
    const one = parseCsv(await (await download(`organizationId=${org.id}&action=NASTY&targetType=THING&targetId=${encodeURIComponent('a,b')}`, members.OWNER.token)).text()).slice(1);
    expect(one.map((r) => [r[2], r[6]])).toEqual([['NASTY', 'a,b']]);
    expect((await download(`organizationId=${org.id}&actorId=${'x'.repeat(201)}`, members.OWNER.token)).status).toBe(400);
  });

  it('serves partner API keys with the AUDIT_READ scope, recorded as the key', async () => {
    const { org, members } = await orgWithRoles('Csv Partner');
    await waitForEntries(org.id, 'ORGANIZATION_CREATED');
    const key = await gql(system.gatewayUrl, 'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret credential { id } } }', { input: { organizationId: org.id, name: 'auditor', scopes: ['AUDIT_READ'] } }, { token: members.OWNER.token });
    const { secret, credential } = key.data?.['createApiKey'];
    const response = await download(`organizationId=${org.id}`, secret);
    expect(response.status).toBe(200);
    expect(parseCsv(await response.text()).length).toBeGreaterThan(1);
    await waitForEntries(org.id, 'AUDIT_LOG_EXPORTED');
    const [entry] = await entries(members.OWNER.token, org.id, { action: 'AUDIT_LOG_EXPORTED' });
    expect(entry).toMatchObject({ actorType: 'API_KEY', actorId: credential.id, category: 'SYSTEM' });
  });
});
