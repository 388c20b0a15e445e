import type { GraphQLResponse } from '@guildhall/testkit';
import { balances, call, grant, hostOrgWithRoles, key, ledgerFindings, orgWithRoles, purchase, rows, setMode, useBillingSystem, type BillingSystem } from './billing-fixtures.js';

/**
 * Checkout with programs, rate cards and contracts, through the real gateway: caps that hold under
 * concurrent bookings, overage routing, the split snapshotted on the payment, contract prices only
 * while in force, and usage given back by a full refund.
 */
let s: BillingSystem;
useBillingSystem((started) => (s = started), { hosting: true, poolMax: 30 });

type Member = { token: string; userId: string };
const PRICE = 100_000;
const SPLIT = { platformBps: 1_000, hostBps: 2_000, expertBps: 7_000 };
const PAYMENT = 'id status funding payerKind amount { amountMinor } listAmount { amountMinor } hostOrganizationId programId contractId contractVersion priceSource split { platformBps hostBps expertBps platform { amountMinor } host { amountMinor } expert { amountMinor } }';
const CHECKOUT_SPLIT = `mutation ($input: CheckoutInput!) { checkout(input: $input) { payment { ${PAYMENT} } userErrors { code field message } } }`;
const ok = <T>(r: GraphQLResponse, field: string): T => {
  if (r.errors || r.data?.[field]?.userErrors?.length) throw new Error(`${field}: ${JSON.stringify(r.errors ?? r.data?.[field].userErrors)}`);
  return r.data![field] as T;
};

let host: { id: string };
let hostOwner: Member;
let hostFinance: Member;
let expert: Member;
let sponsor: { id: string };
let sponsorOwner: Member;
let learner: Member;
let cardId: string;

beforeAll(async () => {
  const h = await hostOrgWithRoles(s.world, 'Host Guild', ['BILLING_ADMIN', 'EXPERT']);
  host = h.org;
  ({ OWNER: hostOwner, BILLING_ADMIN: hostFinance, EXPERT: expert } = h.members);
  const created = ok<{ rateCard: { id: string } }>(
    await call(s.world, hostOwner.token, 'mutation ($input: CreateRateCardInput!) { createRateCard(input: $input) { rateCard { id } userErrors { code field message } } }', { input: { organizationId: host.id, name: 'Standard', currency: 'INR', isDefault: true } }),
    'createRateCard',
  );
  cardId = created.rateCard.id;
  await setPrice(PRICE, SPLIT);
  const sp = await orgWithRoles(s.world, 'Sponsor Co', ['LEARNER', 'MANAGER']);
  sponsor = sp.org;
  ({ OWNER: sponsorOwner, LEARNER: learner } = sp.members);
  await setMode(s.world, sponsorOwner.token, sponsor.id, 'SEAT_PACK');
  await grant(s.world, s.admin.token, sponsor.id, 100 * PRICE);
}, 180_000);


async function setPrice(unitPriceMinor: number, split: typeof SPLIT, more: Record<string, unknown> = {}) {
  return ok<{ price: { id: string } }>(
    await call(s.world, hostFinance?.token ?? hostOwner.token, 'mutation ($input: SetRateCardPriceInput!) { setRateCardPrice(input: $input) { price { id } userErrors { code field message } } }', {
      input: { organizationId: host.id, rateCardId: cardId, kind: 'CONSULTATION', unitPriceMinor, split, ...more },
    }),
    'setRateCardPrice',
  );
}

async function program(input: Record<string, unknown>, assign: Member[]) {
  const created = ok<{ program: { id: string } }>(
    await call(s.world, sponsorOwner.token, 'mutation ($input: CreateProgramInput!) { createProgram(input: $input) { program { id } userErrors { code field message } } }', {
      input: { organizationId: sponsor.id, cycle: 'MONTHLY', ...input },
    }),
    'createProgram',
  );
  if (assign.length) {
    ok(await call(s.world, sponsorOwner.token, 'mutation ($input: AssignProgramInput!) { assignProgram(input: $input) { userErrors { code message } } }', { input: { organizationId: sponsor.id, programId: created.program.id, userIds: assign.map((m) => m.userId) } }), 'assignProgram');
  }
  return created.program.id;
}

const book = (token: string, input: Record<string, unknown>) =>
  call(s.world, token, CHECKOUT_SPLIT, { input: purchase({ organizationId: sponsor.id, hostOrganizationId: host.id, payeeId: expert.userId, amountMinor: undefined, ...input }) });
