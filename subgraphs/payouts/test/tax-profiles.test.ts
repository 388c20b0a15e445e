import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createLogger, subgraphServices, type SubgraphServices } from '@guildhall/kernel';
import { waitUntil } from '@guildhall/testkit';
import { runMsmeAlerts } from '../src/jobs/msme-alerts.js';
import { taxProfileOf } from '../src/tax/tax-profile-store.js';
import { bookedPayment, call, entry, expert, orgWithRoles, rows, usePayoutSystem, type PayeeRef, type Person, type PayoutWorld, type Role } from './payout-fixtures.js';

/**
 * Payee tax profiles through the real gateway (validation, who may set and read them, the event),
 * what the payout batch reads of them, and the MSME deadline alerts they drive.
 */
const OPS = 'payout-ops@guildhall.test';
let world: PayoutWorld;
usePayoutSystem((w) => (world = w), { servicesEnv: { PAYOUTS_OPS_EMAIL: OPS } });

const PROFILE_FIELDS = 'payee { kind id } tdsSection panOnFile treatyRateBps residencyCountry purposeCode msmeStatus msmeWrittenAgreement tdsRateBps isDefault updatedAt';
const SET = `mutation ($input: SetPayeeTaxProfileInput!) { setPayeeTaxProfile(input: $input) { taxProfile { ${PROFILE_FIELDS} } userErrors { code field message } } }`;
const READ = `query ($payee: PayeeInput!) { payeeTaxProfile(payee: $payee) { ${PROFILE_FIELDS} } }`;

const resident = { tdsSection: 'SECTION_194J', panOnFile: true, residencyCountry: 'IN', msmeStatus: 'NONE', msmeWrittenAgreement: false };
const abroad = { tdsSection: 'SECTION_195', panOnFile: true, treatyRateBps: 1_000, residencyCountry: 'SG', purposeCode: 'S0802', msmeStatus: 'NONE', msmeWrittenAgreement: false };
const set = (token: string | null, payee: PayeeRef, values: Record<string, unknown>) => call(world, token, SET, { input: { payee, ...values } });
const read = (token: string | null, payee: PayeeRef) => call(world, token, READ, { payee });
const codeOf = (r: { errors?: { extensions?: { code?: string } }[] | undefined }) => r.errors?.[0]?.extensions?.code;

const stored = async (payee: PayeeRef) => (await rows(world, 'select count(*)::int as n from payouts.payee_profile where payee_kind = $1 and payee_id = $2', [payee.kind, payee.id]))[0]!['n'] as number;
const events = (payee: PayeeRef) =>
  rows<{ organization_id: string | null; payload: Record<string, unknown>; actor: { kind: string; id: string } }>(world, `select organization_id, payload, actor from payouts.outbox where type = 'payouts.tax-profile.changed' and aggregate_id = $1 order by seq`, [payee.id]);

let org: { id: string };
let members: Record<Role, Person>;
let otherOwner: Person;
let expertX: Person;
let expertY: Person;
let orgPayee: PayeeRef;
let xPayee: PayeeRef;

beforeAll(async () => {
  ({ org, members } = await orgWithRoles(world, 'Tax Host', ['MAINTAINER', 'BILLING_ADMIN', 'MANAGER', 'LEARNER']));
  otherOwner = (await orgWithRoles(world, 'Other Tax Host')).members.OWNER;
  expertX = await expert(world, 'Tax Expert X');
  expertY = await expert(world, 'Tax Expert Y');
  orgPayee = { kind: 'ORGANIZATION', id: org.id };
  xPayee = { kind: 'USER', id: expertX.userId };
}, 120_000);

describe('reading a tax profile', () => {
  it('gives the defaults until one is set: 194O without a PAN (5%), resident in India, not an MSME', async () => {
    const r = await read(members.MAINTAINER.token, orgPayee);
    expect(r.errors).toBeUndefined();
    expect(r.data!['payeeTaxProfile']).toEqual({
      payee: orgPayee,
      tdsSection: 'SECTION_194O',
      panOnFile: false,
      treatyRateBps: null,
      residencyCountry: 'IN',
      purposeCode: null,
      msmeStatus: 'NONE',
      msmeWrittenAgreement: false,
      tdsRateBps: 500,
      isDefault: true,
      updatedAt: null,
    });
    const em = world.orm.em.fork() as unknown as EntityManager;
    expect(await taxProfileOf(em, orgPayee)).toEqual({ section: '194O', panOnFile: false, treatyRateBps: null, purposeCode: null, msmeStatus: 'NONE', msmeWrittenAgreement: false, residencyCountry: 'IN' });
  });

  it('is read like a statement: payouts.read roles, the expert themselves, platform admins', async () => {
    for (const token of [members.OWNER.token, members.BILLING_ADMIN.token, world.admin.token]) expect((await read(token, orgPayee)).errors).toBeUndefined();
    for (const token of [members.MANAGER.token, members.LEARNER.token, otherOwner.token, expertX.token]) expect(codeOf(await read(token, orgPayee))).toBe('FORBIDDEN');
    expect((await read(expertX.token, xPayee)).errors).toBeUndefined();
    for (const token of [expertY.token, members.OWNER.token]) {
      const r = await read(token, xPayee);
      expect(codeOf(r)).toBe('FORBIDDEN');
      expect(r.data?.['payeeTaxProfile'] ?? null).toBeNull();
    }
    expect(codeOf(await read(null, xPayee))).toBe('UNAUTHENTICATED');
  });
});

