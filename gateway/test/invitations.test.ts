import pg from 'pg';
import type { ParsedMail } from 'mailparser';
import { createOrm } from '@guildhall/kernel';
import { expireInvitations, organization } from '@guildhall/organization';
import { createOrganization, gql, knownUser, signUp, startSystem, type RunningSystem, uniqueEmail, verifiedOrganization, waitUntil } from '@guildhall/testkit';

/** Invitations end to end: through the gateway, the SMTP sink as the invitee's inbox, SQL to look behind. */
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

type Errors = { code: string; field: string[] | null; message: string }[];
type Invitation = { id: string; email: string; role: string; status: string; expiresAt: string; invitedBy: { id: string } };
const INVITATION = 'id email role status expiresAt invitedBy { id }';
const USER_ERRORS = 'userErrors { code field message }';
const codes = (errors: { extensions?: { code?: string } }[] | undefined) => (errors ?? []).map((e) => e.extensions?.code);

async function call<T>(token: string | null, query: string, input: Record<string, unknown>): Promise<{ result: T | null; errors: { extensions?: { code?: string } }[] | undefined }> {
  const response = await gql(system.gatewayUrl, query, { input }, { token });
  return { result: (response.data?.['result'] as T | undefined) ?? null, errors: response.errors };
}
const invite = (token: string, organizationId: string, email: string, role = 'LEARNER') =>
  call<{ invitation: Invitation | null; emailSent: boolean; userErrors: Errors }>(token, `mutation ($input: InviteMemberInput!) { result: inviteMember(input: $input) { invitation { ${INVITATION} } emailSent ${USER_ERRORS} } }`, { organizationId, email, role });
const inviteCsv = (token: string, organizationId: string, csv: string) =>
  call<{ results: { row: number; email: string; invitation: Invitation | null; emailSent: boolean; userErrors: Errors }[]; userErrors: Errors }>(
    token,
    `mutation ($input: InviteMembersInput!) { result: inviteMembers(input: $input) { results { row email invitation { ${INVITATION} } emailSent ${USER_ERRORS} } ${USER_ERRORS} } }`,
    { organizationId, csv },
  );
const resend = (token: string, organizationId: string, invitationId: string) =>
  call<{ invitation: Invitation | null; emailSent: boolean; userErrors: Errors }>(token, `mutation ($input: InvitationInput!) { result: resendInvitation(input: $input) { invitation { ${INVITATION} } emailSent ${USER_ERRORS} } }`, { organizationId, invitationId });
const revoke = (token: string, organizationId: string, invitationId: string) =>
  call<{ invitation: Invitation | null; userErrors: Errors }>(token, `mutation ($input: InvitationInput!) { result: revokeInvitation(input: $input) { invitation { ${INVITATION} } ${USER_ERRORS} } }`, { organizationId, invitationId });
const accept = (token: string, invitationToken: string) =>
  call<{ membership: { id: string; role: string; status: string } | null; userErrors: Errors }>(token, `mutation ($input: AcceptInvitationInput!) { result: acceptInvitation(input: $input) { membership { id role status } ${USER_ERRORS} } }`, { token: invitationToken });
const preview = (token: string | null, invitationToken: string) =>
  gql(system.gatewayUrl, `query ($t: String!) { invitationPreview(token: $t) { organizationName role inviterName expiresAt status } }`, { t: invitationToken }, { token }).then((r) => r.data?.['invitationPreview'] ?? null);
const list = (token: string, organizationId: string, args = '') =>
  gql(system.gatewayUrl, `query ($id: ID!) { organization(id: $id) { invitations${args} { totalCount nodes { id email status } pageInfo { hasNextPage endCursor } } } }`, { id: organizationId }, { token });

const sentTo = (address: string) => (m: ParsedMail) => (Array.isArray(m.to) ? m.to : m.to ? [m.to] : []).some((to) => to.value.some((v) => v.address === address));
const tokenIn = (mail: ParsedMail) => /\/invitations\/accept\?token=(ghi_[A-Za-z0-9_-]{43})/.exec(mail.text ?? '')?.[1] ?? null;
/** The token from the newest email to `address` other than `not` (the inbox as the invitee reads it). */
async function tokenFromMail(address: string, not?: string) {
  const mail = await system.mail.waitFor((m) => sentTo(address)(m) && tokenIn(m) !== null && tokenIn(m) !== not);
  return { token: tokenIn(mail)!, mail };
}