const result = (r: GraphQLResponse) => r.data?.['checkout'] as { payment: Record<string, any> | null; userErrors: { code: string; field: string[] }[] }; // eslint-disable-line @typescript-eslint/no-explicit-any
const usage = async (programId: string) => (await rows(s.world, 'select engagements, covered_minor::int as covered, overage_minor::int as overage from billing.program_usage where program_id = $1', [programId]))[0];

describe('caps under concurrent bookings', () => {
  it('covers exactly 10 of 50 concurrent bookings against a seat cap of 10 and charges the rest to the org as overage', async () => {
    const programId = await program({ name: 'Seats', type: 'LICENSED_SEAT', engagementsPerCycle: 10, overage: 'CHARGE_ORG', overageSurchargeBps: 1_000 }, [learner]);
    const before = (await balances(s.world, sponsorOwner.token, sponsor.id)).credits;
    const all = await Promise.all(Array.from({ length: 50 }, () => book(learner.token, { programId })));
    const payments = all.map((r) => result(r).payment!);
    expect(all.flatMap((r) => r.errors ?? [])).toEqual([]);
    const amounts = payments.map((p) => p.amount.amountMinor).sort();
    expect(amounts.filter((a) => a === PRICE)).toHaveLength(10);
    expect(amounts.filter((a) => a === PRICE + PRICE / 10)).toHaveLength(40);
    // the surcharge is the platform's; the price splits by the card
    const overage = payments.find((p) => p.amount.amountMinor > PRICE)!;
    expect(overage.split).toEqual({ ...SPLIT, platform: { amountMinor: 10_000 + 10_000 }, host: { amountMinor: 20_000 }, expert: { amountMinor: 70_000 } });
    expect(await usage(programId)).toEqual({ engagements: 10, covered: 10 * PRICE, overage: 40 * 110_000 });
    const outcomes = await rows(s.world, 'select outcome, count(*)::int as n from billing.program_utilization where program_id = $1 group by outcome order by outcome', [programId]);
    expect(outcomes).toEqual([{ outcome: 'COVERED', n: 10 }, { outcome: 'OVERAGE_ORG', n: 40 }]);
    expect((await balances(s.world, sponsorOwner.token, sponsor.id)).credits).toBe(before - 10 * PRICE - 40 * 110_000);
  });

  it('blocks bookings past a credit pool: of 50 at once exactly 10 fit the budget, and the refused write nothing', async () => {
    const programId = await program({ name: 'Pool', type: 'CREDIT_POOL', budgetMinor: 10 * PRICE, overage: 'BLOCK' }, [learner]);
    const all = await Promise.all(Array.from({ length: 50 }, () => book(learner.token, { programId })));
    const refused = all.filter((r) => !result(r).payment);
    expect(all.filter((r) => result(r).payment)).toHaveLength(10);
    expect(new Set(refused.map((r) => `${result(r).userErrors[0]!.code} ${result(r).userErrors[0]!.field.join('.')}`))).toEqual(new Set(['PROGRAM_CAP_EXHAUSTED input.programId']));
    expect(await usage(programId)).toEqual({ engagements: 10, covered: 10 * PRICE, overage: 0 });
    expect((await rows(s.world, 'select count(*)::int as n from billing.payment where program_id = $1', [programId]))[0].n).toBe(10);
  });
});

