import type { GraphQLResponse } from '@guildhall/testkit';
import { call, hostOrgWithRoles, orgWithRoles, outboxOf, rows, useBillingSystem, type BillingSystem, type Role } from './billing-fixtures.js';

/**
 * Contracts between a sponsor org and a host org through the real gateway: who proposes, signs,
 * rejects, withdraws and terminates; versions and their supersession; one live contract per pair,
 * also under concurrency; and that a third org's member sees and changes nothing.
 */
let s: BillingSystem;
useBillingSystem((started) => (s = started), { hosting: true, poolMax: 20 }); // room for the concurrent accepts to really run at once

type Member = { token: string; userId: string };
type Org = { id: string; members: Record<Role, Member> };
let host: Org;
let sponsor: Org;
let third: Org;
let cardId: string;
let usdCardId: string;
let archivedCardId: string;

const CARD_MUTATION = 'mutation ($input: CreateRateCardInput!) { r: createRateCard(input: $input) { rateCard { id } userErrors { code } } }';
async function card(name: string, currency = 'INR', archived = false) {
  const r = await call(s.world, host.members.OWNER.token, CARD_MUTATION, { input: { organizationId: host.id, name, currency } });
  const id = r.data?.['r'].rateCard.id as string;
  if (archived) await call(s.world, host.members.OWNER.token, 'mutation ($input: RateCardRefInput!) { archiveRateCard(input: $input) { userErrors { code } } }', { input: { organizationId: host.id, rateCardId: id } });
  return id;
}

async function sponsorOrg(name: string, roles: Role[] = []): Promise<Org> {
  const { org, members } = await orgWithRoles(s.world, name, roles);
  return { id: org.id, members };
}

beforeAll(async () => {
  const h = await hostOrgWithRoles(s.world, 'Contract Host', ['BILLING_ADMIN', 'MAINTAINER', 'EXPERT']);
  host = { id: h.org.id, members: h.members };
  sponsor = await sponsorOrg('Contract Sponsor', ['BILLING_ADMIN', 'MAINTAINER', 'MANAGER', 'LEARNER']);
  third = await sponsorOrg('Contract Third', ['BILLING_ADMIN']);
  cardId = await card('Contract rates');
  usdCardId = await card('Dollar rates', 'USD');
  archivedCardId = await card('Old rates', 'INR', true);
}, 120_000);

const VERSION = 'version status proposedBySide proposedBy decidedBy decidedAt reason terms { rateCardId currency startsOn endsOn monthlySpendCap { amountMinor currency } rates { kind expertUserId unitPrice { amountMinor currency } split { platformBps hostBps expertBps } } }';
const CONTRACT = `id title status side sponsorOrganizationId hostOrganizationId inForce terminatedAt acceptedVersion { version status } versions { ${VERSION} }`;
const SPLIT = { platformBps: 1_000, hostBps: 1_500, expertBps: 7_500 };
const terms = (overrides: Record<string, unknown> = {}) => ({
  rateCardId: cardId,
  currency: 'INR',
  startsOn: '2026-01-01',
  monthlySpendCapMinor: 10_000_000,
  rates: [
    { kind: 'CONSULTATION', unitPriceMinor: 90_000, split: SPLIT },
    { kind: 'CONSULTATION', expertUserId: host.members.EXPERT.userId, unitPriceMinor: 150_000, split: SPLIT },
  ],
  ...overrides,
});

const mutate = (token: string, name: string, inputType: string, input: Record<string, unknown>) =>
  call(s.world, token, `mutation ($input: ${inputType}!) { r: ${name}(input: $input) { contract { ${CONTRACT} } userErrors { code field message } } }`, { input });
const propose = (token: string, input: Record<string, unknown>) =>
  mutate(token, 'proposeContract', 'ProposeContractInput', { organizationId: sponsor.id, side: 'SPONSOR', counterpartyOrganizationId: host.id, title: 'Coaching for our team', terms: terms(), ...input });
