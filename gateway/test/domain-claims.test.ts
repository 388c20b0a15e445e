import { randomBytes } from 'node:crypto';
import { domainToASCII } from 'node:url';
import pg from 'pg';
import { createLogger, createOrm, generateDataKey, subgraphServices } from '@guildhall/kernel';
import { identity, reverifyDomains } from '@guildhall/identity';
import { createOrganization, gql, knownUser, startDnsServer, startSystem, type DnsServer, type RunningSystem, waitUntil } from '@guildhall/testkit';

/**
 * Domain claims end to end: through the gateway, with a real DNS server on loopback that identity
 * asks (DNS_SERVERS), and SQL to look behind.
 */
let dns: DnsServer;
let system: RunningSystem;
let db: pg.Client;
beforeAll(async () => {
  dns = await startDnsServer();
  system = await startSystem({ servicesEnv: { DNS_SERVERS: dns.address } });
  db = new pg.Client({ connectionString: system.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await system?.stop();
  await dns?.stop();
});

type Errors = { code: string; field: string[] | null; message: string }[];
type Claim = { id: string; domain: string; status: string; txtRecordName: string; txtRecordValue: string; lastError: string | null; createdAt: string; verifiedAt: string | null; lastCheckedAt: string | null };
type Payload = { domainClaim: Claim | null; userErrors: Errors };
const CLAIM = 'id domain status txtRecordName txtRecordValue lastError createdAt verifiedAt lastCheckedAt';
const codes = (errors: { extensions?: { code?: string } }[] | undefined) => (errors ?? []).map((e) => e.extensions?.code);

async function mutate(token: string, name: 'claimDomain' | 'verifyDomain' | 'removeDomainClaim', input: Record<string, unknown>) {
  const type = name === 'claimDomain' ? 'ClaimDomainInput' : 'DomainClaimInput';
  const response = await gql(system.gatewayUrl, `mutation ($input: ${type}!) { result: ${name}(input: $input) { domainClaim { ${CLAIM} } userErrors { code field message } } }`, { input }, { token });
  return { result: (response.data?.['result'] as Payload | undefined) ?? null, errors: response.errors };
}
const claim = (token: string, organizationId: string, domain: string) => mutate(token, 'claimDomain', { organizationId, domain });
const verify = (token: string, organizationId: string, claimId: string) => mutate(token, 'verifyDomain', { organizationId, claimId });
const remove = (token: string, organizationId: string, claimId: string) => mutate(token, 'removeDomainClaim', { organizationId, claimId });
const claimsOf = (token: string, organizationId: string) =>
  gql(system.gatewayUrl, `query ($id: ID!) { organization(id: $id) { id domainClaims { ${CLAIM} } } }`, { id: organizationId }, { token });

const uniqueDomain = (label = 'acme') => `${label}-${randomBytes(4).toString('hex')}.example`;
const count = async (sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows[0].n as number;
const rowOf = async (claimId: string) => (await db.query('select * from identity.domain_claim where id = $1', [claimId])).rows[0];
const eventsOf = async (claimId: string) =>
  (await db.query(`select type, payload, actor from identity.outbox where aggregate_id = $1 order by seq`, [claimId])).rows as { type: string; payload: unknown; actor: { kind: string; id: string | null } }[];

const person = (label: string) => knownUser(system, db, label);
async function orgWithOwner(name: string) {
  const owner = await person(`${name} Owner`);
  const org = await createOrganization(system.gatewayUrl, owner.token, name);
  return { owner, org };
}
async function addMember(ownerToken: string, organizationId: string, role: string) {
  const member = await person(role);
  const added = await gql(system.gatewayUrl, 'mutation ($input: AddMemberInput!) { addMember(input: $input) { userErrors { code } } }', { input: { organizationId, email: member.email, role } }, { token: ownerToken });
  expect(added.data?.['addMember'].userErrors).toEqual([]);
  return member;
}

describe('claiming and verifying a domain', () => {
  it('claims as PENDING with the record to add, stays PENDING until DNS has it, then is VERIFIED', async () => {
    const { owner, org } = await orgWithOwner('Claim Org');
    const domain = uniqueDomain();
    const claimed = await claim(owner.token, org.id, `  ${domain.toUpperCase()}. `);
    expect(claimed.errors).toBeUndefined();
    expect(claimed.result?.userErrors).toEqual([]);
    const pending = claimed.result!.domainClaim!;
    expect(pending).toMatchObject({ domain, status: 'PENDING', txtRecordName: domain, verifiedAt: null, lastCheckedAt: null, lastError: null });
    expect(pending.txtRecordValue).toMatch(/^guildhall-verification=[A-Za-z0-9_-]{32}$/);
    const token = pending.txtRecordValue.slice('guildhall-verification='.length);
    expect((await rowOf(pending.id)).token).toBe(token);

    // the same org claiming again gets the same claim and token, and nothing new is written
    const again = await claim(owner.token, org.id, domain);
    expect(again.result?.domainClaim).toMatchObject({ id: pending.id, txtRecordValue: pending.txtRecordValue });
    expect(await count('select count(*)::int as n from identity.domain_claim where organization_id = $1', [org.id])).toBe(1);

    // before the record exists: still PENDING, and the error says exactly what to add
    dns.setTxt(domain, ['v=spf1 -all']);
    const early = await verify(owner.token, org.id, pending.id);
    expect(early.result?.domainClaim).toBeNull();
    expect(early.result?.userErrors).toEqual([{ code: 'BAD_USER_INPUT', field: ['input', 'claimId'], message: expect.stringContaining(`TXT record with the name ${domain}`) }]);
    expect(early.result?.userErrors[0]?.message).toContain(pending.txtRecordValue);
    const checked = await rowOf(pending.id);
    expect(checked.status).toBe('PENDING');
    expect(checked.last_checked_at).not.toBeNull();
    expect(checked.last_error).toContain('No TXT record');
    expect(dns.queries).toEqual(expect.arrayContaining([`TXT ${domain}`, `TXT _guildhall.${domain}`]));

    // the record appears (beside others): VERIFIED
    dns.setTxt(domain, ['v=spf1 -all', pending.txtRecordValue]);
    const verified = await verify(owner.token, org.id, pending.id);
    expect(verified.result?.userErrors).toEqual([]);
    expect(verified.result?.domainClaim).toMatchObject({ id: pending.id, status: 'VERIFIED', lastError: null });
    expect(verified.result?.domainClaim?.verifiedAt).toBeTruthy();
    // verifying a verified claim changes nothing
    expect((await verify(owner.token, org.id, pending.id)).result?.domainClaim).toMatchObject({ status: 'VERIFIED', verifiedAt: verified.result?.domainClaim?.verifiedAt });

    const listed = await claimsOf(owner.token, org.id);
    expect(listed.errors).toBeUndefined();
    expect(listed.data?.['organization'].domainClaims).toEqual([expect.objectContaining({ id: pending.id, domain, status: 'VERIFIED', txtRecordValue: pending.txtRecordValue })]);

    // events with ids and the domain, each audited as a SETTINGS entry about the DOMAIN
    const payload = { organizationId: org.id, claimId: pending.id, domain };
    expect(await eventsOf(pending.id)).toEqual([
      { type: 'identity.domain.claimed', payload, actor: { kind: 'user', id: owner.userId } },
      { type: 'identity.domain.verified', payload, actor: { kind: 'user', id: owner.userId } },
    ]);
    await waitUntil(async () => (await count(`select count(*)::int as n from compliance.audit_entry where target_id = $1`, [pending.id])) === 2, 10_000, 'the audit entries');
    const audit = (await db.query(`select category, action, target_type from compliance.audit_entry where target_id = $1 order by occurred_at`, [pending.id])).rows;
    expect(audit).toEqual([
      { category: 'SETTINGS', action: 'DOMAIN_CLAIMED', target_type: 'DOMAIN' },
      { category: 'SETTINGS', action: 'DOMAIN_VERIFIED', target_type: 'DOMAIN' },
    ]);
  });

  it('accepts the record at _guildhall.<domain>, split into several strings', async () => {
    const { owner, org } = await orgWithOwner('Alternate Name Org');
    const domain = uniqueDomain('alt');
    const pending = (await claim(owner.token, org.id, domain)).result!.domainClaim!;
    const value = pending.txtRecordValue;
    dns.setTxt(`_guildhall.${domain}`, [[value.slice(0, 12), value.slice(12)]]);
    expect((await verify(owner.token, org.id, pending.id)).result?.domainClaim?.status).toBe('VERIFIED');
  });

  it('refuses another claim token, and says so when DNS cannot be asked', async () => {
    const { owner, org } = await orgWithOwner('Wrong Token Org');
    const domain = uniqueDomain('wrong');
    const pending = (await claim(owner.token, org.id, domain)).result!.domainClaim!;
    dns.setTxt(domain, ['guildhall-verification=not-this-claims-token']);
    expect((await verify(owner.token, org.id, pending.id)).result?.userErrors.map((e) => e.code)).toEqual(['BAD_USER_INPUT']);
    dns.setServfail(domain);
    const failed = await verify(owner.token, org.id, pending.id);
    expect(failed.result?.userErrors).toEqual([{ code: 'BAD_USER_INPUT', field: ['input', 'claimId'], message: expect.stringMatching(/DNS lookup .* failed \(ESERVFAIL\)/) }]);
    expect((await rowOf(pending.id)).status).toBe('PENDING');
    dns.clear(domain);
  });

  it('stores an internationalized domain as punycode and verifies it there', async () => {
    const { owner, org } = await orgWithOwner('IDN Org');
    const suffix = randomBytes(3).toString('hex');
    const unicode = `bücher-${suffix}.example`;
    const ascii = domainToASCII(unicode);
    expect(ascii).toMatch(/^xn--/);
    const pending = (await claim(owner.token, org.id, unicode)).result!.domainClaim!;
    expect(pending).toMatchObject({ domain: ascii, txtRecordName: ascii });
    expect((await rowOf(pending.id)).domain).toBe(ascii);
    // the punycode and unicode spellings are one claim
    expect((await claim(owner.token, org.id, ascii.toUpperCase())).result?.domainClaim?.id).toBe(pending.id);
    dns.setTxt(ascii, [pending.txtRecordValue]);
    expect((await verify(owner.token, org.id, pending.id)).result?.domainClaim?.status).toBe('VERIFIED');
  });
});

describe('one organization per verified domain', () => {
  it('lets another org claim a domain but not verify it while it is verified elsewhere; freed when removed', async () => {
    const a = await orgWithOwner('First Org');
    const b = await orgWithOwner('Second Org');
    const c = await orgWithOwner('Third Org');
    const domain = uniqueDomain('shared');
    const claimA = (await claim(a.owner.token, a.org.id, domain)).result!.domainClaim!;
    const claimB = (await claim(b.owner.token, b.org.id, domain)).result!.domainClaim!;
    expect(claimB.status).toBe('PENDING');
    expect(claimB.txtRecordValue).not.toBe(claimA.txtRecordValue);
    dns.setTxt(domain, [claimA.txtRecordValue, claimB.txtRecordValue]);

    expect((await verify(a.owner.token, a.org.id, claimA.id)).result?.domainClaim?.status).toBe('VERIFIED');
    const refused = await verify(b.owner.token, b.org.id, claimB.id);
    expect(refused.result?.userErrors).toEqual([{ code: 'CONFLICT', field: ['input', 'claimId'], message: expect.stringContaining('another organization') }]);
    expect((await rowOf(claimB.id)).status).toBe('PENDING');

    // a new claim of a domain verified elsewhere is refused outright, writing nothing
    const outboxBefore = await count('select count(*)::int as n from identity.outbox');
    const late = await claim(c.owner.token, c.org.id, domain);
    expect(late.result?.userErrors).toEqual([{ code: 'CONFLICT', field: ['input', 'domain'], message: expect.any(String) }]);
    expect(await count('select count(*)::int as n from identity.domain_claim where organization_id = $1', [c.org.id])).toBe(0);
    expect(await count('select count(*)::int as n from identity.outbox')).toBe(outboxBefore);

    // the first org lets go: the second may verify now
    const removed = await remove(a.owner.token, a.org.id, claimA.id);
    expect(removed.result).toMatchObject({ domainClaim: { id: claimA.id, status: 'VERIFIED' }, userErrors: [] });
    expect(await rowOf(claimA.id)).toBeUndefined();
    expect((await eventsOf(claimA.id)).map((e) => e.type)).toEqual(['identity.domain.claimed', 'identity.domain.verified', 'identity.domain.removed']);
    expect((await verify(b.owner.token, b.org.id, claimB.id)).result?.domainClaim?.status).toBe('VERIFIED');
  });

  it('lets exactly one of two orgs verifying at once win', async () => {
    const a = await orgWithOwner('Race A Org');
    const b = await orgWithOwner('Race B Org');
    const domain = uniqueDomain('race');
    const claimA = (await claim(a.owner.token, a.org.id, domain)).result!.domainClaim!;
    const claimB = (await claim(b.owner.token, b.org.id, domain)).result!.domainClaim!;
    dns.setTxt(domain, [claimA.txtRecordValue, claimB.txtRecordValue]);
    const outcomes = await Promise.all([verify(a.owner.token, a.org.id, claimA.id), verify(b.owner.token, b.org.id, claimB.id)]);
    expect(outcomes.map((o) => o.result?.domainClaim?.status ?? o.result?.userErrors[0]?.code).sort()).toEqual(['CONFLICT', 'VERIFIED']);
    expect(await count(`select count(*)::int as n from identity.domain_claim where domain = $1 and status = 'VERIFIED'`, [domain])).toBe(1);
    // the database itself holds the line: a second VERIFIED row for the domain is a unique violation
    await expect(db.query(`update identity.domain_claim set status = 'VERIFIED' where domain = $1 and status = 'PENDING'`, [domain])).rejects.toMatchObject({ code: '23505' });
  });
});

describe('bad input', () => {
  let shared: Awaited<ReturnType<typeof orgWithOwner>> | undefined;
  it.each([
    ['a consumer mail domain', 'gmail.com', /public email provider/],
    ['a name under a consumer mail domain', 'sub.gmail.com', /public email provider/],
    ['another consumer provider, in capitals', 'Yahoo.co.in', /public email provider/],
    ['a URL', 'https://example.com/', /without http/],
    ['an email address', 'ada@example.com', /domain name/],
    ['a single label', 'intranet', /full domain name/],
    ['a label with an underscore', 'bad_label.example', /letters, digits or hyphens/],
    ['a label starting with a hyphen', '-bad.example', /hyphen/],
    ['an IP address', '10.0.0.1', /IP address/],
    ['nothing', '   ', /Enter a domain/],
  ])('refuses %s with BAD_USER_INPUT on input.domain and writes nothing', async (_label, domain, message) => {
    const { owner, org } = (shared ??= await orgWithOwner('Bad Input Org'));
    const tables = ['identity.domain_claim', 'identity.outbox'];
    const before = await Promise.all(tables.map((t) => count(`select count(*)::int as n from ${t}`)));
    const refused = await claim(owner.token, org.id, domain);
    expect(refused.errors).toBeUndefined();
    expect(refused.result).toEqual({ domainClaim: null, userErrors: [{ code: 'BAD_USER_INPUT', field: ['input', 'domain'], message: expect.stringMatching(message) }] });
    expect(await Promise.all(tables.map((t) => count(`select count(*)::int as n from ${t}`)))).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown claim, a malformed id, and another org\'s claim', async () => {
    const a = await orgWithOwner('Lookup A Org');
    const b = await orgWithOwner('Lookup B Org');
    const claimB = (await claim(b.owner.token, b.org.id, uniqueDomain('theirs'))).result!.domainClaim!;
    for (const claimId of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid', claimB.id]) {
      expect(codes((await verify(a.owner.token, a.org.id, claimId)).errors)).toEqual(['NOT_FOUND']);
      expect(codes((await remove(a.owner.token, a.org.id, claimId)).errors)).toEqual(['NOT_FOUND']);
    }
    expect(await rowOf(claimB.id)).toBeDefined();
  });
});

describe('who may do what', () => {
  it('OWNER manages; MAINTAINER reads (with the TXT value) but may not claim, verify or remove; others are refused', async () => {
    const { owner, org } = await orgWithOwner('Roles Org');
    const maintainer = await addMember(owner.token, org.id, 'MAINTAINER');
    const manager = await addMember(owner.token, org.id, 'MANAGER');
    const billingAdmin = await addMember(owner.token, org.id, 'BILLING_ADMIN');
    const outsider = await orgWithOwner('Outsider Org');
    const domain = uniqueDomain('roles');
    const pending = (await claim(owner.token, org.id, domain)).result!.domainClaim!;

    const read = await claimsOf(maintainer.token, org.id);
    expect(read.errors).toBeUndefined();
    expect(read.data?.['organization'].domainClaims).toEqual([expect.objectContaining({ id: pending.id, txtRecordValue: pending.txtRecordValue })]);
    for (const act of [() => claim(maintainer.token, org.id, uniqueDomain()), () => verify(maintainer.token, org.id, pending.id), () => remove(maintainer.token, org.id, pending.id)]) {
      expect(codes((await act()).errors)).toEqual(['FORBIDDEN']);
    }
    for (const member of [manager, billingAdmin]) {
      expect(codes((await claimsOf(member.token, org.id)).errors)).toEqual(['FORBIDDEN']);
      expect(codes((await claim(member.token, org.id, uniqueDomain())).errors)).toEqual(['FORBIDDEN']);
    }
    // a member of another org learns nothing about this one
    expect(codes((await claimsOf(outsider.owner.token, org.id)).errors)).toEqual(['NOT_FOUND']);
    for (const act of [() => claim(outsider.owner.token, org.id, uniqueDomain()), () => verify(outsider.owner.token, org.id, pending.id), () => remove(outsider.owner.token, org.id, pending.id)]) {
      expect(codes((await act()).errors)).toEqual(['NOT_FOUND']);
    }
    expect(codes((await claim('', org.id, uniqueDomain())).errors)).toEqual(['UNAUTHENTICATED']);
    expect(await count('select count(*)::int as n from identity.domain_claim where organization_id = $1', [org.id])).toBe(1);
    expect(await rowOf(pending.id)).toMatchObject({ status: 'PENDING' });
  });
});

describe('the re-verification job', () => {
  it('lapses a verified claim whose record is gone, with an event; keeps the rest; verifying again restores it', async () => {
    const { owner, org } = await orgWithOwner('Reverify Org');
    const [gone, kept, unreachable] = [uniqueDomain('gone'), uniqueDomain('kept'), uniqueDomain('unreachable')];
    const claims: Record<string, Claim> = {};
    for (const domain of [gone, kept, unreachable]) {
      const pending = (await claim(owner.token, org.id, domain)).result!.domainClaim!;
      dns.setTxt(domain, [pending.txtRecordValue]);
      claims[domain] = (await verify(owner.token, org.id, pending.id)).result!.domainClaim!;
      expect(claims[domain]!.status).toBe('VERIFIED');
    }
    dns.clear(gone);
    dns.setServfail(unreachable);
    // checked long ago, so each is due whatever else the database holds
    await db.query(`update identity.domain_claim set last_checked_at = now() - interval '2 days' where organization_id = $1`, [org.id]);

    const orm = await createOrm({ schema: 'identity', databaseUrl: system.databaseUrl, entities: identity.entities, migrations: identity.migrations, poolMax: 2 });
    const services = subgraphServices(
      { SMTP_URL: system.mail.url, MAIL_FROM: 'test@example.test', MAIL_OUTBOX_DIR: undefined, WEB_URL: 'http://dashboard.test', FEATURE_HOST_ORGS: false, DATA_ENCRYPTION_KEY: generateDataKey(), DNS_SERVERS: dns.address },
      createLogger('t', 'silent'),
    );
    try {
      await reverifyDomains.run(orm.em.fork(), services);
    } finally {
      await services.mailer.close();
      await orm.close();
    }

    const lapsed = await rowOf(claims[gone]!.id);
    expect(lapsed.status).toBe('LAPSED');
    expect(lapsed.last_error).toContain('No TXT record');
    expect(Date.now() - new Date(lapsed.last_checked_at).getTime()).toBeLessThan(60_000);
    const lapsedEvents = (await eventsOf(claims[gone]!.id)).filter((e) => e.type === 'identity.domain.lapsed');
    expect(lapsedEvents).toEqual([{ type: 'identity.domain.lapsed', payload: { organizationId: org.id, claimId: claims[gone]!.id, domain: gone }, actor: { kind: 'service', id: 'identity' } }]);

    const stillVerified = await rowOf(claims[kept]!.id);
    expect(stillVerified).toMatchObject({ status: 'VERIFIED', last_error: null });
    expect(Date.now() - new Date(stillVerified.last_checked_at).getTime()).toBeLessThan(60_000);
    // DNS that cannot answer proves nothing: the claim stays verified, the failure is noted
    expect(await rowOf(claims[unreachable]!.id)).toMatchObject({ status: 'VERIFIED', last_error: expect.stringContaining('ESERVFAIL') });
    expect((await eventsOf(claims[kept]!.id)).map((e) => e.type)).not.toContain('identity.domain.lapsed');

    await waitUntil(async () => (await count(`select count(*)::int as n from compliance.audit_entry where target_id = $1 and action = 'DOMAIN_VERIFICATION_LAPSED'`, [claims[gone]!.id])) === 1, 10_000, 'the lapse audit entry');
    const listed = (await claimsOf(owner.token, org.id)).data?.['organization'].domainClaims as Claim[];
    expect(listed.find((c) => c.id === claims[gone]!.id)).toMatchObject({ status: 'LAPSED', lastError: expect.stringContaining('No TXT record') });

    // the record comes back: verifying again restores the claim
    dns.setTxt(gone, [claims[gone]!.txtRecordValue]);
    expect((await verify(owner.token, org.id, claims[gone]!.id)).result?.domainClaim).toMatchObject({ status: 'VERIFIED', lastError: null });
    dns.clear(unreachable);
  });
});