describe('overage, refusals and release', () => {
  it('makes the member pay overage by card when the program says CHARGE_MEMBER', async () => {
    const programId = await program({ name: 'One a month', type: 'LICENSED_SEAT', engagementsPerCycle: 1, overage: 'CHARGE_MEMBER', overageSurchargeBps: 500 }, [learner]);
    expect(result(await book(learner.token, { programId })).payment).toMatchObject({ funding: 'WALLET', payerKind: 'ORGANIZATION', amount: { amountMinor: PRICE } });
    const second = result(await book(learner.token, { programId })).payment!;
    expect(second).toMatchObject({ status: 'PENDING', funding: 'CARD', payerKind: 'PERSONAL', programId, amount: { amountMinor: PRICE + 5_000 } });
    expect(await usage(programId)).toEqual({ engagements: 1, covered: PRICE, overage: 0 });
  });

  it('refuses members without an assignment, programs of other orgs, and programs of an org that only tags purchases', async () => {
    const programId = await program({ name: 'Assigned only', type: 'LICENSED_SEAT', engagementsPerCycle: 3, overage: 'BLOCK' }, []);
    expect(result(await book(learner.token, { programId })).userErrors.map((e) => e.code)).toEqual(['PROGRAM_NOT_ASSIGNED']);
    const other = await orgWithRoles(s.world, 'Other Sponsor', ['LEARNER']);
    await setMode(s.world, other.members.OWNER.token, other.org.id, 'SEAT_PACK');
    const r = await call(s.world, other.members.LEARNER.token, CHECKOUT_SPLIT, { input: purchase({ organizationId: other.org.id, hostOrganizationId: host.id, payeeId: expert.userId, amountMinor: undefined, programId }) });
    expect(result(r).userErrors.map((e) => `${e.code} ${e.field.join('.')}`)).toEqual(['BAD_USER_INPUT input.programId']);
    const tagOnly = await orgWithRoles(s.world, 'Tagging Co', ['LEARNER']);
    const t = await call(s.world, tagOnly.members.LEARNER.token, CHECKOUT_SPLIT, { input: purchase({ organizationId: tagOnly.org.id, hostOrganizationId: host.id, payeeId: expert.userId, amountMinor: undefined, programId }) });
    expect(result(t).userErrors.map((e) => e.code)).toEqual(['CONFLICT']);
    expect((await rows(s.world, 'select count(*)::int as n from billing.payment where program_id = $1', [programId]))[0].n).toBe(0);
  });

  it('gives a covered engagement back when its booking is refunded in full', async () => {
    const programId = await program({ name: 'Two a month', type: 'LICENSED_SEAT', engagementsPerCycle: 2, overage: 'BLOCK' }, [learner]);
    const first = result(await book(learner.token, { programId })).payment!;
    result(await book(learner.token, { programId }));
    expect(result(await book(learner.token, { programId })).userErrors.map((e) => e.code)).toEqual(['PROGRAM_CAP_EXHAUSTED']);
    const refund = await call(s.world, sponsorOwner.token, 'mutation ($input: RefundPaymentInput!) { refundPayment(input: $input) { userErrors { code message } } }', { input: { paymentId: first.id, reason: 'session cancelled', idempotencyKey: key() } });
    ok(refund, 'refundPayment');
    expect(await usage(programId)).toEqual({ engagements: 1, covered: PRICE, overage: 0 });
    expect(result(await book(learner.token, { programId })).payment).toMatchObject({ amount: { amountMinor: PRICE } });
  });
});