const amend = (token: string, organizationId: string, contractId: string, t = terms()) => mutate(token, 'amendContract', 'AmendContractInput', { organizationId, contractId, terms: t });
const accept = (token: string, organizationId: string, contractId: string, version: number) => mutate(token, 'acceptContract', 'ContractVersionRefInput', { organizationId, contractId, version });
const reject = (token: string, organizationId: string, contractId: string, version: number, reason?: string) => mutate(token, 'rejectContract', 'RejectContractInput', { organizationId, contractId, version, reason });
const withdraw = (token: string, organizationId: string, contractId: string, version: number) => mutate(token, 'withdrawContractProposal', 'ContractVersionRefInput', { organizationId, contractId, version });
const terminate = (token: string, organizationId: string, contractId: string) => mutate(token, 'terminateContract', 'TerminateContractInput', { organizationId, contractId });
const readOne = (token: string, organizationId: string, id: string) => call(s.world, token, `query ($org: ID!, $id: ID!) { contract(organizationId: $org, id: $id) { ${CONTRACT} } }`, { org: organizationId, id });
const readAll = (token: string, organizationId: string, status?: string) =>
  call(s.world, token, `query ($org: ID!, $status: ContractStatus) { contracts(organizationId: $org, status: $status) { id status side } }`, { org: organizationId, status });

const topCode = (r: GraphQLResponse) => r.errors?.[0]?.extensions?.code;
const codes = (r: GraphQLResponse) => {
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return (r.data?.['r'].userErrors as { code: string; field: string[] }[]).map((e) => `${e.code} ${e.field.join('.')}`);
};
type ContractView = { id: string; status: string; side: string; inForce: boolean; acceptedVersion: { version: number; status: string } | null; versions: { version: number; status: string; reason: string | null; decidedBy: string | null }[] } & Record<string, unknown>;
const ok = (r: GraphQLResponse): ContractView => {
  if (r.errors || r.data?.['r'].userErrors.length) throw new Error(JSON.stringify(r.errors ?? r.data?.['r'].userErrors));
  return r.data?.['r'].contract;
};
const statuses = (c: ContractView) => c.versions.map((v) => `${v.version}:${v.status}`);
const contractCount = async () => Number((await rows(s.world, 'select count(*) as n from billing.contract'))[0].n);
const versionCount = async () => Number((await rows(s.world, 'select count(*) as n from billing.contract_version'))[0].n);
const eventsOf = async (contractId: string) =>
  (await rows(s.world, `select type, organization_id, payload->>'version' as version from billing.outbox where aggregate_id = $1 and type like 'billing.contract.%' order by seq`, [contractId])).map(
    (e) => `${e.type.replace('billing.contract.', '')} v${e.version} ${e.organization_id === host.id ? 'host' : 'sponsor'}`,
  );
const stored = async (contractId: string) => ({
  contract: await rows(s.world, 'select * from billing.contract where id = $1', [contractId]),
  versions: await rows(s.world, 'select * from billing.contract_version where contract_id = $1 order by version', [contractId]),
});

