import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { gql, signUp, startSystem, verifiedOrganization, waitUntil, type RunningSystem } from '@guildhall/testkit';

const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

let system: RunningSystem;
let db: pg.Client;
let scimBase: string;

beforeAll(async () => {
  system = await startSystem({ gatewayEnv: { SCIM_RATE_PER_MINUTE: '1000' } });
  scimBase = system.gatewayUrl.replace(/\/graphql$/, '/scim/v2');
  db = new pg.Client({ connectionString: system.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await system?.stop();
});

interface ScimAnswer {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  headers: Headers;
}

async function scim(token: string | null, method: string, path: string, body?: unknown, base = scimBase): Promise<ScimAnswer> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/scim+json' } : {}) },
    ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
}

/** An ACTIVE org with a VERIFIED domain, 20 seats and a SCIM token. */
async function provisionedOrg(label: string) {
  const domain = `${label}-${randomBytes(4).toString('hex')}.test`;
  const owner = await signUp(system.gatewayUrl, { name: `${label} owner` });
  const org = await verifiedOrganization(system, db, owner.token, `${label} ${domain}`);
  await db.query(`update organization.organization set seats_total = 20 where id = $1`, [org.id]);
  await db.query(`insert into identity.domain_claim (id, organization_id, domain, token, status, created_by, verified_at) values ($1, $2, $3, 'test', 'VERIFIED', $4, now())`, [randomUUID(), org.id, domain, owner.userId]);
  const issued = await gql(system.gatewayUrl, 'mutation ($input: CreateScimTokenInput!) { createScimToken(input: $input) { secret credential { id } userErrors { code } } }', { input: { organizationId: org.id, name: 'Okta' } }, { token: owner.token });
  return { domain, owner, org, token: issued.data?.['createScimToken'].secret as string, credentialId: issued.data?.['createScimToken'].credential.id as string };
}

const newUser = (email: string, extra: Record<string, unknown> = {}) => ({
  schemas: [USER],
  userName: email,
  name: { givenName: 'Ada', familyName: 'Lovelace' },
  emails: [{ primary: true, value: email, type: 'work' }],
  active: true,
  ...extra,
});

const membership = async (id: string) => (await db.query('select role, status, user_id from organization.membership where id = $1', [id])).rows[0];
const seatsUsed = async (orgId: string) => (await db.query('select seats_used from organization.organization where id = $1', [orgId])).rows[0].seats_used as number;
const counts = async () =>
  (await db.query(`select (select count(*) from organization.membership)::int as memberships, (select count(*) from organization.scim_user)::int as profiles,
                          (select count(*) from organization.scim_group)::int as groups, (select count(*) from identity.user)::int as users`)).rows[0];

async function mapGroup(ownerToken: string, organizationId: string, groupId: string, role: string | null) {
  const answer = await gql(system.gatewayUrl, 'mutation ($input: MapScimGroupRoleInput!) { mapScimGroupRole(input: $input) { group { id role memberCount } userErrors { code message } } }', { input: { organizationId, groupId, role } }, { token: ownerToken });
  return answer;
}

describe('SCIM, an Okta-like sequence', () => {
  it('creates, finds, deactivates, reactivates, pushes groups and deletes, with roles and seats following', async () => {
    const { domain, org, owner, token } = await provisionedOrg('okta');
    const email = `ada@${domain}`;
    const seatsBefore = await seatsUsed(org.id);

    // Okta first looks the user up, then creates them
    const none = await scim(token, 'GET', `/Users?filter=${encodeURIComponent(`userName eq "${email}"`)}&startIndex=1&count=100`);
    expect(none).toMatchObject({ status: 200, body: { totalResults: 0, Resources: [] } });
    const created = await scim(token, 'POST', '/Users', newUser(email, { externalId: '00u1okta' }));
    expect(created.status).toBe(201);
    expect(created.headers.get('content-type')).toMatch(/application\/scim\+json/);
    expect(created.headers.get('location')).toMatch(new RegExp(`/scim/v2/Users/${created.body.id}$`));
    expect(created.body).toMatchObject({ userName: email, externalId: '00u1okta', active: true, name: { givenName: 'Ada', familyName: 'Lovelace' }, emails: [{ value: email, primary: true }] });
    const id = created.body.id as string;
    expect(await membership(id)).toMatchObject({ role: 'LEARNER', status: 'ACTIVE' });
    expect(await seatsUsed(org.id)).toBe(seatsBefore + 1);
    const added = (await db.query(`select payload from organization.outbox where type = 'organization.member.added' and aggregate_id = $1`, [id])).rows;
    expect(added.map((r) => r.payload.source)).toEqual(['scim']);
    const account = (await db.query('select name, password_hash from identity.user where email = $1', [email])).rows[0];
    expect(account).toEqual({ name: 'Ada Lovelace', password_hash: null });

    const found = await scim(token, 'GET', `/Users?filter=${encodeURIComponent(`userName eq "${email.toUpperCase()}"`)}`);
    expect(found.body.totalResults).toBe(1);
    expect(found.body.Resources[0].id).toBe(id);
    expect((await scim(token, 'GET', `/Users/${id}`)).body.userName).toBe(email);

    // a second create of the same person is a uniqueness conflict and writes nothing
    const before = await counts();
    const again = await scim(token, 'POST', '/Users', newUser(email, { externalId: '00u1okta' }));
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '409', scimType: 'uniqueness' });
    expect(await counts()).toEqual(before);

    // Okta deactivates with a path-less replace
    const off = await scim(token, 'PATCH', `/Users/${id}`, { schemas: [PATCH], Operations: [{ op: 'replace', value: { active: false } }] });
    expect(off).toMatchObject({ status: 200, body: { active: false } });
    expect(await membership(id)).toMatchObject({ status: 'SUSPENDED' });
    expect(await seatsUsed(org.id)).toBe(seatsBefore);
    const suspended = (await db.query(`select payload from organization.outbox where type = 'organization.member.suspended' and aggregate_id = $1`, [id])).rows;
    expect(suspended.map((r) => r.payload.source)).toEqual(['scim']);
    const on = await scim(token, 'PATCH', `/Users/${id}`, { schemas: [PATCH], Operations: [{ op: 'replace', value: { active: true } }] });
    expect(on.body.active).toBe(true);
    expect(await membership(id)).toMatchObject({ status: 'ACTIVE' });

    // group push; the OWNER maps groups to roles in the graph, the highest rank wins
    const eng = await scim(token, 'POST', '/Groups', { schemas: [GROUP], displayName: 'Engineering', members: [{ value: id, display: email }] });
    expect(eng.status).toBe(201);
    expect(eng.body.members).toEqual([expect.objectContaining({ value: id, display: email })]);
    const admins = await scim(token, 'POST', '/Groups', { schemas: [GROUP], displayName: 'Admins', members: [] });
    expect((await mapGroup(owner.token, org.id, eng.body.id, 'MANAGER')).data?.['mapScimGroupRole'].group).toMatchObject({ role: 'MANAGER', memberCount: 1 });
    expect(await membership(id)).toMatchObject({ role: 'MANAGER' });
    expect(await seatsUsed(org.id)).toBe(seatsBefore); // only LEARNERs take seats
    await mapGroup(owner.token, org.id, admins.body.id, 'MAINTAINER');
    const joined = await scim(token, 'PATCH', `/Groups/${admins.body.id}`, { schemas: [PATCH], Operations: [{ op: 'add', path: 'members', value: [{ value: id, display: email }] }] });
    expect(joined.status).toBe(200);
    expect(await membership(id)).toMatchObject({ role: 'MAINTAINER' });
    expect((await scim(token, 'GET', `/Users/${id}`)).body.groups.map((g: { display: string }) => g.display).sort()).toEqual(['Admins', 'Engineering']);
    const left = await scim(token, 'PATCH', `/Groups/${admins.body.id}`, { schemas: [PATCH], Operations: [{ op: 'remove', path: `members[value eq "${id}"]` }] });
    expect(left.body.members).toEqual([]);
    expect(await membership(id)).toMatchObject({ role: 'MANAGER' });
    const renamed = await scim(token, 'PUT', `/Groups/${eng.body.id}`, { schemas: [GROUP], displayName: 'Engineering EU', members: [] });
    expect(renamed.body).toMatchObject({ displayName: 'Engineering EU', members: [] });
    expect(await membership(id)).toMatchObject({ role: 'LEARNER' });
    const roleEvents = (await db.query(`select payload from organization.outbox where type = 'organization.member.role-changed' and aggregate_id = $1 order by seq`, [id])).rows;
    expect(roleEvents.map((r) => [r.payload.role, r.payload.source])).toEqual([['MANAGER', 'scim'], ['MAINTAINER', 'scim'], ['MANAGER', 'scim'], ['LEARNER', 'scim']]);

    // DELETE suspends the membership and hides the user from the IdP; nothing is erased
    expect((await scim(token, 'DELETE', `/Users/${id}`)).status).toBe(204);
    expect(await membership(id)).toMatchObject({ status: 'SUSPENDED' });
    expect((await scim(token, 'GET', `/Users/${id}`)).status).toBe(404);
    expect((await db.query('select 1 from identity.user where email = $1', [email])).rowCount).toBe(1);
    // created again later, the same membership comes back
    const back = await scim(token, 'POST', '/Users', newUser(email));
    expect(back.status).toBe(201);
    expect(back.body.id).toBe(id);
    expect(await membership(id)).toMatchObject({ status: 'ACTIVE' });
  });
});