const person = (label: string, email?: string) => knownUser(system, db, label, email);
const verifiedOrg = (ownerToken: string, name: string) => verifiedOrganization(system, db, ownerToken, name);
const seatsUsed = async (orgId: string) => (await db.query('select seats_used from organization.organization where id = $1', [orgId])).rows[0].seats_used as number;
const statusOf = async (invitationId: string) => (await db.query('select status from organization.invitation where id = $1', [invitationId])).rows[0]?.status as string;
const count = async (sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows[0].n as number;

describe('inviting and accepting', () => {
  it('emails a link; the invitee signs up with that email and accepts into the invited role, taking a seat', async () => {
    const owner = await person('Owner');
    const org = await verifiedOrg(owner.token, 'Invite & <Accept> Org');
    const invitee = uniqueEmail('invitee');
    const sent = await invite(owner.token, org.id, invitee.toUpperCase(), 'LEARNER');
    expect(sent.result?.userErrors).toEqual([]);
    expect(sent.result?.emailSent).toBe(true);
    expect(sent.result?.invitation).toMatchObject({ email: invitee, role: 'LEARNER', status: 'PENDING', invitedBy: { id: owner.userId } });
    const days = (Date.parse(sent.result!.invitation!.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThanOrEqual(14);

    const { token, mail } = await tokenFromMail(invitee);
    expect(mail.subject).toContain('Invite & <Accept> Org');
    expect(mail.text).toContain(`http://dashboard.test/invitations/accept?token=${token}`);
    expect(mail.html).toContain('Invite &amp; &lt;Accept&gt; Org');
    expect(mail.html).toContain(owner.email);
    expect(mail.subject).toMatch(/^Owner invited you/);
    // only the hash is stored; the events carry no email
    expect(await count('select count(*)::int as n from organization.invitation where token_hash = encode(sha256($1::bytea), $2)', [token, 'hex'])).toBe(1);
    const payloads = (await db.query(`select payload::text as p from organization.outbox where type like 'organization.invitation.%'`)).rows.map((r) => r.p as string);
    expect(payloads.length).toBeGreaterThan(0);
    expect(payloads.filter((p) => p.includes('@'))).toEqual([]);

    expect(await preview(null, token)).toMatchObject({ organizationName: 'Invite & <Accept> Org', role: 'LEARNER', status: 'PENDING', inviterName: 'Owner' });
    const user = await signUp(system.gatewayUrl, { email: invitee, name: 'Invitee' });
    const before = await seatsUsed(org.id);
    const accepted = await accept(user.token, token);
    expect(accepted.result?.userErrors).toEqual([]);
    expect(accepted.result?.membership).toMatchObject({ role: 'LEARNER', status: 'ACTIVE' });
    expect(await seatsUsed(org.id)).toBe(before + 1);
    expect(await statusOf(sent.result!.invitation!.id)).toBe('ACCEPTED');
    const seen = await gql(system.gatewayUrl, '{ viewer { organizations { id } } }', {}, { token: user.token });
    expect(seen.data?.['viewer'].organizations).toEqual([{ id: org.id }]);
    // used once, and then no more
    expect((await accept(user.token, token)).result?.userErrors.map((e) => e.code)).toEqual(['INVITATION_ALREADY_USED']);
    expect((await preview(null, token))?.status).toBe('ACCEPTED');
  });

  it('refuses an account with another email, and leaves the invitation PENDING', async () => {
    const owner = await person('Owner');
    const org = await verifiedOrg(owner.token, 'Wrong Email Org');
    const invitee = uniqueEmail('meant');
    const sent = await invite(owner.token, org.id, invitee, 'MANAGER');
    const { token } = await tokenFromMail(invitee);
    const stranger = await signUp(system.gatewayUrl, { name: 'Stranger' });
    const refused = await accept(stranger.token, token);
    expect(refused.result?.membership).toBeNull();
    expect(refused.result?.userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'token'], message: expect.stringMatching(/different email/) })]);
    expect(await statusOf(sent.result!.invitation!.id)).toBe('PENDING');
    expect((await accept(stranger.token, 'ghi_not-a-real-token')).result?.userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'token'] })]);
    expect(codes((await accept('', token)).errors)).toEqual(['UNAUTHENTICATED']);
    // an invited MANAGER takes no seat
    const invited = await signUp(system.gatewayUrl, { email: invitee, name: 'Meant' });
    const before = await seatsUsed(org.id);
    expect((await accept(invited.token, token)).result?.membership).toMatchObject({ role: 'MANAGER', status: 'ACTIVE' });
    expect(await seatsUsed(org.id)).toBe(before);
  });

  it('gives expired, revoked and already-used tokens their codes', async () => {
    const owner = await person('Owner');
    const org = await verifiedOrg(owner.token, 'Dead Links Org');
    const [expiring, revoked] = [uniqueEmail('late'), uniqueEmail('revoked')];
    const e = (await invite(owner.token, org.id, expiring)).result!.invitation!;
    const r = (await invite(owner.token, org.id, revoked)).result!.invitation!;
    const expiringToken = (await tokenFromMail(expiring)).token;
    const revokedToken = (await tokenFromMail(revoked)).token;
    await db.query(`update organization.invitation set expires_at = now() - interval '1 minute' where id = $1`, [e.id]);
    expect((await revoke(owner.token, org.id, r.id)).result).toMatchObject({ invitation: { status: 'REVOKED' }, userErrors: [] });
    expect((await revoke(owner.token, org.id, r.id)).result?.userErrors.map((x) => x.code)).toEqual(['INVITATION_REVOKED']);

    const lateUser = await signUp(system.gatewayUrl, { email: expiring, name: 'Late' });
    const revokedUser = await signUp(system.gatewayUrl, { email: revoked, name: 'Revoked' });
    expect((await accept(lateUser.token, expiringToken)).result?.userErrors.map((x) => x.code)).toEqual(['INVITATION_EXPIRED']);
    expect((await accept(revokedUser.token, revokedToken)).result?.userErrors.map((x) => x.code)).toEqual(['INVITATION_REVOKED']);
    expect((await preview(null, expiringToken))?.status).toBe('EXPIRED');
    expect(await statusOf(e.id)).toBe('PENDING'); // the job has not run; the date alone decides
    expect((await resend(owner.token, org.id, e.id)).result?.userErrors.map((x) => x.code)).toEqual(['INVITATION_EXPIRED']);
    expect(await seatsUsed(org.id)).toBe(0);
    expect(await count('select count(*)::int as n from organization.membership where organization_id = $1', [org.id])).toBe(1);
    // the lapsed one no longer blocks inviting the same email again
    expect((await invite(owner.token, org.id, expiring)).result?.userErrors).toEqual([]);
    expect(await statusOf(e.id)).toBe('EXPIRED');
  });

  it('resending replaces the link: a new email arrives and the old token stops working', async () => {
    const owner = await person('Owner');
    const org = await verifiedOrg(owner.token, 'Resend Org');
    const invitee = uniqueEmail('resend');
    const sent = (await invite(owner.token, org.id, invitee, 'MANAGER')).result!.invitation!;
    const old = (await tokenFromMail(invitee)).token;
    await db.query(`update organization.invitation set expires_at = now() + interval '1 day' where id = $1`, [sent.id]);
    const again = await resend(owner.token, org.id, sent.id);
    expect(again.result).toMatchObject({ emailSent: true, userErrors: [], invitation: { id: sent.id, status: 'PENDING' } });
    expect(Date.parse(again.result!.invitation!.expiresAt) - Date.now()).toBeGreaterThan(13.9 * 86_400_000);
    const fresh = (await tokenFromMail(invitee, old)).token;
    expect(fresh).not.toBe(old);
    const user = await signUp(system.gatewayUrl, { email: invitee, name: 'Resent' });
    expect((await accept(user.token, old)).result?.userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'token'] })]);
    expect(await preview(null, old)).toBeNull();
    expect((await accept(user.token, fresh)).result?.membership).toMatchObject({ role: 'MANAGER', status: 'ACTIVE' });
  });

  it('keeps one PENDING invitation per email, refuses current members, and lists them newest first', async () => {
    const owner = await person('Owner');
    const member = await person('Member');
    const org = await verifiedOrg(owner.token, 'One Pending Org');
    const email = uniqueEmail('once');
    const first = (await invite(owner.token, org.id, email)).result!.invitation!;
    const second = await invite(owner.token, org.id, email.toUpperCase(), 'MANAGER');
    expect(second.result?.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: ['input', 'email'] })]);
    expect(await count('select count(*)::int as n from organization.invitation where organization_id = $1', [org.id])).toBe(1);
    // concurrent invitations of one email: one wins
    const other = uniqueEmail('race');
    const raced = await Promise.all([invite(owner.token, org.id, other), invite(owner.token, org.id, other)]);
    expect(raced.map((x) => (x.result?.invitation ? 'ok' : x.result?.userErrors[0]?.code)).sort()).toEqual(['CONFLICT', 'ok']);

    const added = await gql(system.gatewayUrl, `mutation ($input: AddMemberInput!) { addMember(input: $input) { membership { id } } }`, { input: { organizationId: org.id, email: member.email, role: 'MANAGER' } }, { token: owner.token });
    expect(added.data?.['addMember'].membership).toBeTruthy();
    expect((await invite(owner.token, org.id, member.email)).result?.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: ['input', 'email'] })]);
    expect((await invite(owner.token, org.id, owner.email)).result?.userErrors.map((e) => e.code)).toEqual(['CONFLICT']);
    expect((await invite(owner.token, org.id, uniqueEmail(), 'SUPPORT')).result?.userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'role'] })]);
    expect((await invite(owner.token, org.id, uniqueEmail(), 'EXPERT')).result?.userErrors.map((e) => e.code)).toEqual(['ROLE_TRANSITION_BLOCKED']);
    expect((await invite(owner.token, org.id, 'not an email')).result?.userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'email'] })]);

    await revoke(owner.token, org.id, first.id);
    expect((await invite(owner.token, org.id, email)).result?.userErrors).toEqual([]);
    const all = (await list(owner.token, org.id)).data?.['organization'].invitations;
    expect(all.totalCount).toBe(3);
    expect(all.nodes[0]).toMatchObject({ email, status: 'PENDING' });
    expect((await list(owner.token, org.id, '(status: REVOKED)')).data?.['organization'].invitations.nodes).toEqual([{ id: first.id, email, status: 'REVOKED' }]);
    const page = (await list(owner.token, org.id, '(first: 2)')).data?.['organization'].invitations;
    expect(page.nodes).toHaveLength(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const rest = (await list(owner.token, org.id, `(first: 2, after: "${page.pageInfo.endCursor}")`)).data?.['organization'].invitations;
    expect(rest.nodes).toHaveLength(1);
    expect(new Set([...page.nodes, ...rest.nodes].map((n: { id: string }) => n.id)).size).toBe(3);
  });
});

