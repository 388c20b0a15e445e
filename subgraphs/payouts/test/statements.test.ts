import { randomUUID } from 'node:crypto';
import { bookedPayment, call, entry, expert, ist, orgWithRoles, parseCsv, payout, payoutAccount, usePayoutSystem, type PayeeRef, type Person, type PayoutWorld, type Role } from './payout-fixtures.js';

/**
 * Statements and payout lists through the real gateway: the arithmetic, the CSV read back, who may
 * see whose (roles of an org payee, an expert alone for themselves), and that refusals leak nothing.
 */
let world: PayoutWorld;
usePayoutSystem((w) => (world = w));

const STATEMENT = `query ($input: PayeeStatementInput!) { payeeStatement(input: $input) {
  payee { kind id } from to timeZone generatedAt
  balances { currency held { amountMinor currency } available { amountMinor } inPayout { amountMinor } paid { amountMinor } }
  totals { currency earned { amountMinor } clawedBack { amountMinor } net { amountMinor } paidGross { amountMinor } tdsWithheld { amountMinor } paidNet { amountMinor } }
  entries { id kind paymentId refundId amount { amountMinor currency } status releaseAt payoutId createdAt }
  payouts { id batchId payee { kind id } provider gross { amountMinor currency } tdsSection tdsRateBps tds { amountMinor } net { amountMinor } status failureReason createdAt submittedAt completedAt }
  csv } }`;
const MY_STATEMENT = `query ($from: String!, $to: String!) { myPayeeStatement(from: $from, to: $to) { payee { kind id } balances { currency available { amountMinor } } entries { id amount { amountMinor } } csv } }`;
const PAYOUTS = `query ($organizationId: ID!, $status: PayoutStatus, $first: Int, $after: String) {
  payouts(organizationId: $organizationId, status: $status, first: $first, after: $after) { nodes { id status gross { amountMinor } createdAt } pageInfo { hasNextPage endCursor } } }`;

const statementOf = (token: string | null, payee: PayeeRef, from = '2026-11-01', to = '2026-11-30') => call(world, token, STATEMENT, { input: { payee, from, to } });
const codeOf = (r: { errors?: { extensions?: { code?: string } }[] | undefined }) => r.errors?.[0]?.extensions?.code;

let org: { id: string };
let members: Record<Role, Person>;
let otherOwner: Person;
let expertX: Person;
let expertY: Person;
let orgPayee: PayeeRef;
let xPayee: PayeeRef;
const ids: Record<string, string> = {};
const payoutIds: Record<string, { id: string; tdsMinor: number; netMinor: number }> = {};