describe('prices and splits', () => {
  it('snapshots the split at booking: a later rate card change never reaches an existing payment', async () => {
    const before = result(await book(sponsorOwner.token, {})).payment!;
    expect(before).toMatchObject({ priceSource: 'HOST_RATE_CARD', hostOrganizationId: host.id, amount: { amountMinor: PRICE }, split: { ...SPLIT, platform: { amountMinor: 10_000 }, host: { amountMinor: 20_000 }, expert: { amountMinor: 70_000 } } });
    await setPrice(120_000, { platformBps: 2_000, hostBps: 1_000, expertBps: 7_000 });
    const read = await call(s.world, sponsorOwner.token, `query ($id: ID!) { payment(id: $id) { ${PAYMENT} } }`, { id: before.id });
    expect(read.data?.['payment']).toEqual(before);
    // the buyer was shown the old price: asked again rather than charged more
    expect(result(await book(sponsorOwner.token, { amountMinor: PRICE })).userErrors.map((e) => `${e.code} ${e.field.join('.')}`)).toEqual(['BAD_USER_INPUT input.amountMinor']);
    const after = result(await book(sponsorOwner.token, { amountMinor: 120_000 })).payment!;
    expect(after.split).toMatchObject({ platformBps: 2_000, platform: { amountMinor: 24_000 }, host: { amountMinor: 12_000 }, expert: { amountMinor: 84_000 } });
    await setPrice(PRICE, SPLIT);
  });

  it('uses the platform default split on the quoted price for an expert without a host org', async () => {
    const r = await call(s.world, sponsorOwner.token, CHECKOUT_SPLIT, { input: purchase({ organizationId: sponsor.id, amountMinor: 50_000, payeeId: 'independent-expert' }) });
    expect(result(r).payment).toMatchObject({ priceSource: 'PLATFORM_DEFAULT', hostOrganizationId: null, split: { platformBps: 2_000, hostBps: 0, expertBps: 8_000, platform: { amountMinor: 10_000 }, expert: { amountMinor: 40_000 } } });
    // a host's payee must be its active member
    const stranger = await call(s.world, sponsorOwner.token, CHECKOUT_SPLIT, { input: purchase({ organizationId: sponsor.id, hostOrganizationId: host.id, payeeId: sponsorOwner.userId, amountMinor: undefined }) });
    expect(result(stranger).userErrors.map((e) => `${e.code} ${e.field.join('.')}`)).toEqual(['BAD_USER_INPUT input.payeeId']);
  });

  it('applies a contract rate only while the contract is in force, within its monthly cap', async () => {
    const today = new Date(Date.now() + 5.5 * 3_600_000).toISOString().slice(0, 10);
    const terms = (more: Record<string, unknown>) => ({ currency: 'INR', startsOn: today, rates: [{ kind: 'CONSULTATION', unitPriceMinor: 80_000, split: { platformBps: 500, hostBps: 1_500, expertBps: 8_000 } }], ...more });
    const proposed = ok<{ contract: { id: string } }>(
      await call(s.world, sponsorOwner.token, 'mutation ($input: ProposeContractInput!) { proposeContract(input: $input) { contract { id } userErrors { code field message } } }', {
        input: { organizationId: sponsor.id, side: 'SPONSOR', counterpartyOrganizationId: host.id, title: 'Framework', terms: terms({ monthlySpendCapMinor: 200_000 }) },
      }),
      'proposeContract',
    );
    const contractId = proposed.contract.id;
    const accept = async (version: number) =>
      ok(await call(s.world, hostFinance.token, 'mutation ($input: ContractVersionRefInput!) { acceptContract(input: $input) { contract { id } userErrors { code field message } } }', { input: { organizationId: host.id, contractId, version } }), 'acceptContract');
    // not yet signed: the host's card prices it
    expect(result(await book(sponsorOwner.token, {})).payment).toMatchObject({ priceSource: 'HOST_RATE_CARD', contractId: null });
    await accept(1);
    const quote = await call(s.world, learner.token, 'query ($input: BookingQuoteInput!) { bookingQuote(input: $input) { price { amountMinor } source contractId } }', { input: { organizationId: sponsor.id, hostOrganizationId: host.id, payeeId: expert.userId, kind: 'CONSULTATION', currency: 'INR' } });
    expect(quote.data?.['bookingQuote']).toEqual({ price: { amountMinor: 80_000 }, source: 'CONTRACT_RATE', contractId });
    const first = result(await book(sponsorOwner.token, {})).payment!;
    expect(first).toMatchObject({ priceSource: 'CONTRACT_RATE', contractId, contractVersion: 1, amount: { amountMinor: 80_000 }, split: { expert: { amountMinor: 64_000 } } });
    result(await book(sponsorOwner.token, {}));
    // 160,000 spent of 200,000 this month
    expect(result(await book(sponsorOwner.token, {})).userErrors.map((e) => e.code)).toEqual(['CONTRACT_CAP_EXHAUSTED']);
    // an amendment that starts next year is signed but not in force: the card prices bookings again
    const amended = await call(s.world, hostOwner.token, 'mutation ($input: AmendContractInput!) { amendContract(input: $input) { userErrors { code field message } } }', { input: { organizationId: host.id, contractId, terms: terms({ startsOn: `${Number(today.slice(0, 4)) + 1}-01-01` }) } });
    ok(amended, 'amendContract');
    const signed = await call(s.world, sponsorOwner.token, 'mutation ($input: ContractVersionRefInput!) { acceptContract(input: $input) { userErrors { code field message } } }', { input: { organizationId: sponsor.id, contractId, version: 2 } });
    ok(signed, 'acceptContract');
    expect(result(await book(sponsorOwner.token, {})).payment).toMatchObject({ priceSource: 'HOST_RATE_CARD', contractId: null, amount: { amountMinor: PRICE } });
    // the first booking still says what it was booked under
    const again = await call(s.world, sponsorOwner.token, `query ($id: ID!) { payment(id: $id) { ${PAYMENT} } }`, { id: first.id });
    expect(again.data?.['payment']).toEqual(first);
  });

  it('shows a contract price only to members of the paying org', async () => {
    const outsider = await orgWithRoles(s.world, 'Curious Co');
    const r = await call(s.world, outsider.members.OWNER.token, 'query ($input: BookingQuoteInput!) { bookingQuote(input: $input) { price { amountMinor } } }', { input: { organizationId: sponsor.id, hostOrganizationId: host.id, payeeId: expert.userId, kind: 'CONSULTATION', currency: 'INR' } });
    expect(r.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const own = await call(s.world, outsider.members.OWNER.token, 'query ($input: BookingQuoteInput!) { bookingQuote(input: $input) { price { amountMinor } source } }', { input: { hostOrganizationId: host.id, payeeId: expert.userId, kind: 'CONSULTATION', currency: 'INR' } });
    expect(own.data?.['bookingQuote']).toEqual({ price: { amountMinor: PRICE }, source: 'HOST_RATE_CARD' });
  });
});

describe('afterwards', () => {
  it('leaves every counter equal to the bookings it counted, and every transaction balanced', async () => {
    expect(await ledgerFindings(s.world)).toEqual([]);
  });
});