describe('bulk invitations from CSV', () => {
  it('reports each row and writes exactly the good ones', async () => {
    const owner = await person('Owner');
    const org = await verifiedOrg(owner.token, 'Bulk Org');
    const [a, b, c] = [uniqueEmail('a'), uniqueEmail('b'), uniqueEmail('c')];
    const csv = ['Email,Role', `${a},manager`, 'not-an-email,LEARNER', `${b},WIZARD`, `${c},`, `${a.toUpperCase()},LEARNER`, ''].join('\r\n');
    const { result } = await inviteCsv(owner.token, org.id, csv);
    expect(result?.userErrors).toEqual([]);
    expect(result?.results.map((r) => [r.row, r.invitation?.role ?? null, r.userErrors.map((e) => e.code)])).toEqual([
      [2, 'MANAGER', []],
      [3, null, ['BAD_USER_INPUT']],
      [4, null, ['BAD_USER_INPUT']],
      [5, 'LEARNER', []],
      [6, null, ['CONFLICT']],
    ]);
    expect(result?.results[1]?.userErrors[0]?.field).toEqual(['input', 'csv', '3', 'email']);
    expect(result?.results[2]?.userErrors[0]?.field).toEqual(['input', 'csv', '4', 'role']);
    expect(result?.results.filter((r) => r.invitation).every((r) => r.emailSent)).toBe(true);
    const written = (await db.query('select email, role from organization.invitation where organization_id = $1 order by email', [org.id])).rows;
    expect(written).toEqual([{ email: a, role: 'MANAGER' }, { email: c, role: 'LEARNER' }].sort((x, y) => x.email.localeCompare(y.email)));
    await tokenFromMail(a);
    await tokenFromMail(c);
    // an email with a pending invitation is refused on its row, the rest go through
    const next = await inviteCsv(owner.token, org.id, `email\n${c}\n${uniqueEmail('d')}`);
    expect(next.result?.results.map((r) => r.userErrors.map((e) => e.code))).toEqual([['CONFLICT'], []]);
  });

  it('refuses a file of more than 500 rows as a whole, writing nothing', async () => {
    const owner = await person('Owner');
    const org = await verifiedOrg(owner.token, 'Too Big Org');
    const csv = ['email,role', ...Array.from({ length: 501 }, (_, i) => `bulk-${i}@example.test,LEARNER`)].join('\n');
    const { result } = await inviteCsv(owner.token, org.id, csv);
    expect(result?.results).toEqual([]);
    expect(result?.userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'csv'] })]);
    expect(await count('select count(*)::int as n from organization.invitation where organization_id = $1', [org.id])).toBe(0);
  });
});