beforeAll(async () => {
  ({ org, members } = await orgWithRoles(world, 'Statement Host', ['MAINTAINER', 'BILLING_ADMIN', 'MANAGER', 'LEARNER']));
  otherOwner = (await orgWithRoles(world, 'Other Host')).members.OWNER;
  expertX = await expert(world, 'Expert X');
  expertY = await expert(world, 'Expert Y');
  orgPayee = { kind: 'ORGANIZATION', id: org.id };
  xPayee = { kind: 'USER', id: expertX.userId };

  // the org's history: November 2026 (India time) is the statement's range
  const account = await payoutAccount(world, orgPayee);
  payoutIds.processed = await payout(world, orgPayee, { accountId: account, grossMinor: 100_000, tdsRateBps: 10, status: 'PROCESSED', createdAt: ist('2026-11-05 09:00'), submittedAt: ist('2026-11-05 09:01'), completedAt: ist('2026-11-06 12:00') });
  payoutIds.processing = await payout(world, orgPayee, { accountId: account, grossMinor: 30_000, tdsRateBps: 10, status: 'PROCESSING', createdAt: ist('2026-11-25 09:00'), submittedAt: ist('2026-11-25 09:01') });
  // a provider's reason is text from outside: a spreadsheet must not run it
  payoutIds.failed = await payout(world, orgPayee, { accountId: account, grossMinor: 12_345, tdsRateBps: 500, status: 'FAILED', failureReason: '=HYPERLINK("http://evil.test","bank, said no")', createdAt: ist('2026-11-27 09:00'), completedAt: ist('2026-11-27 10:00') });
  payoutIds.october = await payout(world, orgPayee, { accountId: account, grossMinor: 5_000, tdsRateBps: 10, status: 'PROCESSED', createdAt: ist('2026-10-20 09:00'), completedAt: ist('2026-10-21 09:00') });

  const p1 = await bookedPayment(world, orgPayee, 100_000);
  const p2 = await bookedPayment(world, orgPayee, 50_000);
  const p3 = await bookedPayment(world, orgPayee, 70_000);
  const p4 = await bookedPayment(world, orgPayee, 30_000);
  const p5 = await bookedPayment(world, orgPayee, 9_999, 'USD');
  const p6 = await bookedPayment(world, orgPayee, 1_111);
  const p7 = await bookedPayment(world, orgPayee, 2_222);
  const p8 = await bookedPayment(world, orgPayee, 5_000);
  ids.paid = await entry(world, orgPayee, { paymentId: p1, amountMinor: 100_000, status: 'PAID', payoutId: payoutIds.processed.id, createdAt: ist('2026-11-03 10:00') });
  ids.available = await entry(world, orgPayee, { paymentId: p2, amountMinor: 50_000, status: 'AVAILABLE', createdAt: ist('2026-11-10 10:00') });
  ids.clawback = await entry(world, orgPayee, { kind: 'CLAWBACK', paymentId: p2, refundId: randomUUID(), amountMinor: 20_000, status: 'AVAILABLE', createdAt: ist('2026-11-12 10:00') });
  ids.held = await entry(world, orgPayee, { paymentId: p3, amountMinor: 70_000, status: 'HELD', releaseAt: ist('2026-12-20 00:00'), createdAt: ist('2026-11-20 10:00') });
  ids.inPayout = await entry(world, orgPayee, { paymentId: p4, amountMinor: 30_000, status: 'IN_PAYOUT', payoutId: payoutIds.processing.id, createdAt: ist('2026-10-25 10:00') });
  ids.usd = await entry(world, orgPayee, { paymentId: p5, amountMinor: 9_999, currency: 'USD', status: 'AVAILABLE', createdAt: ist('2026-11-15 10:00') });
  // the range's edges, India time: 1 Nov 00:00 is in, 31 Oct 23:59:59.999 and 1 Dec 00:00 are out
  ids.firstInstant = await entry(world, orgPayee, { paymentId: p6, amountMinor: 1_111, status: 'AVAILABLE', createdAt: new Date('2026-11-01T00:00:00.000+05:30') });
  ids.beforeRange = await entry(world, orgPayee, { paymentId: p7, amountMinor: 2_222, status: 'AVAILABLE', createdAt: new Date('2026-10-31T23:59:59.999+05:30') });
  ids.lastInstant = await entry(world, orgPayee, { paymentId: p8, amountMinor: 5_000, status: 'HELD', createdAt: new Date('2026-11-30T23:59:59.999+05:30') });
  ids.afterRange = await entry(world, orgPayee, { kind: 'CLAWBACK', paymentId: p8, amountMinor: 1_000, status: 'HELD', createdAt: new Date('2026-12-01T00:00:00.000+05:30') });

  // expert X, paid as a person
  const x1 = await bookedPayment(world, xPayee, 40_000);
  ids.xEarning = await entry(world, xPayee, { paymentId: x1, amountMinor: 40_000, status: 'AVAILABLE', createdAt: ist('2026-11-18 10:00') });
  const y1 = await bookedPayment(world, { kind: 'USER', id: expertY.userId }, 60_000);
  ids.yEarning = await entry(world, { kind: 'USER', id: expertY.userId }, { paymentId: y1, amountMinor: 60_000, status: 'AVAILABLE', createdAt: ist('2026-11-18 11:00') });
}, 120_000);