describe('setting a tax profile', () => {
  it.each([
    ['195 for a resident', { ...resident, tdsSection: 'SECTION_195' }, ['input', 'tdsSection']],
    ['194J for a non-resident', { ...abroad, tdsSection: 'SECTION_194J', treatyRateBps: null }, ['input', 'tdsSection']],
    ['a treaty rate outside 195', { ...resident, treatyRateBps: 500 }, ['input', 'treatyRateBps']],
    ['a treaty rate above the statutory 20%', { ...abroad, treatyRateBps: 2_500 }, ['input', 'treatyRateBps']],
    ['a negative treaty rate', { ...abroad, treatyRateBps: -1 }, ['input', 'treatyRateBps']],
    ['no purpose code abroad', { ...abroad, purposeCode: null }, ['input', 'purposeCode']],
    ['a blank purpose code abroad', { ...abroad, purposeCode: '  ' }, ['input', 'purposeCode']],
    ['a malformed purpose code', { ...abroad, purposeCode: 'X08' }, ['input', 'purposeCode']],
    ['a purpose code at home', { ...resident, purposeCode: 'S0802' }, ['input', 'purposeCode']],
    ['a country that is not ISO 3166', { ...abroad, residencyCountry: 'ZZ' }, ['input', 'residencyCountry']],
    ['a country name', { ...resident, residencyCountry: 'India' }, ['input', 'residencyCountry']],
    ['MSME status abroad', { ...abroad, msmeStatus: 'MICRO' }, ['input', 'msmeStatus']],
    ['a written agreement without MICRO or SMALL', { ...resident, msmeStatus: 'MEDIUM', msmeWrittenAgreement: true }, ['input', 'msmeWrittenAgreement']],
  ])('refuses %s, writing nothing', async (_what, values, field) => {
    const r = await set(members.OWNER.token, orgPayee, values);
    expect(r.errors).toBeUndefined();
    expect(r.data!['setPayeeTaxProfile'].taxProfile).toBeNull();
    expect(r.data!['setPayeeTaxProfile'].userErrors).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'BAD_USER_INPUT', field })]));
    expect(await stored(orgPayee)).toBe(0);
    expect(await events(orgPayee)).toHaveLength(0);
  });

  it('reports every problem at once', async () => {
    const r = await set(members.OWNER.token, orgPayee, { ...resident, tdsSection: 'SECTION_195', treatyRateBps: 99_999, purposeCode: 'nope', msmeStatus: 'NONE', msmeWrittenAgreement: true });
    expect(r.data!['setPayeeTaxProfile'].userErrors.map((e: { field: string[] }) => e.field[1]).sort()).toEqual(['msmeWrittenAgreement', 'purposeCode', 'purposeCode', 'tdsSection', 'treatyRateBps']);
  });

  it.each(['MAINTAINER', 'MANAGER', 'LEARNER'] as const)('refuses %s of the org (payouts.manage is OWNER and BILLING_ADMIN)', async (role) => {
    const r = await set(members[role].token, orgPayee, resident);
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(r.errors![0]!.message).toContain('OWNER or BILLING_ADMIN');
    expect(await stored(orgPayee)).toBe(0);
  });

  it('refuses outsiders: another org’s owner, an expert, another expert on a person, and strangers', async () => {
    expect(codeOf(await set(otherOwner.token, orgPayee, resident))).toBe('FORBIDDEN');
    expect(codeOf(await set(expertX.token, orgPayee, resident))).toBe('FORBIDDEN');
    expect(codeOf(await set(expertY.token, xPayee, resident))).toBe('FORBIDDEN');
    expect(codeOf(await set(members.OWNER.token, xPayee, resident))).toBe('FORBIDDEN');
    expect(codeOf(await set(null, xPayee, resident))).toBe('UNAUTHENTICATED');
    expect(await stored(orgPayee)).toBe(0);
    expect(await stored(xPayee)).toBe(0);
  });

  it('lets the OWNER and the BILLING_ADMIN set an org’s profile, and records which fields changed, never values', async () => {
    const first = await set(members.BILLING_ADMIN.token, orgPayee, { ...resident, residencyCountry: ' in ' });
    expect(first.data!['setPayeeTaxProfile']).toMatchObject({ userErrors: [], taxProfile: { tdsSection: 'SECTION_194J', panOnFile: true, residencyCountry: 'IN', tdsRateBps: 1_000, isDefault: false } });
    const second = await set(members.OWNER.token, orgPayee, { ...resident, msmeStatus: 'SMALL', msmeWrittenAgreement: true });
    expect(second.data!['setPayeeTaxProfile'].taxProfile).toMatchObject({ msmeStatus: 'SMALL', msmeWrittenAgreement: true });
    // the same again changes nothing and records nothing
    const again = await set(members.OWNER.token, orgPayee, { ...resident, msmeStatus: 'SMALL', msmeWrittenAgreement: true });
    expect(again.data!['setPayeeTaxProfile'].userErrors).toEqual([]);

    const recorded = await events(orgPayee);
    expect(recorded.map((e) => e.payload)).toEqual([
      { organizationId: org.id, payeeKind: 'ORGANIZATION', payeeId: org.id, fields: ['tdsSection', 'panOnFile', 'treatyRateBps', 'residencyCountry', 'purposeCode', 'msmeStatus', 'msmeWrittenAgreement'] },
      { organizationId: org.id, payeeKind: 'ORGANIZATION', payeeId: org.id, fields: ['msmeStatus', 'msmeWrittenAgreement'] },
    ]);
    expect(recorded.map((e) => [e.organization_id, e.actor])).toEqual([
      [org.id, { kind: 'user', id: members.BILLING_ADMIN.userId }],
      [org.id, { kind: 'user', id: members.OWNER.userId }],
    ]);
    // the audit log keeps it as a PAYOUT entry, which the org's money-audit roles read
    await waitUntil(async () => (await rows(world, `select 1 from compliance.audit_entry where event_type = 'payouts.tax-profile.changed' and organization_id = $1`, [org.id])).length === 2, 10_000, 'the audit entries');
    const [audit] = await rows<{ category: string; action: string; target_type: string }>(world, `select category, action, target_type from compliance.audit_entry where event_type = 'payouts.tax-profile.changed' and organization_id = $1 limit 1`, [org.id]);
    expect(audit).toEqual({ category: 'PAYOUT', action: 'PAYEE_TAX_PROFILE_CHANGED', target_type: 'PAYEE' });

    const em = world.orm.em.fork() as unknown as EntityManager;
    expect(await taxProfileOf(em, orgPayee)).toEqual({ section: '194J', panOnFile: true, treatyRateBps: null, purposeCode: null, msmeStatus: 'SMALL', msmeWrittenAgreement: true, residencyCountry: 'IN' });
  });

  it('lets an expert set their own, as a non-resident under 195 at the treaty rate', async () => {
    const r = await set(expertX.token, xPayee, { ...abroad, residencyCountry: 'sg', purposeCode: 's0802' });
    expect(r.data!['setPayeeTaxProfile']).toMatchObject({
      userErrors: [],
      taxProfile: { payee: xPayee, tdsSection: 'SECTION_195', treatyRateBps: 1_000, residencyCountry: 'SG', purposeCode: 'S0802', tdsRateBps: 1_000, isDefault: false },
    });
    expect((await read(expertX.token, xPayee)).data!['payeeTaxProfile']).toMatchObject({ tdsSection: 'SECTION_195', purposeCode: 'S0802' });
    const em = world.orm.em.fork() as unknown as EntityManager;
    expect(await taxProfileOf(em, xPayee)).toEqual({ section: '195', panOnFile: true, treatyRateBps: 1_000, purposeCode: 'S0802', msmeStatus: 'NONE', msmeWrittenAgreement: false, residencyCountry: 'SG' });
    const [event] = await events(xPayee);
    // a person's change is no org's business: no organization on it
    expect(event).toMatchObject({ organization_id: null, payload: { organizationId: null, payeeKind: 'USER', payeeId: expertX.userId } });
  });

  it('lets a platform admin set anyone’s, and refuses an id that is not a UUID as input', async () => {
    const y: PayeeRef = { kind: 'USER', id: expertY.userId };
    expect((await set(world.admin.token, y, resident)).data!['setPayeeTaxProfile']).toMatchObject({ userErrors: [], taxProfile: { tdsSection: 'SECTION_194J' } });
    expect((await events(y))[0]!.actor).toEqual({ kind: 'user', id: world.admin.userId });
    const bad = await set(world.admin.token, { kind: 'ORGANIZATION', id: 'acme' }, resident);
    expect(bad.data!['setPayeeTaxProfile'].userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'payee', 'id'] })]);
  });
});