describe('who may manage invitations', () => {
  it('refuses a MANAGER (FORBIDDEN) and another org’s OWNER (NOT_FOUND) to invite, list, resend or revoke', async () => {
    const owner = await person('Owner');
    const manager = await person('Manager');
    const outsider = await person('Outsider');
    const org = await verifiedOrg(owner.token, 'Guarded Org');
    const otherOrg = await verifiedOrg(outsider.token, 'Other Org');
    await gql(system.gatewayUrl, `mutation ($input: AddMemberInput!) { addMember(input: $input) { membership { id } } }`, { input: { organizationId: org.id, email: manager.email, role: 'MANAGER' } }, { token: owner.token });
    const target = (await invite(owner.token, org.id, uniqueEmail('guarded'))).result!.invitation!;

    expect(codes((await invite(manager.token, org.id, uniqueEmail())).errors)).toEqual(['FORBIDDEN']);
    expect(codes((await inviteCsv(manager.token, org.id, `email\n${uniqueEmail()}`)).errors)).toEqual(['FORBIDDEN']);
    expect(codes((await list(manager.token, org.id)).errors)).toEqual(['FORBIDDEN']);
    expect(codes((await resend(manager.token, org.id, target.id)).errors)).toEqual(['FORBIDDEN']);
    expect(codes((await revoke(manager.token, org.id, target.id)).errors)).toEqual(['FORBIDDEN']);

    expect(codes((await invite(outsider.token, org.id, uniqueEmail())).errors)).toEqual(['NOT_FOUND']);
    expect(codes((await list(outsider.token, org.id)).errors)).toEqual(['NOT_FOUND']);
    expect(codes((await resend(outsider.token, org.id, target.id)).errors)).toEqual(['NOT_FOUND']);
    expect(codes((await revoke(outsider.token, org.id, target.id)).errors)).toEqual(['NOT_FOUND']);
    // naming their own org with this org's invitation: still not found
    expect(codes((await resend(outsider.token, otherOrg.id, target.id)).errors)).toEqual(['NOT_FOUND']);
    expect(codes((await revoke(outsider.token, otherOrg.id, target.id)).errors)).toEqual(['NOT_FOUND']);

    expect(await statusOf(target.id)).toBe('PENDING');
    expect(await count('select count(*)::int as n from organization.invitation where organization_id = $1', [org.id])).toBe(1);
    expect(await count('select count(*)::int as n from organization.invitation where organization_id = $1', [otherOrg.id])).toBe(0);
  });
});