describe('an organization payee’s statement', () => {
  it('gives the balance now, by status and currency, with clawbacks counted against it', async () => {
    const r = await statementOf(members.OWNER.token, orgPayee);
    expect(r.errors).toBeUndefined();
    const s = r.data!['payeeStatement'];
    expect(s).toMatchObject({ payee: orgPayee, from: '2026-11-01', to: '2026-11-30', timeZone: 'Asia/Kolkata' });
    // every entry counts, whatever its date
    expect(s.balances).toEqual([
      {
        currency: 'INR',
        held: { amountMinor: 70_000 + 5_000 - 1_000, currency: 'INR' },
        available: { amountMinor: 50_000 - 20_000 + 1_111 + 2_222 },
        inPayout: { amountMinor: 30_000 },
        paid: { amountMinor: 100_000 },
      },
      { currency: 'USD', held: { amountMinor: 0, currency: 'USD' }, available: { amountMinor: 9_999 }, inPayout: { amountMinor: 0 }, paid: { amountMinor: 0 } },
    ]);
  });

  it('lists the range’s entries and payouts oldest first, India dates inclusive at both ends', async () => {
    const s = (await statementOf(members.OWNER.token, orgPayee)).data!['payeeStatement'];
    expect(s.entries.map((e: { id: string }) => e.id)).toEqual([ids.firstInstant, ids.paid, ids.available, ids.clawback, ids.usd, ids.held, ids.lastInstant]);
    expect(s.entries.find((e: { id: string }) => e.id === ids.clawback)).toMatchObject({ kind: 'CLAWBACK', amount: { amountMinor: 20_000, currency: 'INR' }, status: 'AVAILABLE', payoutId: null });
    expect(s.entries.find((e: { id: string }) => e.id === ids.clawback).refundId).toMatch(/^[0-9a-f-]{36}$/);
    expect(s.entries.find((e: { id: string }) => e.id === ids.paid)).toMatchObject({ kind: 'EARNING', status: 'PAID', payoutId: payoutIds.processed!.id, refundId: null });
    expect(s.entries.find((e: { id: string }) => e.id === ids.held)).toMatchObject({ status: 'HELD', releaseAt: ist('2026-12-20 00:00').toISOString() });

    expect(s.payouts.map((p: { id: string }) => p.id)).toEqual([payoutIds.processed!.id, payoutIds.processing!.id, payoutIds.failed!.id]);
    expect(s.payouts[0]).toMatchObject({
      payee: orgPayee,
      provider: 'RAZORPAYX',
      gross: { amountMinor: 100_000, currency: 'INR' },
      tdsSection: 'SECTION_194O',
      tdsRateBps: 10,
      tds: { amountMinor: 100 },
      net: { amountMinor: 99_900 },
      status: 'PROCESSED',
      completedAt: ist('2026-11-06 12:00').toISOString(),
    });
    for (const p of s.payouts) expect(p.tds.amountMinor + p.net.amountMinor).toBe(p.gross.amountMinor);
  });

  it('totals the range per currency; paid totals count completed payouts only', async () => {
    const s = (await statementOf(members.OWNER.token, orgPayee)).data!['payeeStatement'];
    const earned = 1_111 + 100_000 + 50_000 + 70_000 + 5_000;
    expect(s.totals).toEqual([
      { currency: 'INR', earned: { amountMinor: earned }, clawedBack: { amountMinor: 20_000 }, net: { amountMinor: earned - 20_000 }, paidGross: { amountMinor: 100_000 }, tdsWithheld: { amountMinor: 100 }, paidNet: { amountMinor: 99_900 } },
      { currency: 'USD', earned: { amountMinor: 9_999 }, clawedBack: { amountMinor: 0 }, net: { amountMinor: 9_999 }, paidGross: { amountMinor: 0 }, tdsWithheld: { amountMinor: 0 }, paidNet: { amountMinor: 0 } },
    ]);
  });

  it('exports the same rows as CSV: a header, signed decimal amounts, ISO dates, formulas neutralized', async () => {
    const s = (await statementOf(members.BILLING_ADMIN.token, orgPayee)).data!['payeeStatement'];
    expect(s.csv.endsWith('\r\n')).toBe(true);
    const [header, ...records] = parseCsv(s.csv);
    expect(header).toEqual(['record', 'date', 'id', 'kind', 'status', 'currency', 'amount', 'payment_id', 'refund_id', 'release_at', 'payout_id', 'tds_section', 'tds_rate_bps', 'tds_amount', 'net_amount', 'provider', 'submitted_at', 'completed_at', 'failure_reason']);
    for (const record of records) expect(record).toHaveLength(header!.length);
    const row = (id: string) => Object.fromEntries(header!.map((column, i) => [column, records.find((r) => r[2] === id)![i]]));

    // one row per entry and payout of the statement, in the order they happened
    expect(records.map((r) => r[2])).toEqual([ids.firstInstant, ids.paid, payoutIds.processed!.id, ids.available, ids.clawback, ids.usd, ids.held, payoutIds.processing!.id, payoutIds.failed!.id, ids.lastInstant]);
    expect(row(ids.paid!)).toMatchObject({ record: 'ENTRY', kind: 'EARNING', status: 'PAID', currency: 'INR', amount: '1000.00', payout_id: payoutIds.processed!.id, date: ist('2026-11-03 10:00').toISOString(), tds_amount: '' });
    expect(row(ids.clawback!)).toMatchObject({ kind: 'CLAWBACK', amount: '-200.00' }); // a clawback takes away: negative, and not neutralized
    expect(row(ids.usd!)).toMatchObject({ currency: 'USD', amount: '99.99' });
    expect(row(ids.held!)).toMatchObject({ release_at: ist('2026-12-20 00:00').toISOString() });
    expect(row(payoutIds.processed!.id)).toMatchObject({ record: 'PAYOUT', status: 'PROCESSED', amount: '1000.00', tds_section: '194O', tds_rate_bps: '10', tds_amount: '1.00', net_amount: '999.00', provider: 'RAZORPAYX', completed_at: ist('2026-11-06 12:00').toISOString() });
    // the quoted cell keeps its comma and quotes, and starts with ' so no spreadsheet runs it
    expect(row(payoutIds.failed!.id)).toMatchObject({ status: 'FAILED', amount: '123.45', tds_amount: '6.17', net_amount: '117.28', failure_reason: `'=HYPERLINK("http://evil.test","bank, said no")` });
    expect(s.csv).toContain(`"'=HYPERLINK(""http://evil.test"",""bank, said no"")"`);

    // the entry amounts add up to the statement's net, per currency
    const sum = (currency: string) => records.filter((r) => r[0] === 'ENTRY' && r[5] === currency).reduce((total, r) => total + Math.round(Number(r[6]) * 100), 0);
    for (const t of s.totals) expect(sum(t.currency)).toBe(t.net.amountMinor);
    // every amount is a plain decimal: no digit grouping, no currency sign
    for (const column of ['amount', 'tds_amount', 'net_amount']) {
      const i = header!.indexOf(column);
      for (const record of records) expect(record[i]).toMatch(/^(-?[0-9]+\.[0-9]{2})?$/);
    }
  });

  it('is refused for a range that is not two dates in order within a year', async () => {
    for (const [from, to] of [['2026-11-31', '2026-12-01'], ['01/11/2026', '2026-11-30'], ['2026-11-30', '2026-11-01'], ['2025-01-01', '2026-01-02']]) {
      const r = await statementOf(members.OWNER.token, orgPayee, from, to);
      expect(codeOf(r)).toBe('BAD_REQUEST');
      expect(r.data?.['payeeStatement'] ?? null).toBeNull();
    }
    // a whole leap year is fine
    expect((await statementOf(members.OWNER.token, orgPayee, '2028-01-01', '2028-12-31')).errors).toBeUndefined();
  });
});

