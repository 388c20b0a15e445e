import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createLogger, createOrm, parseConfig, subgraphConfigSchema, subgraphServices } from '@guildhall/kernel';
import { billing, findLedgerFindings } from '@guildhall/billing';
import { compliance, runErasureSlaWarnings } from '@guildhall/compliance';
import { gql, knownUser, signUp, startSystem, verifiedOrganization, waitUntil, type RunningSystem } from '@guildhall/testkit';

/**
 * DPDP §12 right to erasure, end to end through the gateway: a LEARNER who bought something with their
 * SEAT_PACK org's credits asks to be erased, a platform admin processes it, and afterwards nothing
 * shows or keeps their name or email while the org's money records still hold and balance.
 */

const OPS_EMAIL = 'privacy-ops@platform.test';

/** Every log line the system writes during the file (at debug level), kept instead of printed. */
const logLines: string[] = [];
const LOG_LINE = /^\d{4}-\d\d-\d\dT[\d:.]+Z (DEBUG|INFO |WARN |ERROR) \[/;
function captureLogs() {
  const restore: (() => void)[] = [];
  for (const stream of [process.stdout, process.stderr]) {
    const original = stream.write.bind(stream);
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk);
      if (LOG_LINE.test(text)) {
        logLines.push(text);
        return true;
      }
      return (original as (...args: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof stream.write;
    restore.push(() => void (stream.write = original as typeof stream.write));
  }
  return () => restore.forEach((r) => r());
}

let system: RunningSystem;
let db: pg.Pool;
let billingOrm: MikroORM;
let restoreLogs: () => void;
let admin: { token: string; userId: string };
let scimToken = '';

beforeAll(async () => {
  restoreLogs = captureLogs();
  const level = process.env['TEST_LOG_LEVEL'];
  process.env['TEST_LOG_LEVEL'] = 'debug';
  try {
    system = await startSystem({ gatewayEnv: { SCIM_RATE_PER_MINUTE: '1000' }, servicesEnv: { PAYOUTS_OPS_EMAIL: OPS_EMAIL } });
  } finally {
    if (level === undefined) delete process.env['TEST_LOG_LEVEL'];
    else process.env['TEST_LOG_LEVEL'] = level;
  }
  db = new pg.Pool({ connectionString: system.databaseUrl, max: 3 });
  billingOrm = await createOrm({ schema: 'billing', databaseUrl: system.databaseUrl, entities: billing.entities, migrations: billing.migrations, poolMax: 2 });
  admin = await signUp(system.gatewayUrl, { name: 'Platform Admin' });
  await db.query('update identity."user" set platform_admin = true where id = $1', [admin.userId]);
}, 120_000);

afterAll(async () => {
  await billingOrm?.close();
  await db?.end();
  await system?.stop();
  restoreLogs?.();
});

const call = (token: string | null, query: string, variables: Record<string, unknown> = {}) => gql(system.gatewayUrl, query, variables, { token });
const rows = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows as T[];
const codeOf = (r: { errors?: { extensions?: { code?: string } }[] | undefined }) => r.errors?.[0]?.extensions?.code;

const REQUEST = `mutation { requestErasure { erasureRequest { id status requestedAt dueAt pseudonymId } userErrors { code field message } } }`;
const MINE = `{ myErasureRequest { id status rejectionReason } }`;
const PROCESS = `mutation ($input: ProcessErasureRequestInput!) { processErasureRequest(input: $input) { erasureRequest { id status pseudonymId processedAt } userErrors { code field message } } }`;
const REJECT = `mutation ($input: RejectErasureRequestInput!) { rejectErasureRequest(input: $input) { erasureRequest { id status rejectionReason rejectedAt } userErrors { code field message } } }`;
const LIST = `query ($status: ErasureRequestStatus) { erasureRequests(status: $status, first: 100) { nodes { id status pseudonymId completedAt ownerlessOrganizationIds user { id } } } }`;
const ADD_MEMBER = 'mutation ($input: AddMemberInput!) { addMember(input: $input) { membership { id } userErrors { code message } } }';
const CHECKOUT = `mutation ($input: CheckoutInput!) { checkout(input: $input) { payment { id status funding payerKind } userErrors { code field message } } }`;

async function addMember(ownerToken: string, organizationId: string, email: string, role: string): Promise<string> {
  const r = await call(ownerToken, ADD_MEMBER, { input: { organizationId, email, role } });
  if (r.errors || r.data?.['addMember'].userErrors.length) throw new Error(`addMember ${role}: ${JSON.stringify(r.errors ?? r.data)}`);
  return r.data!['addMember'].membership.id as string;
}

async function requestErasure(token: string) {
  const r = await call(token, REQUEST);
  expect(r.errors).toBeUndefined();
  return r.data!['requestErasure'] as { erasureRequest: { id: string; status: string; requestedAt: string; dueAt: string; pseudonymId: string | null }; userErrors: unknown[] };
}

async function waitForStatus(requestId: string, status: string) {
  await waitUntil(async () => (await rows<{ status: string }>('select status from compliance.erasure_request where id = $1', [requestId]))[0]?.status === status, 20_000, `erasure request ${status}`);
}

/** Every text-like column of every table in every schema of the test database that contains `needle`. */
async function placesHolding(needle: string): Promise<string[]> {
  const columns = await rows<{ table_schema: string; table_name: string; column_name: string }>(
    `select c.table_schema, c.table_name, c.column_name from information_schema.columns c
       join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
      where c.table_schema not in ('pg_catalog', 'information_schema') and c.table_schema not like 'pg_toast%'
        and (c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY', 'USER-DEFINED'))`,
  );
  const found: string[] = [];
  for (const c of columns) {
    const [hit] = await rows<{ n: number }>(
      `select count(*)::int as n from "${c.table_schema}"."${c.table_name}" where position(lower($1) in lower("${c.column_name}"::text)) > 0`,
      [needle],
    );
    if (hit!.n) found.push(`${c.table_schema}.${c.table_name}.${c.column_name} (${hit!.n})`);
  }
  return found;
}

describe('the right to erasure (DPDP §12)', () => {
  const tag = randomBytes(4).toString('hex');
  const learnerName = `Zenobia Quillfeather ${tag}`;
  const learnerEmail = `zenobia.q-${tag}@example.test`;
  let owner: { token: string; userId: string; email: string };
  let learner: { token: string; userId: string; email: string };
  let org: { id: string };
  let otherOwner: { token: string; userId: string };
  let otherOrg: { id: string };
  let learnerMembershipId: string;
  let paymentId: string;
  let requestId: string;
  let seatsBefore: number;

  it('sets the scene: a LEARNER of a SEAT_PACK org with a settled purchase, a pending invitation elsewhere, a SCIM view', async () => {
    owner = await knownUser(system, db, `Seat Owner ${tag}`);
    org = await verifiedOrganization(system, db, owner.token, `Seat Pack Org ${tag}`);
    learner = await knownUser(system, db, learnerName, learnerEmail);
    learnerMembershipId = await addMember(owner.token, org.id, learner.email, 'LEARNER');
    await waitUntil(async () => (await rows('select 1 from billing.billing_account where organization_id = $1', [org.id])).length === 1, 10_000, 'the billing account');
    const mode = await call(owner.token, 'mutation ($input: UpdateBillingSettingsInput!) { updateBillingSettings(input: $input) { userErrors { code } } }', { input: { organizationId: org.id, mode: 'SEAT_PACK' } });
    expect(mode.data?.['updateBillingSettings'].userErrors).toEqual([]);
    const grant = await call(admin.token, 'mutation ($input: GrantCreditsInput!) { grantCredits(input: $input) { userErrors { code } } }', { input: { organizationId: org.id, amountMinor: 200_000, reason: 'test credits', idempotencyKey: randomUUID() } });
    expect(grant.data?.['grantCredits'].userErrors).toEqual([]);
    const paid = await call(learner.token, CHECKOUT, {
      input: { idempotencyKey: randomUUID(), organizationId: org.id, kind: 'CONSULTATION', reference: `booking-${tag}`, amountMinor: 150_000, currency: 'INR', payeeId: 'expert-1' },
    });
    expect(paid.data?.['checkout'].payment).toMatchObject({ status: 'SUCCEEDED', funding: 'WALLET', payerKind: 'ORGANIZATION' });
    paymentId = paid.data!['checkout'].payment.id;

    otherOwner = await knownUser(system, db, `Other Owner ${tag}`);
    otherOrg = await verifiedOrganization(system, db, otherOwner.token, `Other Org ${tag}`);
    const invited = await call(otherOwner.token, 'mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { invitation { id status email } userErrors { code message } } }', { input: { organizationId: otherOrg.id, email: learner.email, role: 'LEARNER' } });
    expect(invited.data?.['inviteMember'].invitation).toMatchObject({ status: 'PENDING', email: learner.email });

    const issued = await call(owner.token, 'mutation ($input: CreateScimTokenInput!) { createScimToken(input: $input) { secret userErrors { code } } }', { input: { organizationId: org.id, name: 'Okta' } });
    scimToken = issued.data?.['createScimToken'].secret;
    const before = await scim(`/Users/${learnerMembershipId}`);
    expect(before).toMatchObject({ status: 200, body: { userName: learner.email } });

    seatsBefore = (await rows<{ seats_used: number }>('select seats_used from organization.organization where id = $1', [org.id]))[0]!.seats_used;
    expect(seatsBefore).toBe(1);
    expect(await placesHolding(learnerEmail)).not.toEqual([]); // the scan finds the person while they are there
  });

  it('files one request per person: asking twice returns the open one', async () => {
    const first = await requestErasure(learner.token);
    expect(first.userErrors).toEqual([]);
    expect(first.erasureRequest).toMatchObject({ status: 'PENDING', pseudonymId: null });
    expect(Date.parse(first.erasureRequest.dueAt) - Date.parse(first.erasureRequest.requestedAt)).toBe(30 * 86_400_000);
    const again = await requestErasure(learner.token);
    expect(again.erasureRequest.id).toBe(first.erasureRequest.id);
    requestId = first.erasureRequest.id;
    expect((await call(learner.token, MINE)).data?.['myErasureRequest']).toMatchObject({ id: requestId, status: 'PENDING' });
    expect(await rows('select 1 from compliance.erasure_request where user_id = $1', [learner.userId])).toHaveLength(1);
    expect(await rows(`select 1 from compliance.outbox where type = 'compliance.erasure.requested' and aggregate_id = $1`, [requestId])).toHaveLength(1);
    expect(codeOf(await call(null, REQUEST))).toBe('UNAUTHENTICATED');
  });

  it('lets only platform admins process or list requests, and a rejection needs a reason', async () => {
    expect(codeOf(await call(owner.token, PROCESS, { input: { requestId } }))).toBe('FORBIDDEN');
    expect(codeOf(await call(owner.token, REJECT, { input: { requestId, reason: 'no' } }))).toBe('FORBIDDEN');
    expect(codeOf(await call(owner.token, LIST))).toBe('FORBIDDEN');
    expect(codeOf(await call(admin.token, PROCESS, { input: { requestId: randomUUID() } }))).toBe('NOT_FOUND');

    const other = await knownUser(system, db, `Rejected Person ${tag}`);
    const filed = await requestErasure(other.token);
    const blank = await call(admin.token, REJECT, { input: { requestId: filed.erasureRequest.id, reason: '   ' } });
    expect(blank.data?.['rejectErasureRequest'].userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'reason'] })]);
    const reason = 'An open chargeback needs these records until it is decided.';
    const rejected = await call(admin.token, REJECT, { input: { requestId: filed.erasureRequest.id, reason } });
    expect(rejected.data?.['rejectErasureRequest']).toMatchObject({ erasureRequest: { status: 'REJECTED', rejectionReason: reason }, userErrors: [] });
    const twice = await call(admin.token, PROCESS, { input: { requestId: filed.erasureRequest.id } });
    expect(twice.data?.['processErasureRequest'].userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: ['input', 'requestId'] })]);
    expect((await call(other.token, MINE)).data?.['myErasureRequest']).toMatchObject({ status: 'REJECTED', rejectionReason: reason });
    // a rejected request is closed: the person may ask again
    const anew = await requestErasure(other.token);
    expect(anew.erasureRequest.id).not.toBe(filed.erasureRequest.id);
    // nobody sees another person's request
    const listed = await call(admin.token, LIST, { status: 'PENDING' });
    expect(listed.data?.['erasureRequests'].nodes.map((n: { id: string }) => n.id)).toEqual(expect.arrayContaining([requestId, anew.erasureRequest.id]));
    await waitUntil(async () => (await rows(`select 1 from compliance.audit_entry where event_type = 'compliance.erasure.rejected' and target_id = $1 and category = 'CONSENT'`, [filed.erasureRequest.id])).length === 1, 10_000, 'the rejection in the audit log');
  });

  it('warns the platform once when a request has 7 days left', async () => {
    await db.query(`update compliance.erasure_request set due_at = now() + interval '6 days' where id = $1`, [requestId]);
    const config = parseConfig(subgraphConfigSchema('compliance'), { ...system.serviceEnv, NODE_ENV: 'test', PORT: '0', CONTEXT_TOKEN_PUBLIC_KEY: system.keys.publicKey, PAYOUTS_OPS_EMAIL: OPS_EMAIL });
    const services = subgraphServices(config, createLogger('test', 'silent'));
    const orm = await createOrm({ schema: 'compliance', databaseUrl: system.databaseUrl, entities: compliance.entities, migrations: compliance.migrations, poolMax: 2 });
    try {
      const first = await runErasureSlaWarnings(orm.em.fork(), services);
      expect(first.warned).toEqual([requestId]);
      const second = await runErasureSlaWarnings(orm.em.fork(), services);
      expect(second.warned).toEqual([]);
    } finally {
      await services.mailer.close();
      await orm.close();
    }
    expect(await rows(`select payload from compliance.outbox where type = 'compliance.erasure.sla-warning' and aggregate_id = $1`, [requestId])).toHaveLength(1);
    const mail = await system.mail.waitFor((m) => m.subject?.includes(requestId) ?? false);
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toContain(OPS_EMAIL);
    expect(mail.text).not.toContain(learnerEmail);
    expect(mail.text).not.toContain(learnerName);
    expect(compliance.jobs?.find((j) => j.name === 'erasure-sla-warnings')?.every).toBe('1 day');
  });

  it('processes the request: identity, organization and billing erase, and the request completes once', async () => {
    const processed = await call(admin.token, PROCESS, { input: { requestId } });
    expect(processed.data?.['processErasureRequest'].userErrors).toEqual([]);
    const pseudonymId = processed.data?.['processErasureRequest'].erasureRequest.pseudonymId as string;
    expect(pseudonymId).toMatch(/^[0-9a-f]{64}$/);
    expect(processed.data?.['processErasureRequest'].erasureRequest.status).toBe('IN_PROGRESS');
    const again = await call(admin.token, PROCESS, { input: { requestId } });
    expect(again.data?.['processErasureRequest'].userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);

    await waitForStatus(requestId, 'COMPLETED');
    const [user] = await rows<{ name: string; email: string; password_hash: string | null; erased_at: Date | null; pseudonym_id: string }>('select * from identity."user" where id = $1', [learner.userId]);
    expect(user).toMatchObject({ name: `Erased User ${pseudonymId.slice(0, 8)}`, email: `erased-${pseudonymId.slice(0, 16)}@erased.invalid`, password_hash: null, pseudonym_id: pseudonymId });
    expect(user!.erased_at).not.toBeNull();
    expect(await rows('select 1 from identity.session where user_id = $1', [learner.userId])).toEqual([]);
    expect(await rows(`select 1 from identity.outbox where type = 'identity.session.revoked' and payload->>'userId' = $1`, [learner.userId])).not.toEqual([]);
    expect(await rows(`select 1 from compliance.outbox where type = 'compliance.erasure.completed' and aggregate_id = $1`, [requestId])).toHaveLength(1);
    const listed = await call(admin.token, LIST, { status: 'COMPLETED' });
    expect(listed.data?.['erasureRequests'].nodes).toEqual([expect.objectContaining({ id: requestId, pseudonymId, ownerlessOrganizationIds: [], user: { id: learner.userId } })]);
    const audited = () => rows<{ action: string; category: string }>(`select action, category from compliance.audit_entry where target_id = $1 order by occurred_at`, [requestId]);
    await waitUntil(async () => (await audited()).length === 4, 10_000, 'four audit entries of the request');
    expect((await audited()).map((a) => a.action)).toEqual(['ERASURE_REQUESTED', 'ERASURE_SLA_WARNING', 'ERASURE_PROCESSED', 'ERASURE_COMPLETED']);
    expect(new Set((await audited()).map((a) => a.category))).toEqual(new Set(['CONSENT']));
  });

  it('leaves the person no way in', async () => {
    const signIn = await call(null, 'mutation ($input: SignInInput!) { signIn(input: $input) { sessionToken userErrors { code } } }', { input: { email: learnerEmail, password: 'correct horse battery', deliverToken: true } });
    expect(signIn.data?.['signIn']).toMatchObject({ sessionToken: null, userErrors: [{ code: 'INVALID_CREDENTIALS' }] });
    await waitUntil(async () => codeOf(await call(learner.token, '{ viewer { id name } }')) === 'UNAUTHENTICATED', 10_000, 'the old session to stop working');
    const erasedEmail = (await rows<{ email: string }>('select email from identity."user" where id = $1', [learner.userId]))[0]!.email;
    const asErased = await call(null, 'mutation ($input: SignInInput!) { signIn(input: $input) { sessionToken userErrors { code } } }', { input: { email: erasedEmail, password: 'correct horse battery', deliverToken: true } });
    expect(asErased.data?.['signIn'].userErrors).toEqual([{ code: 'INVALID_CREDENTIALS' }]);
    const taken = await call(null, 'mutation ($input: SignUpInput!) { signUp(input: $input) { sessionToken userErrors { code field } } }', { input: { email: erasedEmail, password: 'correct horse battery', name: 'Impostor', deliverToken: true } });
    expect(taken.data?.['signUp'].userErrors).toEqual([{ code: 'BAD_USER_INPUT', field: ['input', 'email'] }]);
  });

  it('shows the org an erased member, without name or email, and releases the seat', async () => {
    const members = await call(owner.token, `query ($id: ID!) { organization(id: $id) { seatsUsed members { totalCount nodes { id status role email user { id name } } } } }`, { id: org.id });
    expect(members.errors).toBeUndefined();
    const node = members.data?.['organization'].members.nodes.find((n: { id: string }) => n.id === learnerMembershipId);
    expect(node).toMatchObject({ status: 'ERASED', role: 'LEARNER', email: expect.stringMatching(/^erased-[0-9a-f]{16}@erased\.invalid$/), user: { id: learner.userId, name: expect.stringMatching(/^Erased User [0-9a-f]{8}$/) } });
    expect(members.data?.['organization'].seatsUsed).toBe(seatsBefore - 1);
    const one = await call(owner.token, `query ($id: ID!) { membership(id: $id) { status email user { name } } }`, { id: learnerMembershipId });
    expect(one.data?.['membership']).toMatchObject({ status: 'ERASED', user: { name: expect.stringMatching(/^Erased User /) } });
    const searched = await call(owner.token, `query ($id: ID!, $s: String) { organization(id: $id) { members(search: $s) { totalCount } } }`, { id: org.id, s: learnerEmail });
    expect(searched.data?.['organization'].members.totalCount).toBe(0);
    const invitations = await call(otherOwner.token, `query ($id: ID!) { organization(id: $id) { invitations { nodes { status email } } } }`, { id: otherOrg.id });
    expect(invitations.data?.['organization'].invitations.nodes).toEqual([{ status: 'REVOKED', email: expect.stringMatching(/@erased\.invalid$/) }]);
    const audit = await call(owner.token, `query ($id: ID!) { organization(id: $id) { auditLog(first: 100) { nodes { action actorKind targetType targetId } } } }`, { id: org.id });
    expect(audit.errors).toBeUndefined();
    expect(audit.data?.['organization'].auditLog.nodes.map((n: { action: string }) => n.action)).toContain('MEMBER_REMOVED');
    for (const answer of [members, one, invitations, audit]) {
      expect(JSON.stringify(answer.data)).not.toContain(learnerEmail);
      expect(JSON.stringify(answer.data)).not.toContain(learnerName);
    }
    expect(await rows<{ status: string }>('select status from organization.membership where id = $1', [learnerMembershipId])).toEqual([{ status: 'ERASED' }]);
    const removed = await rows<{ payload: { source: string; userId: string } }>(`select payload from organization.outbox where type = 'organization.member.removed' and aggregate_id = $1`, [learnerMembershipId]);
    expect(removed.map((r) => r.payload)).toEqual([expect.objectContaining({ source: 'dpdp_erasure', userId: learner.userId, role: 'LEARNER' })]);
  });

  it('answers SCIM with 410 Gone for the person', async () => {
    const gone = await scim(`/Users/${learnerMembershipId}`);
    expect(gone.status).toBe(410);
    const listed = await scim(`/Users?filter=${encodeURIComponent(`userName eq "${learnerEmail}"`)}`);
    expect(listed).toMatchObject({ status: 200, body: { totalResults: 0 } });
    expect(JSON.stringify(gone.body ?? '')).not.toContain(learnerEmail);
  });

  it('keeps the money: the payment stays under the same user id, billing marks the member ERASED, the ledger balances', async () => {
    await waitUntil(async () => (await rows<{ status: string }>('select status from billing.member where organization_id = $1 and user_id = $2', [org.id, learner.userId]))[0]?.status === 'ERASED', 10_000, 'billing to see the erasure');
    expect(await rows('select payer_user_id, status from billing.payment where id = $1', [paymentId])).toEqual([{ payer_user_id: learner.userId, status: 'SUCCEEDED' }]);
    expect(await findLedgerFindings(billingOrm.em.fork() as never)).toEqual([]);
    const balance = await call(owner.token, 'query ($id: ID!) { billingAccount(organizationId: $id) { creditBalance { amountMinor } } }', { id: org.id });
    expect(balance.data?.['billingAccount'].creditBalance.amountMinor).toBe(50_000);
  });

  it('keeps the name and email nowhere: no row of any table of any schema, no log line', async () => {
    // the relay and every consumer have settled (the completion above came last); let stragglers land
    await new Promise((r) => setTimeout(r, 500));
    expect(await placesHolding(learnerEmail)).toEqual([]);
    expect(await placesHolding(learnerName)).toEqual([]);
    expect(logLines.length).toBeGreaterThan(0);
    expect(logLines.filter((l) => l.toLowerCase().includes(learnerEmail.toLowerCase()) || l.includes(learnerName))).toEqual([]);
  });

  it('lets a new person sign up with the old address: a new account, nothing of the old one', async () => {
    const fresh = await signUp(system.gatewayUrl, { email: learnerEmail, name: 'Someone New' });
    expect(fresh.userId).not.toBe(learner.userId);
    const viewer = await call(fresh.token, '{ viewer { id name organizations { id } } }');
    expect(viewer.data?.['viewer']).toEqual({ id: fresh.userId, name: 'Someone New', organizations: [] });
  });

  it('erases an org’s only OWNER: the org keeps running and a platform admin appoints a new OWNER', async () => {
    const solo = await knownUser(system, db, `Solo Owner ${tag}`);
    const soloOrg = await verifiedOrganization(system, db, solo.token, `Solo Org ${tag}`);
    const maintainer = await knownUser(system, db, `Solo Maintainer ${tag}`);
    const maintainerMembershipId = await addMember(solo.token, soloOrg.id, maintainer.email, 'MAINTAINER');
    const appoint = `mutation ($input: AppointOrganizationOwnerInput!) { appointOrganizationOwner(input: $input) { membership { id role status } userErrors { code field } } }`;
    // while the org has an OWNER, its OWNERs manage roles
    const early = await call(admin.token, appoint, { input: { organizationId: soloOrg.id, membershipId: maintainerMembershipId } });
    expect(early.data?.['appointOrganizationOwner'].userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: ['input', 'organizationId'] })]);

    const filed = await requestErasure(solo.token);
    const processed = await call(admin.token, PROCESS, { input: { requestId: filed.erasureRequest.id } });
    expect(processed.data?.['processErasureRequest'].userErrors).toEqual([]);
    await waitForStatus(filed.erasureRequest.id, 'COMPLETED');
    const listed = await call(admin.token, LIST, { status: 'COMPLETED' });
    expect(listed.data?.['erasureRequests'].nodes.find((n: { id: string }) => n.id === filed.erasureRequest.id).ownerlessOrganizationIds).toEqual([soloOrg.id]);

    // the org is not suspended: its members keep working
    expect((await rows<{ status: string }>('select status from organization.organization where id = $1', [soloOrg.id]))[0]!.status).toBe('ACTIVE');
    const read = await call(maintainer.token, 'query ($id: ID!) { organization(id: $id) { name members { nodes { role status } } } }', { id: soloOrg.id });
    expect(read.data?.['organization'].members.nodes).toEqual(expect.arrayContaining([{ role: 'OWNER', status: 'ERASED' }, { role: 'MAINTAINER', status: 'ACTIVE' }]));

    expect(codeOf(await call(maintainer.token, appoint, { input: { organizationId: soloOrg.id, membershipId: maintainerMembershipId } }))).toBe('FORBIDDEN');
    const appointed = await call(admin.token, appoint, { input: { organizationId: soloOrg.id, membershipId: maintainerMembershipId } });
    expect(appointed.data?.['appointOrganizationOwner']).toEqual({ membership: { id: maintainerMembershipId, role: 'OWNER', status: 'ACTIVE' }, userErrors: [] });
    const twice = await call(admin.token, appoint, { input: { organizationId: soloOrg.id, membershipId: maintainerMembershipId } });
    expect(twice.data?.['appointOrganizationOwner'].userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
  });
});

async function scim(path: string): Promise<{ status: number; body: any }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const base = system.gatewayUrl.replace(/\/graphql$/, '/scim/v2');
  const response = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${scimToken}` } });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}