describe('signing a contract', () => {
  let contractId: string;

  it('lets only an OWNER propose, as either side; version 1 waits for the other side', async () => {
    const before = await contractCount();
    for (const role of ['BILLING_ADMIN', 'MAINTAINER', 'MANAGER', 'LEARNER'] as const) expect(topCode(await propose(sponsor.members[role].token, {}))).toBe('FORBIDDEN');
    expect(await contractCount()).toBe(before);

    const contract = ok(await propose(sponsor.members.OWNER.token, { title: '  Coaching for our team  ' }));
    contractId = contract.id;
    expect(contract).toMatchObject({ title: 'Coaching for our team', status: 'PROPOSED', side: 'SPONSOR', sponsorOrganizationId: sponsor.id, hostOrganizationId: host.id, inForce: false, acceptedVersion: null });
    expect(contract.versions).toEqual([
      {
        version: 1,
        status: 'PROPOSED',
        proposedBySide: 'SPONSOR',
        proposedBy: sponsor.members.OWNER.userId,
        decidedBy: null,
        decidedAt: null,
        reason: null,
        terms: {
          rateCardId: cardId,
          currency: 'INR',
          startsOn: '2026-01-01',
          endsOn: null,
          monthlySpendCap: { amountMinor: 10_000_000, currency: 'INR' },
          rates: [
            { kind: 'CONSULTATION', expertUserId: null, unitPrice: { amountMinor: 90_000, currency: 'INR' }, split: SPLIT },
            { kind: 'CONSULTATION', expertUserId: host.members.EXPERT.userId, unitPrice: { amountMinor: 150_000, currency: 'INR' }, split: SPLIT },
          ],
        },
      },
    ]);
    expect(await eventsOf(contractId)).toEqual(['proposed v1 sponsor', 'proposed v1 host']);
    const [event] = await outboxOf(s.world, 'billing.contract.proposed', contractId);
    expect(event!.payload).toEqual({ organizationId: sponsor.id, contractId, sponsorOrganizationId: sponsor.id, hostOrganizationId: host.id, version: 1 });
  });

  it("shows each party the contract from its own side, to its contract readers only", async () => {
    const fromHost = await readOne(host.members.BILLING_ADMIN.token, host.id, contractId);
    expect(fromHost.errors).toBeUndefined();
    expect(fromHost.data?.['contract']).toMatchObject({ id: contractId, side: 'HOST', status: 'PROPOSED' });
    expect((await readAll(sponsor.members.MAINTAINER.token, sponsor.id)).data?.['contracts']).toContainEqual({ id: contractId, status: 'PROPOSED', side: 'SPONSOR' });
    expect((await readAll(host.members.OWNER.token, host.id, 'PROPOSED')).data?.['contracts']).toContainEqual({ id: contractId, status: 'PROPOSED', side: 'HOST' });
    expect((await readAll(host.members.OWNER.token, host.id, 'ACTIVE')).data?.['contracts']).toEqual([]);
    for (const role of ['MANAGER', 'LEARNER'] as const) {
      expect(topCode(await readOne(sponsor.members[role].token, sponsor.id, contractId))).toBe('FORBIDDEN');
      expect(topCode(await readAll(sponsor.members[role].token, sponsor.id))).toBe('FORBIDDEN');
    }
    expect(topCode(await readOne(host.members.EXPERT.token, host.id, contractId))).toBe('FORBIDDEN');
    const refs = await call(s.world, sponsor.members.OWNER.token, `query ($org: ID!, $id: ID!) { contract(organizationId: $org, id: $id) { sponsorOrganization { id name } hostOrganization { id } } }`, { org: sponsor.id, id: contractId });
    expect(refs.data?.['contract']).toEqual({ sponsorOrganization: { id: sponsor.id, name: 'Contract Sponsor' }, hostOrganization: { id: host.id } });
    const probe = await call(s.world, sponsor.members.OWNER.token, `query ($org: ID!, $id: ID!) { contract(organizationId: $org, id: $id) { id hostOrganization { id name } } }`, { org: sponsor.id, id: contractId });
    // organization's rules show an org's fields to its members only: the counterparty's name is refused, the contract still arrives
    expect(probe.data?.['contract']).toEqual({ id: contractId, hostOrganization: null });
    expect(probe.errors?.map((e) => [e.path?.join('.'), e.extensions?.['code']])).toEqual([['contract.hostOrganization', 'NOT_FOUND']]);
  });

  it("refuses the proposing side's signature, and a MAINTAINER's on the other side", async () => {
    const before = await stored(contractId);
    for (const role of ['OWNER', 'BILLING_ADMIN'] as const) expect(topCode(await accept(sponsor.members[role].token, sponsor.id, contractId, 1))).toBe('FORBIDDEN');
    expect(topCode(await reject(sponsor.members.OWNER.token, sponsor.id, contractId, 1))).toBe('FORBIDDEN');
    expect(topCode(await accept(host.members.MAINTAINER.token, host.id, contractId, 1))).toBe('FORBIDDEN');
    expect(topCode(await accept(host.members.EXPERT.token, host.id, contractId, 1))).toBe('FORBIDDEN');
    expect(topCode(await withdraw(host.members.OWNER.token, host.id, contractId, 1))).toBe('FORBIDDEN'); // the other side rejects instead
    expect(codes(await accept(host.members.BILLING_ADMIN.token, host.id, contractId, 7))).toEqual(['BAD_USER_INPUT input.version']);
    expect(await stored(contractId)).toEqual(before);
  });

  it("lets the other side's BILLING_ADMIN sign: the contract is ACTIVE and in force, and both parties hear of it", async () => {
    const signed = ok(await accept(host.members.BILLING_ADMIN.token, host.id, contractId, 1));
    expect(signed).toMatchObject({ status: 'ACTIVE', side: 'HOST', inForce: true, acceptedVersion: { version: 1, status: 'ACCEPTED' } });
    expect(signed.versions[0]).toMatchObject({ status: 'ACCEPTED', decidedBy: host.members.BILLING_ADMIN.userId });
    expect((await rows(s.world, 'select status, accepted_version from billing.contract where id = $1', [contractId]))[0]).toEqual({ status: 'ACTIVE', accepted_version: 1 });
    expect(await eventsOf(contractId)).toEqual(['proposed v1 sponsor', 'proposed v1 host', 'signed v1 sponsor', 'signed v1 host']);
    expect(codes(await accept(host.members.OWNER.token, host.id, contractId, 1))).toEqual(['CONFLICT input.version']);
  });

  it('refuses a second live contract for the pair, from either side, naming the first', async () => {
    const before = await contractCount();
    const again = await propose(sponsor.members.OWNER.token, { title: 'Another' });
    expect(codes(again)).toEqual(['CONFLICT input.counterpartyOrganizationId']);
    expect(again.data?.['r'].userErrors[0].message).toContain(contractId);
    expect(codes(await propose(host.members.OWNER.token, { organizationId: host.id, side: 'HOST', counterpartyOrganizationId: sponsor.id }))).toEqual(['CONFLICT input.counterpartyOrganizationId']);
    expect(await contractCount()).toBe(before);
  });

  it('takes amendments one at a time; accepting one supersedes the terms before it', async () => {
    expect(topCode(await amend(host.members.BILLING_ADMIN.token, host.id, contractId))).toBe('FORBIDDEN');
    const amended = ok(await amend(host.members.OWNER.token, host.id, contractId, terms({ monthlySpendCapMinor: null, rates: [{ kind: 'CONSULTATION', unitPriceMinor: 95_000, split: SPLIT }] })));
    expect(statuses(amended)).toEqual(['2:PROPOSED', '1:ACCEPTED']);
    expect(amended.acceptedVersion).toMatchObject({ version: 1 });
    expect(codes(await amend(sponsor.members.OWNER.token, sponsor.id, contractId))).toEqual(['CONFLICT input.contractId']);
    expect(topCode(await accept(host.members.OWNER.token, host.id, contractId, 2))).toBe('FORBIDDEN'); // the host proposed it

    const signed = ok(await accept(sponsor.members.BILLING_ADMIN.token, sponsor.id, contractId, 2));
    expect(statuses(signed)).toEqual(['2:ACCEPTED', '1:SUPERSEDED']);
    expect(signed).toMatchObject({ status: 'ACTIVE', side: 'SPONSOR', acceptedVersion: { version: 2, status: 'ACCEPTED' } });
    expect((await rows(s.world, 'select terms from billing.contract_version where contract_id = $1 and version = 2', [contractId]))[0].terms).toEqual({
      rateCardId: cardId,
      currency: 'INR',
      startsOn: '2026-01-01',
      endsOn: null,
      monthlySpendCapMinor: null,
      rates: [{ kind: 'CONSULTATION', expertUserId: null, unitPriceMinor: 95_000, split: SPLIT }],
    });
    expect((await eventsOf(contractId)).slice(4)).toEqual(['proposed v2 sponsor', 'proposed v2 host', 'signed v2 sponsor', 'signed v2 host']);
  });

  it('lets an amendment be withdrawn by its side without ending the contract', async () => {
    ok(await amend(sponsor.members.OWNER.token, sponsor.id, contractId));
    const withdrawn = ok(await withdraw(sponsor.members.OWNER.token, sponsor.id, contractId, 3));
    expect(statuses(withdrawn)).toEqual(['3:WITHDRAWN', '2:ACCEPTED', '1:SUPERSEDED']);
    expect(withdrawn).toMatchObject({ status: 'ACTIVE', acceptedVersion: { version: 2 } });
  });

  it("refuses a member of a third org: they see and change nothing", async () => {
    const before = await stored(contractId);
    const outsider = third.members.OWNER.token;
    expect(topCode(await readOne(outsider, sponsor.id, contractId))).toBe('NOT_FOUND');
    expect(topCode(await readAll(outsider, host.id))).toBe('NOT_FOUND');
    expect(topCode(await readOne(outsider, third.id, contractId))).toBe('NOT_FOUND');
    expect((await readAll(outsider, third.id)).data?.['contracts']).toEqual([]);
    expect(topCode(await amend(outsider, sponsor.id, contractId))).toBe('FORBIDDEN');
    expect(topCode(await amend(outsider, third.id, contractId))).toBe('NOT_FOUND');
    expect(topCode(await terminate(outsider, third.id, contractId))).toBe('NOT_FOUND');
    expect(topCode(await terminate(outsider, host.id, contractId))).toBe('FORBIDDEN');
    expect(topCode(await accept(third.members.BILLING_ADMIN.token, third.id, contractId, 2))).toBe('NOT_FOUND');
    expect(await stored(contractId)).toEqual(before);
  });

  it('lets either OWNER terminate; a terminated contract takes no more changes and frees the pair', async () => {
    ok(await amend(host.members.OWNER.token, host.id, contractId));
    expect(topCode(await terminate(sponsor.members.BILLING_ADMIN.token, sponsor.id, contractId))).toBe('FORBIDDEN');
    const ended = ok(await terminate(sponsor.members.OWNER.token, sponsor.id, contractId));
    expect(ended).toMatchObject({ status: 'TERMINATED', inForce: false, terminatedAt: expect.any(String), acceptedVersion: { version: 2 } });
    expect(statuses(ended)[0]).toBe('4:WITHDRAWN'); // the open proposal ended with it
    expect((await eventsOf(contractId)).slice(-2)).toEqual(['terminated v2 sponsor', 'terminated v2 host']);
    expect(codes(await terminate(host.members.OWNER.token, host.id, contractId))).toEqual(['CONFLICT input.contractId']);
    expect(codes(await amend(host.members.OWNER.token, host.id, contractId))).toEqual(['CONFLICT input.contractId']);
    expect(ok(await propose(host.members.OWNER.token, { organizationId: host.id, side: 'HOST', counterpartyOrganizationId: sponsor.id, terms: terms({ rateCardId: null }) }))).toMatchObject({ status: 'PROPOSED', side: 'HOST' });
  });
});