describe('who may read an organization payee', () => {
  it.each(['OWNER', 'MAINTAINER', 'BILLING_ADMIN'] as const)('%s (payouts.read) reads its statement and payouts', async (role) => {
    const r = await statementOf(members[role].token, orgPayee);
    expect(r.errors).toBeUndefined();
    expect(r.data!['payeeStatement'].entries).toHaveLength(7);
    const list = await call(world, members[role].token, PAYOUTS, { organizationId: org.id });
    expect(list.errors).toBeUndefined();
    expect(list.data!['payouts'].nodes).toHaveLength(4);
  });

  it.each(['MANAGER', 'LEARNER'] as const)('%s is FORBIDDEN and sees nothing', async (role) => {
    const r = await statementOf(members[role].token, orgPayee);
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(r.data?.['payeeStatement'] ?? null).toBeNull();
    expect(JSON.stringify(r)).not.toContain(ids.paid);
    const list = await call(world, members[role].token, PAYOUTS, { organizationId: org.id });
    expect(codeOf(list)).toBe('FORBIDDEN');
    expect(list.data?.['payouts'] ?? null).toBeNull();
  });

  it('refuses another org’s owner, an expert, and a stranger alike, for a real org or an unknown one', async () => {
    for (const token of [otherOwner.token, expertX.token]) {
      for (const id of [org.id, randomUUID(), 'not-a-uuid']) {
        const r = await statementOf(token, { kind: 'ORGANIZATION', id });
        expect(codeOf(r)).toBe('FORBIDDEN');
        expect(r.data?.['payeeStatement'] ?? null).toBeNull();
        expect(codeOf(await call(world, token, PAYOUTS, { organizationId: id }))).toBe('FORBIDDEN');
      }
    }
    expect(codeOf(await statementOf(null, orgPayee))).toBe('UNAUTHENTICATED');
    expect(codeOf(await call(world, null, PAYOUTS, { organizationId: org.id }))).toBe('UNAUTHENTICATED');
  });

  it('lets a platform admin read any payee', async () => {
    expect((await statementOf(world.admin.token, orgPayee)).data!['payeeStatement'].entries).toHaveLength(7);
    expect((await statementOf(world.admin.token, xPayee)).data!['payeeStatement'].entries).toHaveLength(1);
  });
});