describe('creating an organization with invitations', () => {
  const create = (token: string, input: Record<string, unknown>) =>
    call<{ organization: { id: string } | null; userErrors: Errors }>(token, `mutation ($input: CreateOrganizationInput!) { result: createOrganization(input: $input) { organization { id } ${USER_ERRORS} } }`, input);

  it('writes the org and its invitations together, or nothing at all', async () => {
    const owner = await person('Founder');
    const [a, b] = [uniqueEmail('first'), uniqueEmail('second')];
    const orgsBefore = await count('select count(*)::int as n from organization.organization');
    const invitationsBefore = await count('select count(*)::int as n from organization.invitation');
    const bad = await create(owner.token, { name: 'Atomic Org', invitations: [{ email: a, role: 'MAINTAINER' }, { email: 'broken', role: 'LEARNER' }, { email: b, role: 'SUPPORT' }] });
    expect(bad.result?.organization).toBeNull();
    expect(bad.result?.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['BAD_USER_INPUT', ['input', 'invitations', '1', 'email']],
      ['BAD_USER_INPUT', ['input', 'invitations', '2', 'role']],
    ]);
    expect(await count('select count(*)::int as n from organization.organization')).toBe(orgsBefore);
    expect(await count('select count(*)::int as n from organization.invitation')).toBe(invitationsBefore);

    const good = await create(owner.token, { name: 'Atomic Org', invitations: [{ email: a, role: 'MAINTAINER' }, { email: b, role: 'LEARNER' }] });
    expect(good.result?.userErrors).toEqual([]);
    const orgId = good.result!.organization!.id;
    expect((await db.query('select email, role, status from organization.invitation where organization_id = $1 order by role', [orgId])).rows).toEqual([
      { email: b, role: 'LEARNER', status: 'PENDING' },
      { email: a, role: 'MAINTAINER', status: 'PENDING' },
    ]);
    const { token } = await tokenFromMail(a);
    expect((await preview(null, token))?.role).toBe('MAINTAINER');
    await tokenFromMail(b);
  });
});