describe('MSME deadline alerts', () => {
  let services: SubgraphServices;
  beforeAll(() => {
    services = subgraphServices({ MAIL_FROM: 'Guildhall <no-reply@guildhall.test>', ...world.system.serviceEnv } as never, createLogger('test', 'silent'));
  });
  afterAll(async () => services?.mailer.close());

  const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);
  const alertMails = () => world.system.mail.messages.filter((m) => m.subject?.startsWith('MSME payment deadline'));

  it('alerts payout operations once per payee and deadline, by e-mail and event', async () => {
    const now = new Date();
    // a MICRO expert without a written agreement: 15 days, so an earning 12 days old is due in 3
    const micro = await expert(world, 'Micro Expert');
    const microPayee: PayeeRef = { kind: 'USER', id: micro.userId };
    expect((await set(micro.token, microPayee, { ...resident, msmeStatus: 'MICRO' })).data!['setPayeeTaxProfile'].userErrors).toEqual([]);
    const p1 = await bookedPayment(world, microPayee, 80_000);
    const p2 = await bookedPayment(world, microPayee, 25_000);
    await entry(world, microPayee, { paymentId: p1, amountMinor: 80_000, status: 'HELD', createdAt: daysAgo(now, 12) });
    await entry(world, microPayee, { paymentId: p2, amountMinor: 25_000, status: 'AVAILABLE', createdAt: daysAgo(now, 12) });
    // refunded in part and not yet settled: the rest is what is owed
    await entry(world, microPayee, { kind: 'CLAWBACK', paymentId: p2, amountMinor: 5_000, status: 'AVAILABLE', createdAt: daysAgo(now, 11) });
    // a day older: due in 2 days, a deadline (and an alert) of its own
    const older = await bookedPayment(world, microPayee, 10_000);
    await entry(world, microPayee, { paymentId: older, amountMinor: 10_000, status: 'AVAILABLE', createdAt: daysAgo(now, 13) });
    // recorded 2 days ago: its deadline is 13 days off, not yet in the window
    const fresh = await bookedPayment(world, microPayee, 10_000);
    await entry(world, microPayee, { paymentId: fresh, amountMinor: 10_000, status: 'HELD', createdAt: daysAgo(now, 2) });
    // the SMALL org with a written agreement has 45 days: 12 days old is far from due
    const orgPayment = await bookedPayment(world, orgPayee, 50_000);
    await entry(world, orgPayee, { paymentId: orgPayment, amountMinor: 50_000, status: 'HELD', createdAt: daysAgo(now, 12) });
    // an unprotected payee (expert X is NONE) is never alerted
    const xPayment = await bookedPayment(world, xPayee, 50_000);
    await entry(world, xPayee, { paymentId: xPayment, amountMinor: 50_000, status: 'HELD', createdAt: daysAgo(now, 12) });
    // a MICRO payee whose only earning was refunded in full owes nothing
    const refunded = await expert(world, 'Refunded Expert');
    const refundedPayee: PayeeRef = { kind: 'USER', id: refunded.userId };
    await set(refunded.token, refundedPayee, { ...resident, msmeStatus: 'MICRO' });
    const rp = await bookedPayment(world, refundedPayee, 30_000);
    await entry(world, refundedPayee, { paymentId: rp, amountMinor: 30_000, status: 'HELD', createdAt: daysAgo(now, 12) });
    await entry(world, refundedPayee, { kind: 'CLAWBACK', paymentId: rp, amountMinor: 30_000, status: 'HELD', createdAt: daysAgo(now, 12) });

    const em = () => world.orm.em.fork() as unknown as EntityManager;
    const first = await runMsmeAlerts(em(), services, now);
    const ist = (d: Date) => new Date(d.getTime() + 330 * 60_000).toISOString().slice(0, 10);
    const in3 = ist(new Date(now.getTime() + 3 * 86_400_000));
    const in2 = ist(new Date(now.getTime() + 2 * 86_400_000));
    expect(first.sent.map((a) => [a.payee, a.deadline, a.earnings, a.outstanding]).sort((a, b) => String(a[1]).localeCompare(String(b[1])))).toEqual([
      [microPayee, in2, 1, [{ amountMinor: 10_000, currency: 'INR' }]],
      [microPayee, in3, 2, [{ amountMinor: 80_000 + 20_000, currency: 'INR' }]],
    ]);
    // again (tomorrow's run, or a second worker): nothing new
    expect((await runMsmeAlerts(em(), services, now)).sent).toEqual([]);
    expect((await runMsmeAlerts(em(), services, new Date(now.getTime() + 86_400_000))).sent).toEqual([]);

    const mail = await world.system.mail.waitFor((m) => m.subject?.includes(in3) === true);
    expect(mail.to).toMatchObject({ value: [{ address: OPS }] });
    expect(mail.subject).toBe(`MSME payment deadline ${in3} (in 3 days): USER payee ${micro.userId}`);
    expect(mail.text).toContain('MSME status: MICRO');
    expect(mail.text).toContain('Outstanding: INR 1,000.00');
    expect(mail.text).toContain('Unpaid earnings: 2');
    await world.system.mail.waitFor((m) => m.subject?.includes(in2) === true);
    expect(alertMails()).toHaveLength(2);

    expect(await rows(world, `select payee_kind, payee_id, to_char(deadline, 'YYYY-MM-DD') as deadline from payouts.msme_alert order by deadline`)).toEqual([
      { payee_kind: 'USER', payee_id: micro.userId, deadline: in2 },
      { payee_kind: 'USER', payee_id: micro.userId, deadline: in3 },
    ]);
    const recorded = await rows<{ organization_id: string | null; payload: Record<string, unknown> }>(world, `select organization_id, payload from payouts.outbox where type = 'payouts.msme-deadline-approaching' order by payload->>'deadline'`);
    expect(recorded).toEqual([
      { organization_id: null, payload: { organizationId: null, payeeKind: 'USER', payeeId: micro.userId, deadline: in2, earnings: 1, outstanding: [{ amountMinor: 10_000, currency: 'INR' }] } },
      { organization_id: null, payload: { organizationId: null, payeeKind: 'USER', payeeId: micro.userId, deadline: in3, earnings: 2, outstanding: [{ amountMinor: 100_000, currency: 'INR' }] } },
    ]);
    await waitUntil(async () => (await rows(world, `select 1 from compliance.audit_entry where event_type = 'payouts.msme-deadline-approaching' and category = 'PAYOUT'`)).length === 2, 10_000, 'the audit entries');
  });

  it('does not alert once the deadline has passed, nor for paid earnings', async () => {
    const now = new Date();
    const late = await expert(world, 'Late Expert');
    const latePayee: PayeeRef = { kind: 'USER', id: late.userId };
    await set(late.token, latePayee, { ...resident, msmeStatus: 'SMALL' });
    const overdue = await bookedPayment(world, latePayee, 10_000);
    await entry(world, latePayee, { paymentId: overdue, amountMinor: 10_000, status: 'HELD', createdAt: daysAgo(now, 16) });
    const done = await bookedPayment(world, latePayee, 10_000);
    const account = await rows<{ id: string }>(world, `insert into payouts.payout_account (id, payee_kind, payee_id, provider, provider_account_id, status, masked_destination, currency)
      values ($1, 'USER', $2, 'RAZORPAYX', $3, 'VERIFIED', 'HDFC ••••0001', 'INR') returning id`, [randomUUID(), late.userId, `fa_${randomUUID()}`]);
    const batchId = randomUUID();
    await rows(world, `insert into payouts.payout_batch (id, period, trigger) values ($1, $2, 'MANUAL')`, [batchId, `test-${batchId}`]);
    const payoutId = randomUUID();
    await rows(world, `insert into payouts.payout (id, batch_id, payee_kind, payee_id, payout_account_id, provider, currency, gross_minor, tds_section, tds_rate_bps, tds_minor, net_minor, status, idempotency_key)
      values ($1, $2, 'USER', $3, $4, 'RAZORPAYX', 'INR', 10000, '194O', 10, 10, 9990, 'PROCESSED', $5)`, [payoutId, batchId, late.userId, account[0]!.id, `k-${payoutId}`]);
    await entry(world, latePayee, { paymentId: done, amountMinor: 10_000, status: 'PAID', payoutId, createdAt: daysAgo(now, 12) });
    const before = alertMails().length;
    expect((await runMsmeAlerts(world.orm.em.fork() as unknown as EntityManager, services, now)).sent).toEqual([]);
    expect(alertMails()).toHaveLength(before);
  });
});