describe('a first proposal that is not signed', () => {
  it('rejected by the other side, terminates the contract and frees the pair', async () => {
    const other = await sponsorOrg('Rejected Sponsor');
    const proposed = ok(await propose(other.members.OWNER.token, { organizationId: other.id }));
    const rejected = ok(await reject(host.members.BILLING_ADMIN.token, host.id, proposed.id, 1, '  Rates too low  '));
    expect(rejected).toMatchObject({ status: 'TERMINATED', acceptedVersion: null });
    expect(rejected.versions).toEqual([expect.objectContaining({ version: 1, status: 'REJECTED', reason: 'Rates too low', decidedBy: host.members.BILLING_ADMIN.userId })]);
    expect(await eventsOf(proposed.id)).toEqual(['proposed v1 sponsor', 'proposed v1 host', 'rejected v1 sponsor', 'rejected v1 host', 'terminated v1 sponsor', 'terminated v1 host']);

    const again = ok(await propose(other.members.OWNER.token, { organizationId: other.id }));
    expect(again.id).not.toBe(proposed.id);
    const withdrawn = ok(await withdraw(other.members.OWNER.token, other.id, again.id, 1));
    expect(withdrawn).toMatchObject({ status: 'TERMINATED', versions: [expect.objectContaining({ status: 'WITHDRAWN', decidedBy: other.members.OWNER.userId })] });
    expect((await eventsOf(again.id)).slice(2)).toEqual(['terminated v1 sponsor', 'terminated v1 host']);
    expect(ok(await propose(other.members.OWNER.token, { organizationId: other.id })).status).toBe('PROPOSED');
  });
});