describe('SCIM, an Entra-like sequence', () => {
  it('handles the enterprise schema, "False" strings, filtered email paths and member add/remove by value', async () => {
    const { domain, org, owner, token } = await provisionedOrg('entra');
    const email = `grace@${domain}`;
    const lookup = await scim(token, 'GET', `/Users?filter=${encodeURIComponent(`userName eq "${email}"`)}&count=1`);
    expect(lookup.body.totalResults).toBe(0);
    const created = await scim(token, 'POST', '/Users', {
      schemas: [USER, ENTERPRISE],
      externalId: 'aad-7f3c',
      userName: email,
      active: true,
      displayName: 'Grace Hopper',
      emails: [{ primary: true, type: 'work', value: email }],
      name: { formatted: 'Grace Hopper', familyName: 'Hopper', givenName: 'Grace' },
      [ENTERPRISE]: { employeeNumber: '42', department: 'Navy' },
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;

    const byExternal = await scim(token, 'GET', `/Users?filter=${encodeURIComponent('externalId eq "aad-7f3c"')}`);
    expect(byExternal.body.Resources.map((u: { id: string }) => u.id)).toEqual([id]);
    const byEmail = await scim(token, 'GET', `/Users?filter=${encodeURIComponent(`emails[type eq "work"].value eq "${email}"`)}`);
    expect(byEmail.body.totalResults).toBe(1);
    const either = await scim(token, 'GET', `/Users?filter=${encodeURIComponent(`userName eq "nobody@${domain}" or externalId eq "aad-7f3c"`)}`);
    expect(either.body.totalResults).toBe(1);
    const present = await scim(token, 'GET', `/Users?filter=${encodeURIComponent('externalId pr and active eq true')}`);
    expect(present.body.Resources.map((u: { id: string }) => u.id)).toEqual([id]);

    const patched = await scim(token, 'PATCH', `/Users/${id}`, {
      schemas: [PATCH],
      Operations: [
        { op: 'Replace', path: 'name.givenName', value: 'Amazing Grace' },
        { op: 'Replace', path: 'active', value: 'False' },
      ],
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ active: false, name: { givenName: 'Amazing Grace', familyName: 'Hopper' } });
    expect(await membership(id)).toMatchObject({ status: 'SUSPENDED' });
    await scim(token, 'PATCH', `/Users/${id}`, { schemas: [PATCH], Operations: [{ op: 'Replace', path: 'active', value: 'True' }] });
    expect(await membership(id)).toMatchObject({ status: 'ACTIVE' });

    const group = await scim(token, 'POST', '/Groups', { schemas: [GROUP], displayName: 'Support Desk', externalId: 'aad-g1' });
    await mapGroup(owner.token, org.id, group.body.id, 'SUPPORT');
    const listed = await scim(token, 'GET', `/Groups?excludedAttributes=members&filter=${encodeURIComponent('displayName eq "support desk"')}`);
    expect(listed.body.totalResults).toBe(1);
    expect(listed.body.Resources[0]).not.toHaveProperty('members');
    await scim(token, 'PATCH', `/Groups/${group.body.id}`, { schemas: [PATCH], Operations: [{ op: 'Add', path: 'members', value: [{ $ref: null, value: id }] }] });
    expect(await membership(id)).toMatchObject({ role: 'SUPPORT' });
    await scim(token, 'PATCH', `/Groups/${group.body.id}`, { schemas: [PATCH], Operations: [{ op: 'Remove', path: 'members', value: [{ value: id }] }] });
    expect(await membership(id)).toMatchObject({ role: 'LEARNER' });
    await scim(token, 'PATCH', `/Groups/${group.body.id}`, { schemas: [PATCH], Operations: [{ op: 'Add', path: 'members', value: [{ value: id }] }] });
    expect(await membership(id)).toMatchObject({ role: 'SUPPORT' });
    expect((await scim(token, 'DELETE', `/Groups/${group.body.id}`)).status).toBe(204);
    expect(await membership(id)).toMatchObject({ role: 'LEARNER' });
    expect((await scim(token, 'GET', `/Groups/${group.body.id}`)).status).toBe(404);
  });
});

describe('SCIM refusals', () => {
  it('answers malformed requests with SCIM errors and writes nothing', async () => {
    const { domain, token } = await provisionedOrg('bad');
    const { body: existing } = await scim(token, 'POST', '/Users', newUser(`kim@${domain}`));
    const before = await counts();
    const cases: [string, string, unknown, number, string][] = [
      ['POST', '/Users', '{"schemas": [', 400, 'invalidSyntax'],
      ['POST', '/Users', { schemas: [USER] }, 400, 'invalidValue'],
      ['POST', '/Users', newUser('not-an-email'), 400, 'invalidValue'],
      ['POST', '/Users', newUser(`lee@${domain}`, { active: 'maybe' }), 400, 'invalidValue'],
      ['POST', '/Users', { ...newUser(`lee@${domain}`), schemas: ['urn:example:Thing'] }, 400, 'invalidSyntax'],
      ['POST', '/Users', newUser(`lee@${domain}`, { emails: [{ primary: true, value: 'nope' }] }), 400, 'invalidValue'],
      ['POST', '/Users', newUser(`lee@${domain}`, { title: 'x'.repeat(300) }), 400, 'invalidValue'],
      ['POST', '/Users', newUser('lee@unclaimed-domain.test'), 400, 'invalidValue'],
      ['PATCH', `/Users/${existing.id}`, { schemas: [PATCH], Operations: [{ op: 'merge', value: {} }] }, 400, 'invalidSyntax'],
      ['PATCH', `/Users/${existing.id}`, { schemas: [PATCH], Operations: [{ op: 'replace', path: 'emails[type eq', value: 'x' }] }, 400, 'invalidPath'],
      ['PATCH', `/Users/${existing.id}`, { schemas: [PATCH], Operations: [{ op: 'remove', path: 'userName' }] }, 400, 'invalidValue'],
      ['PATCH', `/Users/${existing.id}`, { schemas: [PATCH], Operations: [{ op: 'replace', path: 'active', value: 'nah' }] }, 400, 'invalidValue'],
      ['PUT', `/Users/${existing.id}`, { schemas: [USER], userName: 42 }, 400, 'invalidValue'],
      ['POST', '/Groups', { schemas: [GROUP], displayName: '' }, 400, 'invalidValue'],
      ['POST', '/Groups', { schemas: [GROUP], displayName: 'Ghosts', members: [{ value: randomUUID() }] }, 400, 'invalidValue'],
      ['POST', '/Groups', { schemas: [GROUP], displayName: 'Ghosts', members: [{ value: 'not-an-id' }] }, 400, 'invalidValue'],
      ['GET', `/Users?filter=${encodeURIComponent('userName eq')}`, undefined, 400, 'invalidFilter'],
      ['GET', '/Users?count=many', undefined, 400, 'invalidValue'],
    ];
    for (const [method, path, body, status, scimType] of cases) {
      const answer = await scim(token, method, path, body);
      expect({ method, path, status: answer.status, scimType: answer.body?.scimType }).toEqual({ method, path, status, scimType });
      expect(answer.body.schemas).toEqual(['urn:ietf:params:scim:api:messages:2.0:Error']);
      expect(JSON.stringify(answer.body)).not.toMatch(/\bat \/|select |insert /i);
    }
    expect(await counts()).toEqual(before);
    expect((await scim(token, 'PATCH', `/Users/${existing.id}`, { schemas: [PATCH], Operations: [{ op: 'replace', value: { active: false } }] })).body.active).toBe(false);
  });

  it('refuses a user beyond the seats with nothing written', async () => {
    const { domain, org, token } = await provisionedOrg('seats');
    await db.query('update organization.organization set seats_total = seats_used where id = $1', [org.id]);
    const before = await counts();
    const full = await scim(token, 'POST', '/Users', newUser(`late@${domain}`));
    expect(full.status).toBe(403);
    expect(full.body.detail).toMatch(/seats/);
    const after = await counts();
    // identity keeps the account it found or created (a global account, like a sign-up); no membership or profile
    expect({ ...after, users: before.users }).toEqual(before);
  });

  it('answers 410 for an erased user and 401 without a live SCIM token', async () => {
    const { domain, token, owner, org, credentialId } = await provisionedOrg('gone');
    const { body } = await scim(token, 'POST', '/Users', newUser(`erased@${domain}`));
    await db.query(`update organization.membership set status = 'ERASED' where id = $1`, [body.id]);
    expect((await scim(token, 'GET', `/Users/${body.id}`)).status).toBe(410);
    expect((await scim(token, 'PATCH', `/Users/${body.id}`, { schemas: [PATCH], Operations: [{ op: 'replace', value: { active: true } }] })).status).toBe(410);

    expect((await scim(null, 'GET', '/Users')).status).toBe(401);
    const apiKey = await gql(system.gatewayUrl, 'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }', { input: { organizationId: org.id, name: 'partner', scopes: ['MEMBERS_READ'] } }, { token: owner.token });
    expect((await scim(apiKey.data?.['createApiKey'].secret, 'GET', '/Users')).status).toBe(401);
    await gql(system.gatewayUrl, 'mutation ($input: CredentialInput!) { revokeScimToken(input: $input) { userErrors { code } } }', { input: { organizationId: org.id, credentialId } }, { token: owner.token });
    await waitUntil(async () => (await scim(token, 'GET', '/Users')).status === 401, 10_000, 'the revoked token refused');
    await waitUntil(async () => (await db.query(`select 1 from identity.outbox where type = 'identity.credential.refused' and aggregate_id = $1`, [credentialId])).rowCount! > 0);
  });

  it('keeps each token to its own org', async () => {
    const a = await provisionedOrg('tenant-a');
    const b = await provisionedOrg('tenant-b');
    const bUser = (await scim(b.token, 'POST', '/Users', newUser(`bee@${b.domain}`))).body;
    const bGroup = (await scim(b.token, 'POST', '/Groups', { schemas: [GROUP], displayName: 'B team', members: [{ value: bUser.id }] })).body;
    const before = await counts();
    expect((await scim(a.token, 'GET', `/Users/${bUser.id}`)).status).toBe(404);
    expect((await scim(a.token, 'PATCH', `/Users/${bUser.id}`, { schemas: [PATCH], Operations: [{ op: 'replace', value: { active: false } }] })).status).toBe(404);
    expect((await scim(a.token, 'DELETE', `/Users/${bUser.id}`)).status).toBe(404);
    expect((await scim(a.token, 'GET', `/Groups/${bGroup.id}`)).status).toBe(404);
    expect((await scim(a.token, 'DELETE', `/Groups/${bGroup.id}`)).status).toBe(404);
    expect((await scim(a.token, 'POST', '/Groups', { schemas: [GROUP], displayName: 'Steal', members: [{ value: bUser.id }] })).status).toBe(400);
    // and an A token cannot provision people of B's verified domain
    expect((await scim(a.token, 'POST', '/Users', newUser(`mole@${b.domain}`))).status).toBe(400);
    const listed = await scim(a.token, 'GET', '/Users');
    expect(listed.body.Resources.map((u: { userName: string }) => u.userName)).not.toContain(`bee@${b.domain}`);
    expect((await scim(a.token, 'GET', '/Groups')).body.totalResults).toBe(0);
    expect(await counts()).toEqual(before);
    expect(await membership(bUser.id)).toMatchObject({ status: 'ACTIVE' });
  });

  it('maps groups only for OWNERs, never to OWNER, and shows them to governance roles', async () => {
    const { org, owner, token, domain } = await provisionedOrg('mapping');
    const group = (await scim(token, 'POST', '/Groups', { schemas: [GROUP], displayName: 'Leads' })).body;
    const toOwner = await mapGroup(owner.token, org.id, group.id, 'OWNER');
    expect(toOwner.data?.['mapScimGroupRole'].userErrors[0].code).toBe('ROLE_TRANSITION_BLOCKED');
    const maintainer = await signUp(system.gatewayUrl, { email: `maint@${domain}` });
    const scimMaintainer = (await scim(token, 'POST', '/Users', newUser(maintainer.email))).body;
    await db.query(`update organization.membership set role = 'MAINTAINER' where id = $1`, [scimMaintainer.id]);
    expect(scimMaintainer.userName).toBe(maintainer.email); // linked to the existing account, not a second one
    const denied = await mapGroup(maintainer.token, org.id, group.id, 'MANAGER');
    expect(denied.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const seen = await gql(system.gatewayUrl, 'query ($id: ID!) { organization(id: $id) { scimGroups { displayName role memberCount } } }', { id: org.id }, { token: maintainer.token });
    expect(seen.data?.['organization'].scimGroups).toEqual([{ displayName: 'Leads', role: null, memberCount: 0 }]);
    const stranger = await signUp(system.gatewayUrl);
    const hidden = await gql(system.gatewayUrl, 'query ($id: ID!) { organization(id: $id) { scimGroups { id } } }', { id: org.id }, { token: stranger.token });
    expect(hidden.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });
});

describe('SCIM discovery and limits', () => {
  it('serves the discovery documents', async () => {
    const { token } = await provisionedOrg('disco');
    const config = await scim(token, 'GET', '/ServiceProviderConfig');
    expect(config.body).toMatchObject({ patch: { supported: true }, filter: { supported: true } });
    expect((await scim(token, 'GET', '/ResourceTypes')).body.Resources.map((r: { id: string }) => r.id)).toEqual(['User', 'Group']);
    expect((await scim(token, 'GET', `/Schemas/${USER}`)).body.id).toBe(USER);
    expect((await scim(token, 'GET', '/Nope')).status).toBe(404);
  });

  it('limits requests per token', async () => {
    const gateway = await system.startExtraGateway({ SCIM_RATE_PER_MINUTE: '3' });
    const base = gateway.url.replace(/\/graphql$/, '/scim/v2');
    const { token } = await provisionedOrg('rate');
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await scim(token, 'GET', '/ServiceProviderConfig', undefined, base)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await scim(token, 'GET', '/Users', undefined, base);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.body.status).toBe('429');
  });
});

describe('SCIM under concurrency', () => {
  it('creates a user once when the IdP sends the same create twice at the same moment', async () => {
    const { domain, org, token } = await provisionedOrg('race');
    const email = `twin@${domain}`;
    const answers = await Promise.all([scim(token, 'POST', '/Users', newUser(email)), scim(token, 'POST', '/Users', newUser(email))]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    expect((await db.query('select count(*)::int as n from identity.user where email = $1', [email])).rows[0].n).toBe(1);
    expect((await db.query(`select count(*)::int as n from organization.scim_user where organization_id = $1 and user_name = $2`, [org.id, email])).rows[0].n).toBe(1);
  });
});
