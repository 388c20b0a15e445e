import pg from 'pg';
import { createOrganization, gql, knownUser, startSystem, type RunningSystem } from '@guildhall/testkit';

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

const PAYLOAD = 'organization { id name timezone logoUrl gstin panLast4 legalName billingEmail paymentTermsDays canHost canSponsor depth registeredAddress { stateCode postalCode } } userErrors { code field message }';
const update = (token: string, input: Record<string, unknown>) =>
  gql(system.gatewayUrl, `mutation ($input: UpdateOrganizationInput!) { r: updateOrganization(input: $input) { ${PAYLOAD} } }`, { input }, { token });

const person = (label: string) => knownUser(system, db, label);
async function withMember(ownerToken: string, orgId: string, role: string) {
  const member = await person(role);
  const r = await gql(system.gatewayUrl, 'mutation ($input: AddMemberInput!) { addMember(input: $input) { userErrors { code } } }', { input: { organizationId: orgId, email: member.email, role } }, { token: ownerToken });
  expect(r.data?.['addMember'].userErrors).toEqual([]);
  return member;
}

const GSTIN = '27AAPFU0939F1ZV'; // Maharashtra; embeds PAN AAPFU0939F

describe('the organization profile', () => {
  it('lets an OWNER set the tax identity; the PAN is sealed and shown as its last four', async () => {
    const owner = await person('Owner');
    const org = await createOrganization(system.gatewayUrl, owner.token, 'Profile Org');
    const r = await update(owner.token, {
      organizationId: org.id,
      legalName: 'Profile Org Private Limited',
      gstin: GSTIN.toLowerCase(),
      pan: 'AAPFU0939F',
      registeredAddress: { line1: '1 Marine Drive', city: 'Mumbai', stateCode: '27', postalCode: '400020', country: 'IN' },
      timezone: 'Asia/Kolkata',
    });
    expect(r.data?.['r'].userErrors).toEqual([]);
    expect(r.data?.['r'].organization).toMatchObject({ gstin: GSTIN, panLast4: '939F', legalName: 'Profile Org Private Limited', registeredAddress: { stateCode: '27', postalCode: '400020' } });
    const stored = (await db.query('select pan_sealed, pan_last4 from organization.organization where id = $1', [org.id])).rows[0];
    expect(stored.pan_sealed).not.toContain('AAPFU0939F');
    expect(stored.pan_last4).toBe('939F');
  });

  it('refuses a wrong GSTIN check digit, a PAN that disagrees with the GSTIN and a bad PIN, writing nothing', async () => {
    const owner = await person('Owner');
    const org = await createOrganization(system.gatewayUrl, owner.token, 'Bad Tax Org');
    const wrong = await update(owner.token, { organizationId: org.id, gstin: '27AAPFU0939F1ZW', registeredAddress: { line1: 'x', city: 'Pune', stateCode: '27', postalCode: '012345', country: 'IN' } });
    expect(wrong.data?.['r'].userErrors.map((e: { field: string[] }) => e.field.join('.')).sort()).toEqual(['input.gstin', 'input.registeredAddress.postalCode']);
    const mismatch = await update(owner.token, { organizationId: org.id, gstin: GSTIN, pan: 'ABCPE1234F' });
    expect(mismatch.data?.['r'].userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'pan'] })]);
    expect((await db.query('select gstin, pan_sealed from organization.organization where id = $1', [org.id])).rows[0]).toEqual({ gstin: null, pan_sealed: null });
  });

  it('follows the field allow-list per role', async () => {
    const owner = await person('Owner');
    const org = await createOrganization(system.gatewayUrl, owner.token, 'Allow-list Org');
    const maintainer = await withMember(owner.token, org.id, 'MAINTAINER');
    const billing = await withMember(owner.token, org.id, 'BILLING_ADMIN');
    expect((await update(maintainer.token, { organizationId: org.id, name: 'Renamed', logoUrl: 'https://cdn.example/logo.png' })).data?.['r'].organization).toMatchObject({ name: 'Renamed' });
    const maintainerBilling = await update(maintainer.token, { organizationId: org.id, billingEmail: 'ap@example.test', gstin: GSTIN });
    expect(maintainerBilling.data?.['r'].userErrors.map((e: { code: string; field: string[] }) => `${e.code} ${e.field.join('.')}`).sort()).toEqual(['FIELD_RBAC_FORBIDDEN input.billingEmail', 'FIELD_RBAC_FORBIDDEN input.gstin']);
    expect((await update(billing.token, { organizationId: org.id, billingEmail: 'AP@example.test', paymentTermsDays: 45 })).data?.['r'].organization).toMatchObject({ billingEmail: 'ap@example.test', paymentTermsDays: 45 });
    expect((await update(billing.token, { organizationId: org.id, name: 'Nope' })).data?.['r'].userErrors).toEqual([expect.objectContaining({ code: 'FIELD_RBAC_FORBIDDEN', field: ['input', 'name'] })]);
    expect((await db.query('select name from organization.organization where id = $1', [org.id])).rows[0].name).toBe('Renamed');
  });

  it('hides tax fields from roles without the finance surface, and all of it from other orgs', async () => {
    const owner = await person('Owner');
    const org = await createOrganization(system.gatewayUrl, owner.token, 'Hidden Tax Org');
    await update(owner.token, { organizationId: org.id, gstin: GSTIN });
    await db.query(`update organization.organization set status = 'ACTIVE' where id = $1`, [org.id]);
    const support = await withMember(owner.token, org.id, 'SUPPORT');
    const seen = await gql(system.gatewayUrl, 'query ($id: ID!) { organization(id: $id) { name gstin } }', { id: org.id }, { token: support.token });
    expect(seen.data?.['organization']).toEqual({ name: 'Hidden Tax Org', gstin: null });
    expect(seen.errors).toEqual([expect.objectContaining({ path: ['organization', 'gstin'], extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })]);
    const stranger = await person('Stranger');
    expect((await update(stranger.token, { organizationId: org.id, name: 'Mine' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('capabilities', () => {
  it('refuses canHost while host orgs are switched off, and turning both off', async () => {
    const owner = await person('Owner');
    const org = await createOrganization(system.gatewayUrl, owner.token, 'Caps Org');
    const set = (canSponsor: boolean, canHost: boolean, token = owner.token) =>
      gql(system.gatewayUrl, `mutation ($input: SetCapabilitiesInput!) { r: setOrganizationCapabilities(input: $input) { ${PAYLOAD} } }`, { input: { organizationId: org.id, canSponsor, canHost } }, { token });
    expect((await set(true, true)).data?.['r'].userErrors).toEqual([expect.objectContaining({ code: 'HOST_ORGS_GATED', field: ['input', 'canHost'] })]);
    expect((await set(false, false)).data?.['r'].userErrors[0].code).toBe('BAD_USER_INPUT');
    const maintainer = await withMember(owner.token, org.id, 'MAINTAINER');
    expect((await set(true, false, maintainer.token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await db.query('select can_sponsor, can_host from organization.organization where id = $1', [org.id])).rows[0]).toEqual({ can_sponsor: true, can_host: false });
  });
});

describe('hierarchy', () => {
  it('links an org under another, tracks root and depth, and refuses a cycle', async () => {
    const owner = await person('Owner');
    const group = await createOrganization(system.gatewayUrl, owner.token, 'Group');
    const division = await createOrganization(system.gatewayUrl, owner.token, 'Division');
    const team = await createOrganization(system.gatewayUrl, owner.token, 'Team');
    const link = (organizationId: string, parentId: string | null, token = owner.token) =>
      gql(system.gatewayUrl, `mutation ($input: SetParentOrganizationInput!) { r: setParentOrganization(input: $input) { ${PAYLOAD} } }`, { input: { organizationId, parentId } }, { token });
    expect((await link(division.id, group.id)).data?.['r'].organization.depth).toBe(1);
    expect((await link(team.id, division.id)).data?.['r'].organization.depth).toBe(2);
    expect((await db.query('select root_id from organization.organization where id = $1', [team.id])).rows[0].root_id).toBe(group.id);
    expect((await link(group.id, team.id)).data?.['r'].userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'parentId'] })]);
    const parent = await gql(system.gatewayUrl, 'query ($id: ID!) { organization(id: $id) { parent { name parent { name } } } }', { id: team.id }, { token: owner.token });
    expect(parent.data?.['organization'].parent).toEqual({ name: 'Division', parent: { name: 'Group' } });
    // moving the division to the top takes the team along
    await link(division.id, null);
    expect((await db.query('select depth, root_id from organization.organization where id = $1', [team.id])).rows[0]).toEqual({ depth: 1, root_id: division.id });
    const stranger = await person('Stranger');
    const theirs = await createOrganization(system.gatewayUrl, stranger.token, 'Theirs');
    expect((await link(theirs.id, group.id, stranger.token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the public directory', () => {
  it('lists ACTIVE orgs to anyone, with public fields only', async () => {
    const owner = await person('Owner');
    const visible = await createOrganization(system.gatewayUrl, owner.token, 'Zephyr Visible Consulting');
    await createOrganization(system.gatewayUrl, owner.token, 'Zephyr Pending Consulting');
    await db.query(`update organization.organization set status = 'ACTIVE' where id = $1`, [visible.id]);
    const r = await gql(system.gatewayUrl, '{ organizationDirectory(search: "zephyr") { nodes { id name slug canHost } pageInfo { hasNextPage } } }');
    expect(r.errors).toBeUndefined();
    expect(r.data?.['organizationDirectory'].nodes).toEqual([{ id: visible.id, name: 'Zephyr Visible Consulting', slug: visible.slug, canHost: false }]);
    const leak = await gql(system.gatewayUrl, '{ organizationDirectory { nodes { id seatsTotal } } }');
    expect(leak.status).toBe(400);
  });
});