describe('refusals that write nothing', () => {
  it('refuses parties that cannot contract', async () => {
    const before = { contracts: await contractCount(), versions: await versionCount() };
    // neither the sponsor org nor the third org hosts experts
    expect(codes(await propose(sponsor.members.OWNER.token, { side: 'HOST', counterpartyOrganizationId: third.id }))).toEqual(['CONFLICT input.side']);
    expect(codes(await propose(third.members.OWNER.token, { organizationId: third.id, counterpartyOrganizationId: sponsor.id }))).toEqual(['CONFLICT input.counterpartyOrganizationId']);
    expect(codes(await propose(third.members.OWNER.token, { organizationId: third.id, counterpartyOrganizationId: third.id }))).toEqual(['BAD_USER_INPUT input.counterpartyOrganizationId']);
    expect(codes(await propose(third.members.OWNER.token, { organizationId: third.id, counterpartyOrganizationId: '00000000-0000-4000-8000-000000000000' }))).toEqual([
      'BAD_USER_INPUT input.counterpartyOrganizationId',
    ]);
    expect({ contracts: await contractCount(), versions: await versionCount() }).toEqual(before);
  });

  it('refuses bad terms with typed errors and field paths', async () => {
    const before = { contracts: await contractCount(), versions: await versionCount() };
    const by = (t: Record<string, unknown>, input: Record<string, unknown> = {}) => propose(third.members.OWNER.token, { organizationId: third.id, terms: terms(t), ...input });
    expect(codes(await by({ startsOn: '2026-06-01', endsOn: '2026-05-31' }))).toEqual(['BAD_USER_INPUT input.terms.endsOn']);
    expect(codes(await by({ currency: 'XYZ', monthlySpendCapMinor: 0 }, { title: ' ' }))).toEqual(['BAD_USER_INPUT input.title', 'BAD_USER_INPUT input.terms.currency', 'BAD_USER_INPUT input.terms.monthlySpendCapMinor']);
    expect(
      codes(
        await by({
          rates: [
            { kind: 'CONSULTATION', unitPriceMinor: 1_000, split: { platformBps: 1_000, hostBps: 1_000, expertBps: 1_000 } },
            { kind: 'CONSULTATION', unitPriceMinor: 2_000, split: SPLIT },
          ],
        }),
      ),
    ).toEqual(['BAD_USER_INPUT input.terms.rates.0.split', 'BAD_USER_INPUT input.terms.rates.1']);
    expect(codes(await by({ rateCardId: archivedCardId }))).toEqual(['BAD_USER_INPUT input.terms.rateCardId']);
    expect(codes(await by({ rateCardId: usdCardId }))).toEqual(['BAD_USER_INPUT input.terms.rateCardId']);
    expect(codes(await by({ rates: [{ kind: 'CLASS', expertUserId: third.members.BILLING_ADMIN.userId, unitPriceMinor: 1_000, split: SPLIT }] }))).toEqual(['BAD_USER_INPUT input.terms.rates.0.expertUserId']);
    // a card that is not the host's (here, no card of the counterparty at all) is unknown
    const otherHost = await hostOrgWithRoles(s.world, 'Other Host');
    expect(codes(await by({}, { counterpartyOrganizationId: otherHost.org.id }))).toEqual(['BAD_USER_INPUT input.terms.rateCardId', 'BAD_USER_INPUT input.terms.rates.1.expertUserId']);
    expect({ contracts: await contractCount(), versions: await versionCount() }).toEqual(before);
  });
});