describe('an expert’s own statement', () => {
  it('is theirs: myPayeeStatement and payeeStatement on themselves', async () => {
    const mine = await call(world, expertX.token, MY_STATEMENT, { from: '2026-11-01', to: '2026-11-30' });
    expect(mine.errors).toBeUndefined();
    expect(mine.data!['myPayeeStatement']).toMatchObject({ payee: xPayee, balances: [{ currency: 'INR', available: { amountMinor: 40_000 } }], entries: [{ id: ids.xEarning, amount: { amountMinor: 40_000 } }] });
    const [, ...records] = parseCsv(mine.data!['myPayeeStatement'].csv);
    expect(records.map((r) => r[2])).toEqual([ids.xEarning]);
    expect((await statementOf(expertX.token, xPayee)).data!['payeeStatement'].entries).toHaveLength(1);
  });

  it('is nobody else’s: another expert, and the owner of an org the expert works for, are FORBIDDEN', async () => {
    for (const token of [expertY.token, members.OWNER.token, members.BILLING_ADMIN.token]) {
      const r = await statementOf(token, xPayee);
      expect(codeOf(r)).toBe('FORBIDDEN');
      expect(r.data?.['payeeStatement'] ?? null).toBeNull();
      expect(JSON.stringify(r)).not.toContain(ids.xEarning);
    }
    // an unknown person looks the same as a known one
    expect(codeOf(await statementOf(expertY.token, { kind: 'USER', id: randomUUID() }))).toBe('FORBIDDEN');
  });

  it('shows a person with no entries a zero INR balance', async () => {
    const someone = await expert(world, 'New Expert');
    const r = await call(world, someone.token, MY_STATEMENT, { from: '2026-11-01', to: '2026-11-30' });
    expect(r.data!['myPayeeStatement']).toMatchObject({ balances: [{ currency: 'INR', available: { amountMinor: 0 } }], entries: [] });
    expect(parseCsv(r.data!['myPayeeStatement'].csv)).toHaveLength(1); // the header alone
  });
});

describe('paging an org’s payouts', () => {
  it('pages newest first by cursor, and filters by status', async () => {
    const first = await call(world, members.OWNER.token, PAYOUTS, { organizationId: org.id, first: 2 });
    expect(first.data!['payouts'].nodes.map((n: { id: string }) => n.id)).toEqual([payoutIds.failed!.id, payoutIds.processing!.id]);
    expect(first.data!['payouts'].pageInfo.hasNextPage).toBe(true);
    const second = await call(world, members.OWNER.token, PAYOUTS, { organizationId: org.id, first: 2, after: first.data!['payouts'].pageInfo.endCursor });
    expect(second.data!['payouts'].nodes.map((n: { id: string }) => n.id)).toEqual([payoutIds.processed!.id, payoutIds.october!.id]);
    expect(second.data!['payouts'].pageInfo.hasNextPage).toBe(false);

    const processed = await call(world, members.MAINTAINER.token, PAYOUTS, { organizationId: org.id, status: 'PROCESSED' });
    expect(processed.data!['payouts'].nodes.map((n: { id: string }) => n.id)).toEqual([payoutIds.processed!.id, payoutIds.october!.id]);
  });

  it('refuses a cursor it did not make', async () => {
    for (const after of ['garbage', Buffer.from(JSON.stringify(['yesterday', 'x'])).toString('base64url')]) {
      expect(codeOf(await call(world, members.OWNER.token, PAYOUTS, { organizationId: org.id, after }))).toBe('BAD_REQUEST');
    }
  });

  it('gives an expert their own payouts only', async () => {
    const mine = await call(world, expertX.token, `{ myPayouts { nodes { id } pageInfo { hasNextPage } } }`);
    expect(mine.data!['myPayouts']).toEqual({ nodes: [], pageInfo: { hasNextPage: false } });
  });
});