describe('the expiry job', () => {
  it('marks PENDING invitations past their date EXPIRED, each with its event', async () => {
    const owner = await person('Owner');
    const org = await verifiedOrg(owner.token, 'Expiry Job Org');
    const due = (await invite(owner.token, org.id, uniqueEmail('due'))).result!.invitation!;
    const live = (await invite(owner.token, org.id, uniqueEmail('live'))).result!.invitation!;
    await db.query(`update organization.invitation set expires_at = now() - interval '1 hour' where id = $1`, [due.id]);
    const orm = await createOrm({ schema: 'organization', databaseUrl: system.databaseUrl, entities: organization.entities, migrations: organization.migrations, poolMax: 2 });
    try {
      expect(expireInvitations.every).toBe('15 minutes');
      expect(organization.jobs).toContain(expireInvitations);
      await expireInvitations.run(orm.em.fork(), undefined as never);
      await expireInvitations.run(orm.em.fork(), undefined as never); // nothing left to do: no second event
    } finally {
      await orm.close();
    }
    expect(await statusOf(due.id)).toBe('EXPIRED');
    expect(await statusOf(live.id)).toBe('PENDING');
    const events = (await db.query(`select payload, actor from organization.outbox where type = 'organization.invitation.expired' and aggregate_id = $1`, [due.id])).rows;
    expect(events).toEqual([{ payload: { organizationId: org.id, invitationId: due.id, role: 'LEARNER' }, actor: { kind: 'system', id: null } }]);
    expect((await list(owner.token, org.id, '(status: EXPIRED)')).data?.['organization'].invitations.nodes).toEqual([expect.objectContaining({ id: due.id, status: 'EXPIRED' })]);
    // the audit log records it as INVITE_EXPIRED once the worker relays it
    await waitUntil(async () => (await db.query(`select 1 from compliance.audit_entry where action = 'INVITE_EXPIRED' and target_id = $1`, [due.id])).rowCount === 1, 15_000, 'the INVITE_EXPIRED audit entry');
  });
});

describe('seats under concurrent acceptance (must hold)', () => {
  it('admits exactly 50 of 200 simultaneous accepts for 50 seats; the rest stay PENDING', async () => {
    const owner = await person('Owner');
    const org = await createOrganization(system.gatewayUrl, owner.token, 'Crowded Org');
    await db.query(`update organization.organization set status = 'ACTIVE', seats_total = 50 where id = $1`, [org.id]);
    const emails = Array.from({ length: 200 }, (_, i) => uniqueEmail(`crowd${i}`));
    const bulk = await inviteCsv(owner.token, org.id, ['email,role', ...emails.map((e) => `${e},LEARNER`)].join('\n'));
    expect(bulk.result?.userErrors).toEqual([]);
    expect(bulk.result?.results.filter((r) => r.invitation).length).toBe(200);
    const tokens = await Promise.all(emails.map(async (e) => (await tokenFromMail(e)).token));
    const users: { token: string }[] = [];
    for (let i = 0; i < emails.length; i += 25) users.push(...(await Promise.all(emails.slice(i, i + 25).map((email) => signUp(system.gatewayUrl, { email, name: 'Crowd' })))));

    const outcomes = await Promise.all(users.map((u, i) => accept(u.token, tokens[i]!)));
    const tally = outcomes.map((o) => (o.result?.membership ? 'ok' : (o.result?.userErrors[0]?.code ?? codes(o.errors)[0] ?? 'none')));
    expect(tally.filter((t) => t === 'ok').length).toBe(50);
    expect(tally.filter((t) => t === 'SEAT_LIMIT_REACHED').length).toBe(150);
    expect(await seatsUsed(org.id)).toBe(50);
    expect(await count(`select count(*)::int as n from organization.membership where organization_id = $1 and role = 'LEARNER' and status = 'ACTIVE'`, [org.id])).toBe(50);
    expect(await count(`select count(*)::int as n from organization.invitation where organization_id = $1 and status = 'PENDING'`, [org.id])).toBe(150);
    expect(await count(`select count(*)::int as n from organization.invitation where organization_id = $1 and status = 'ACCEPTED'`, [org.id])).toBe(50);
  }, 120_000);
});