describe('concurrency', () => {
  it('of two (or more) accepts of one version, exactly one signs', async () => {
    const other = await sponsorOrg('Racing Sponsor', ['BILLING_ADMIN']);
    const proposed = ok(await propose(other.members.OWNER.token, { organizationId: other.id }));
    const signers = [host.members.OWNER.token, host.members.BILLING_ADMIN.token, host.members.OWNER.token, host.members.BILLING_ADMIN.token];
    const results = await Promise.all(signers.map((token) => accept(token, host.id, proposed.id, 1)));
    const outcomes = results.map((r) => (r.errors ? `error ${topCode(r)}` : r.data?.['r'].userErrors.length ? codes(r).join() : 'signed')).sort();
    expect(outcomes).toEqual(['CONFLICT input.version', 'CONFLICT input.version', 'CONFLICT input.version', 'signed']);
    expect(await rows(s.world, 'select version, status from billing.contract_version where contract_id = $1', [proposed.id])).toEqual([{ version: 1, status: 'ACCEPTED' }]);
    expect((await eventsOf(proposed.id)).filter((e) => e.startsWith('signed'))).toEqual(['signed v1 sponsor', 'signed v1 host']);
  });

  it('of concurrent proposals for one pair, exactly one opens a contract', async () => {
    const other = await sponsorOrg('Eager Sponsor');
    const results = await Promise.all([0, 1, 2, 3].map((i) => propose(other.members.OWNER.token, { organizationId: other.id, title: `Attempt ${i}` })));
    const outcomes = results.map((r) => (r.errors ? `error ${topCode(r)}` : r.data?.['r'].userErrors.length ? codes(r).join() : 'proposed')).sort();
    expect(outcomes).toEqual(['CONFLICT input.counterpartyOrganizationId', 'CONFLICT input.counterpartyOrganizationId', 'CONFLICT input.counterpartyOrganizationId', 'proposed']);
    expect(Number((await rows(s.world, 'select count(*) as n from billing.contract where sponsor_organization_id = $1', [other.id]))[0].n)).toBe(1);
  });
});
