import { randomUUID } from 'node:crypto';
import { knownUser, startSystem, waitUntil, type GraphQLResponse, type RunningSystem } from '@guildhall/testkit';
import { call, closeWorld, hostOrgWithRoles, openWorld, orgWithRoles, rows, setMode, waitForBillingMember, type BillingWorld, type Role } from './billing-fixtures.js';

/**
 * Programs and assignments through the real gateway: who may manage, assign and read them, what
 * is refused and left unwritten, assignments ending with memberships and programs, and the usage
 * reads (on counters seeded here; checkout writes them for real).
 */
let system: RunningSystem;
let world: BillingWorld;

beforeAll(async () => {
  // EXPERT members need an org that hosts experts
  system = await startSystem({ servicesEnv: { FEATURE_HOST_ORGS: 'true' } });
  world = await openWorld(system);
}, 120_000);
afterAll(async () => {
  await closeWorld(world);
  await system?.stop();
});

const ROLES: Role[] = ['MAINTAINER', 'BILLING_ADMIN', 'MANAGER', 'EXPERT', 'SUPPORT', 'LEARNER'];
const PROGRAM_FIELDS = `id name description type status cycle currency engagementsPerCycle priceCap { amountMinor currency } budget { amountMinor currency }
  overage overageSurchargeBps overageLimit { amountMinor } startsOn endsOn termsLocked createdAt currentPeriod { startDate endDate }`;
const ASSIGNMENT_FIELDS = 'id programId userId status startsOn endsOn assignedBy revokedReason revokedAt createdAt';
const ERRORS = 'userErrors { code field message }';

type Member = { token: string; userId: string; email: string };
const topCode = (r: GraphQLResponse) => r.errors?.[0]?.extensions?.code;
const codes = (r: GraphQLResponse, payload = 'r') => (r.data?.[payload].userErrors as { code: string; field: string[] }[]).map((e) => `${e.code} ${e.field.join('.')}`);
const count = async (sql: string, params: unknown[]) => Number((await rows(world, sql, params))[0].n);

const createProgram = (token: string, input: Record<string, unknown>) =>
  call(world, token, `mutation ($input: CreateProgramInput!) { r: createProgram(input: $input) { program { ${PROGRAM_FIELDS} } ${ERRORS} } }`, { input });
const updateProgram = (token: string, input: Record<string, unknown>) =>
  call(world, token, `mutation ($input: UpdateProgramInput!) { r: updateProgram(input: $input) { program { ${PROGRAM_FIELDS} } ${ERRORS} } }`, { input });
const setStatus = (token: string, organizationId: string, programId: string, status: string) =>
  call(world, token, `mutation ($input: SetProgramStatusInput!) { r: setProgramStatus(input: $input) { program { id status } ${ERRORS} } }`, { input: { organizationId, programId, status } });
const assign = (token: string, organizationId: string, programId: string, userIds: string[], extra: Record<string, unknown> = {}) =>
  call(
    world,
    token,
    `mutation ($input: AssignProgramInput!) { r: assignProgram(input: $input) { program { id termsLocked } results { userId outcome assignment { ${ASSIGNMENT_FIELDS} } ${ERRORS} } ${ERRORS} } }`,
    { input: { organizationId, programId, userIds, ...extra } },
  );
const unassign = (token: string, organizationId: string, assignmentId: string) =>
  call(world, token, `mutation ($input: UnassignProgramInput!) { r: unassignProgram(input: $input) { assignment { ${ASSIGNMENT_FIELDS} } ${ERRORS} } }`, { input: { organizationId, assignmentId } });
const readProgram = (token: string, organizationId: string, id: string, inner = PROGRAM_FIELDS) =>
  call(world, token, `query ($org: ID!, $id: ID!) { program(organizationId: $org, id: $id) { ${inner} } }`, { org: organizationId, id });
const listPrograms = (token: string, organizationId: string, status?: string) =>
  call(world, token, `query ($id: ID!, $status: ProgramStatus) { billingAccount(organizationId: $id) { programs(status: $status) { id name status } } }`, { id: organizationId, status });
const myAssignments = (token: string, organizationId: string) =>
  call(
    world,
    token,
    `query ($org: ID!) { myProgramAssignments(organizationId: $org) { id programId programName programType programStatus overage overageSurchargeBps startsOn endsOn
      currentPeriod { startDate endDate } engagementsPerCycle priceCap { amountMinor } engagementsUsed engagementsRemaining budgetRemaining { amountMinor currency } } }`,
    { org: organizationId },
  );

const seat = (organizationId: string, overrides: Record<string, unknown> = {}) => ({
  organizationId,
  name: `Seat ${randomUUID().slice(0, 8)}`,
  type: 'LICENSED_SEAT',
  cycle: 'MONTHLY',
  engagementsPerCycle: 4,
  priceCapMinor: 500_000,
  overage: 'CHARGE_ORG',
  overageSurchargeBps: 1_000,
  overageLimitMinor: 1_000_000,
  ...overrides,
});
const pool = (organizationId: string, overrides: Record<string, unknown> = {}) => ({
  organizationId,
  name: `Pool ${randomUUID().slice(0, 8)}`,
  type: 'CREDIT_POOL',
  cycle: 'QUARTERLY',
  budgetMinor: 100_000,
  overage: 'CHARGE_MEMBER',
  ...overrides,
});

async function created(token: string, input: Record<string, unknown>) {
  const r = await createProgram(token, input);
  if (r.errors || r.data?.['r'].userErrors.length) throw new Error(`createProgram: ${JSON.stringify(r.errors ?? r.data)}`);
  return r.data!['r'].program as { id: string; name: string; termsLocked: boolean; currentPeriod: { startDate: string; endDate: string } };
}

/** The org's today (billing's profile, else India) and the first of its month, from the database's clock. */
async function orgCalendar(organizationId: string) {
  const [row] = await rows(
    world,
    `with tz as (select coalesce((select timezone from billing.billing_profile where organization_id = $1), 'Asia/Kolkata') as name)
     select to_char((now() at time zone tz.name)::date, 'YYYY-MM-DD') as today,
            to_char(date_trunc('month', (now() at time zone tz.name))::date, 'YYYY-MM-DD') as month_start,
            to_char((date_trunc('month', (now() at time zone tz.name)) - interval '1 month')::date, 'YYYY-MM-DD') as last_month_start,
            to_char((now() at time zone tz.name)::date - 1, 'YYYY-MM-DD') as yesterday from tz`,
    [organizationId],
  );
  return row as { today: string; month_start: string; last_month_start: string; yesterday: string };
}

async function addMember(ownerToken: string, organizationId: string, role: Role, label: string): Promise<Member> {
  const member = await knownUser(system, world.db, label);
  const added = await call(world, ownerToken, 'mutation ($input: AddMemberInput!) { addMember(input: $input) { userErrors { code message } } }', { input: { organizationId, email: member.email, role } });
  if (added.errors || added.data?.['addMember'].userErrors.length) throw new Error(`addMember: ${JSON.stringify(added.errors ?? added.data)}`);
  await waitForBillingMember(world, organizationId, member.userId);
  return member;
}

const membershipId = async (organizationId: string, userId: string) =>
  (await rows(world, 'select id from organization.membership where organization_id = $1 and user_id = $2', [organizationId, userId]))[0].id as string;
const assignmentRow = async (id: string) => (await rows(world, 'select status, revoked_reason from billing.program_assignment where id = $1', [id]))[0] as { status: string; revoked_reason: string | null };
const events = (type: string, organizationId: string) =>
  rows(world, 'select aggregate_id, payload from billing.outbox where type = $1 and organization_id = $2 order by seq', [type, organizationId]) as Promise<{ aggregate_id: string; payload: Record<string, string> }[]>;
const programRows = (organizationId: string) => count('select count(*)::int as n from billing.program where organization_id = $1', [organizationId]);

describe('programs', () => {
  let orgId: string;
  let m: Record<Role, Member>;
  let outsider: Member;
  let outsiderOrgId: string;

  beforeAll(async () => {
    const org = await hostOrgWithRoles(world, 'Programs Org', ROLES);
    orgId = org.org.id;
    m = org.members;
    await setMode(world, m.OWNER.token, orgId, 'SEAT_PACK');
    await waitForBillingMember(world, orgId, m.OWNER.userId);
    const other = await orgWithRoles(world, 'Outsider Org');
    outsider = other.members.OWNER;
    outsiderOrgId = other.org.id;
    await setMode(world, outsider.token, outsiderOrgId, 'INVOICED_MONTHLY');
  }, 120_000);

  describe('who may do what', () => {
    it('lets OWNER, MAINTAINER and MANAGER create, change and assign; refuses the other roles and writes nothing', async () => {
      for (const role of ['OWNER', 'MAINTAINER', 'MANAGER'] as const) {
        const program = await created(m[role].token, seat(orgId, { name: `By ${role}` }));
        expect(program).toMatchObject({ name: `By ${role}`, termsLocked: false });
        expect((await updateProgram(m[role].token, { organizationId: orgId, programId: program.id, description: 'for the sales team' })).data?.['r'].userErrors).toEqual([]);
        const assigned = await assign(m[role].token, orgId, program.id, [m.LEARNER.userId]);
        expect(assigned.data?.['r'].results).toMatchObject([{ userId: m.LEARNER.userId, outcome: 'ASSIGNED', assignment: { status: 'ACTIVE', assignedBy: m[role].userId }, userErrors: [] }]);
        const assignmentId = assigned.data?.['r'].results[0].assignment.id;
        expect((await unassign(m[role].token, orgId, assignmentId)).data?.['r']).toMatchObject({ assignment: { status: 'REVOKED', revokedReason: 'UNASSIGNED' }, userErrors: [] });
        expect((await setStatus(m[role].token, orgId, program.id, 'PAUSED')).data?.['r']).toEqual({ program: { id: program.id, status: 'PAUSED' }, userErrors: [] });
      }

      const target = await created(m.OWNER.token, seat(orgId));
      const kept = (await assign(m.OWNER.token, orgId, target.id, [m.SUPPORT.userId])).data?.['r'].results[0].assignment.id;
      const before = { programs: await programRows(orgId), assignments: await count('select count(*)::int as n from billing.program_assignment where organization_id = $1', [orgId]) };
      for (const role of ['BILLING_ADMIN', 'EXPERT', 'SUPPORT', 'LEARNER'] as const) {
        const token = m[role].token;
        expect(topCode(await createProgram(token, seat(orgId)))).toBe('FORBIDDEN');
        expect(topCode(await updateProgram(token, { organizationId: orgId, programId: target.id, name: 'Renamed' }))).toBe('FORBIDDEN');
        expect(topCode(await setStatus(token, orgId, target.id, 'CANCELLED'))).toBe('FORBIDDEN');
        expect(topCode(await assign(token, orgId, target.id, [m.EXPERT.userId]))).toBe('FORBIDDEN');
        expect(topCode(await unassign(token, orgId, kept))).toBe('FORBIDDEN');
      }
      expect(await programRows(orgId)).toBe(before.programs);
      expect(await count('select count(*)::int as n from billing.program_assignment where organization_id = $1', [orgId])).toBe(before.assignments);
      expect(await assignmentRow(kept)).toEqual({ status: 'ACTIVE', revoked_reason: null });
      expect((await readProgram(m.OWNER.token, orgId, target.id)).data?.['program']).toMatchObject({ name: target.name, status: 'ACTIVE' });
    });

    it('shows programs to OWNER, MAINTAINER, BILLING_ADMIN and MANAGER, and to no other role', async () => {
      const program = await created(m.OWNER.token, seat(orgId, { name: 'Visible' }));
      for (const role of ['OWNER', 'MAINTAINER', 'BILLING_ADMIN', 'MANAGER'] as const) {
        const one = await readProgram(m[role].token, orgId, program.id, `id name assignments { id } usage { engagements }`);
        expect(one.errors).toBeUndefined();
        expect(one.data?.['program']).toMatchObject({ id: program.id, name: 'Visible', assignments: [], usage: { engagements: 0 } });
        const list = await listPrograms(m[role].token, orgId);
        expect(list.errors).toBeUndefined();
        expect(list.data?.['billingAccount'].programs).toContainEqual({ id: program.id, name: 'Visible', status: 'ACTIVE' });
      }
      for (const role of ['EXPERT', 'SUPPORT', 'LEARNER'] as const) {
        expect(topCode(await readProgram(m[role].token, orgId, program.id))).toBe('FORBIDDEN');
        expect(topCode(await listPrograms(m[role].token, orgId))).toBe('FORBIDDEN');
      }
      expect((await readProgram(m.OWNER.token, orgId, randomUUID())).data?.['program']).toBeNull();
      expect((await readProgram(m.OWNER.token, orgId, 'not-an-id')).data?.['program']).toBeNull();
    });

    it("keeps a member of another org from seeing or changing anything, through any door", async () => {
      const program = await created(m.OWNER.token, seat(orgId, { name: 'Private', description: 'ours' }));
      const assignmentId = (await assign(m.OWNER.token, orgId, program.id, [m.LEARNER.userId])).data?.['r'].results[0].assignment.id;
      const t = outsider.token;

      expect(topCode(await readProgram(t, orgId, program.id))).toBe('NOT_FOUND');
      expect(topCode(await listPrograms(t, orgId))).toBe('NOT_FOUND');
      expect(topCode(await myAssignments(t, orgId))).toBe('NOT_FOUND');
      // through their own org, where they may read programs, it is simply not there
      expect((await readProgram(t, outsiderOrgId, program.id)).data?.['program']).toBeNull();
      expect((await listPrograms(t, outsiderOrgId)).data?.['billingAccount'].programs).toEqual([]);

      // naming our org: refused before anything is looked up
      expect(topCode(await createProgram(t, seat(orgId)))).toBe('FORBIDDEN');
      expect(topCode(await updateProgram(t, { organizationId: orgId, programId: program.id, name: 'Mine now' }))).toBe('FORBIDDEN');
      expect(topCode(await setStatus(t, orgId, program.id, 'CANCELLED'))).toBe('FORBIDDEN');
      expect(topCode(await assign(t, orgId, program.id, [outsider.userId]))).toBe('FORBIDDEN');
      expect(topCode(await unassign(t, orgId, assignmentId))).toBe('FORBIDDEN');
      // naming their own org: our rows are as unknown as missing ones
      for (const r of [
        await updateProgram(t, { organizationId: outsiderOrgId, programId: program.id, name: 'Mine now' }),
        await setStatus(t, outsiderOrgId, program.id, 'CANCELLED'),
        await assign(t, outsiderOrgId, program.id, [outsider.userId]),
        await unassign(t, outsiderOrgId, assignmentId),
      ]) {
        expect(topCode(r)).toBe('NOT_FOUND');
      }

      expect((await readProgram(m.OWNER.token, orgId, program.id, 'name description status assignments { id status }')).data?.['program']).toEqual({
        name: 'Private',
        description: 'ours',
        status: 'ACTIVE',
        assignments: [{ id: assignmentId, status: 'ACTIVE' }],
      });
      expect(await programRows(outsiderOrgId)).toBe(0);
    });
  });

  describe('creating and changing', () => {
    it('creates both kinds with their defaults and records the change', async () => {
      const { today } = await orgCalendar(orgId);
      const s = await createProgram(m.OWNER.token, seat(orgId, { name: '  Coaching seats  ', description: '  weekly coaching ' }));
      expect(s.data?.['r']).toMatchObject({
        program: {
          name: 'Coaching seats',
          description: 'weekly coaching',
          type: 'LICENSED_SEAT',
          status: 'ACTIVE',
          cycle: 'MONTHLY',
          currency: 'INR',
          engagementsPerCycle: 4,
          priceCap: { amountMinor: 500_000, currency: 'INR' },
          budget: null,
          overage: 'CHARGE_ORG',
          overageSurchargeBps: 1_000,
          overageLimit: { amountMinor: 1_000_000 },
          startsOn: today,
          endsOn: null,
          termsLocked: false,
        },
        userErrors: [],
      });
      const p = await createProgram(m.MANAGER.token, pool(orgId, { startsOn: '2030-01-01', endsOn: '2030-12-31' }));
      expect(p.data?.['r'].program).toMatchObject({ type: 'CREDIT_POOL', cycle: 'QUARTERLY', budget: { amountMinor: 100_000 }, overageSurchargeBps: 0, startsOn: '2030-01-01', endsOn: '2030-12-31' });
      const changes = (await events('billing.program.changed', orgId)).filter((e) => [s.data?.['r'].program.id, p.data?.['r'].program.id].includes(e.aggregate_id));
      expect(changes.map((e) => e.payload)).toEqual([
        { organizationId: orgId, programId: s.data?.['r'].program.id, type: 'LICENSED_SEAT', status: 'ACTIVE', change: 'created' },
        { organizationId: orgId, programId: p.data?.['r'].program.id, type: 'CREDIT_POOL', status: 'ACTIVE', change: 'created' },
      ]);
    });

    it('refuses the reserved types with their own code and writes nothing', async () => {
      const before = await programRows(orgId);
      const changes = (await events('billing.program.changed', orgId)).length;
      for (const type of ['PROJECT', 'RETAINER', 'RESELLER']) {
        const r = await createProgram(m.OWNER.token, seat(orgId, { type }));
        expect(r.data?.['r'].program).toBeNull();
        expect(codes(r)).toEqual(['PROGRAM_TYPE_NOT_AVAILABLE input.type']);
      }
      expect(await programRows(orgId)).toBe(before);
      expect((await events('billing.program.changed', orgId)).length).toBe(changes);
    });

    it('refuses bad terms, a foreign currency, past dates and a taken name, each with its field', async () => {
      const before = await programRows(orgId);
      const { yesterday } = await orgCalendar(orgId);
      expect(codes(await createProgram(m.OWNER.token, seat(orgId, { budgetMinor: 5_000, engagementsPerCycle: 0 })))).toEqual(['BAD_USER_INPUT input.engagementsPerCycle', 'BAD_USER_INPUT input.budgetMinor']);
      expect(codes(await createProgram(m.OWNER.token, pool(orgId, { budgetMinor: null })))).toEqual(['BAD_USER_INPUT input.budgetMinor']);
      expect(codes(await createProgram(m.OWNER.token, seat(orgId, { overage: 'BLOCK' })))).toEqual(['BAD_USER_INPUT input.overageLimitMinor']);
      expect(codes(await createProgram(m.OWNER.token, seat(orgId, { currency: 'USD' })))).toEqual(['BAD_USER_INPUT input.currency']);
      expect(codes(await createProgram(m.OWNER.token, seat(orgId, { name: ' ', startsOn: '2026-01-01', endsOn: yesterday })))).toEqual(['BAD_USER_INPUT input.name', 'BAD_USER_INPUT input.endsOn']);
      expect(codes(await createProgram(m.OWNER.token, seat(orgId, { startsOn: '2026-02-30' })))).toEqual(['BAD_USER_INPUT input.startsOn']);
      await created(m.OWNER.token, seat(orgId, { name: 'Taken' }));
      expect(codes(await createProgram(m.MAINTAINER.token, seat(orgId, { name: ' Taken ' })))).toEqual(['CONFLICT input.name']);
      expect(await programRows(orgId)).toBe(before + 1);
      // another org may use the name
      await created(outsider.token, seat(outsiderOrgId, { name: 'Taken' }));
    });

    it("refuses an org that does not spend its own funds, or does not sponsor", async () => {
      const tagOnly = await orgWithRoles(world, 'Tag Only Org');
      const r = await createProgram(tagOnly.members.OWNER.token, seat(tagOnly.org.id));
      expect(codes(r)).toEqual(['CONFLICT input.organizationId']);
      expect(r.data?.['r'].userErrors[0].message).toMatch(/programs spend the organization's funds; switch billing mode first/i);
      expect(await programRows(tagOnly.org.id)).toBe(0);

      await setMode(world, tagOnly.members.OWNER.token, tagOnly.org.id, 'INVOICED_MONTHLY');
      const off = await call(world, tagOnly.members.OWNER.token, 'mutation ($input: SetCapabilitiesInput!) { setOrganizationCapabilities(input: $input) { userErrors { code message } } }', {
        input: { organizationId: tagOnly.org.id, canSponsor: false, canHost: true }, // a host-only org
      });
      expect(off.data?.['setOrganizationCapabilities'].userErrors).toEqual([]);
      await waitUntil(async () => (await rows(world, 'select can_sponsor from billing.billing_account where organization_id = $1', [tagOnly.org.id]))[0].can_sponsor === false, 10_000, 'billing to see the org stop sponsoring');
      expect(codes(await createProgram(tagOnly.members.OWNER.token, seat(tagOnly.org.id)))).toEqual(['CONFLICT input.organizationId']);
      expect(await programRows(tagOnly.org.id)).toBe(0);
    });

    it('locks the money terms at the first assignment, and keeps name, description and end date editable', async () => {
      const program = await created(m.OWNER.token, seat(orgId));
      const change = (input: Record<string, unknown>) => updateProgram(m.MAINTAINER.token, { organizationId: orgId, programId: program.id, ...input });
      // before anyone is assigned, terms may change, even the type
      expect((await change({ engagementsPerCycle: 6, overage: 'BLOCK', overageLimitMinor: null })).data?.['r']).toMatchObject({ program: { engagementsPerCycle: 6, overage: 'BLOCK', overageLimit: null }, userErrors: [] });
      expect(codes(await change({ type: 'CREDIT_POOL' }))).toEqual(['BAD_USER_INPUT input.budgetMinor', 'BAD_USER_INPUT input.engagementsPerCycle', 'BAD_USER_INPUT input.priceCapMinor']);
      expect(codes(await change({ type: 'PROJECT' }))).toEqual(['PROGRAM_TYPE_NOT_AVAILABLE input.type']);

      const assigned = await assign(m.MANAGER.token, orgId, program.id, [m.EXPERT.userId]);
      expect(assigned.data?.['r'].program).toEqual({ id: program.id, termsLocked: true });
      const lockedAt = (await rows(world, 'select terms_locked_at from billing.program where id = $1', [program.id]))[0].terms_locked_at;
      expect(lockedAt).not.toBeNull();

      expect(codes(await change({ engagementsPerCycle: 10 }))).toEqual(['CONFLICT input.engagementsPerCycle']);
      expect(codes(await change({ overage: 'CHARGE_MEMBER', priceCapMinor: null, name: 'Sneaky' }))).toEqual(['CONFLICT input.priceCapMinor', 'CONFLICT input.overage']);
      const conflict = await change({ cycle: 'YEARLY' });
      expect(conflict.data?.['r'].userErrors[0].message).toMatch(/create a new program/);

      // the same value again is no change; the rest stays editable
      const edited = await change({ engagementsPerCycle: 6, name: 'Renamed seats', description: null, endsOn: '2099-12-31' });
      expect(edited.data?.['r']).toMatchObject({ program: { name: 'Renamed seats', description: null, endsOn: '2099-12-31', engagementsPerCycle: 6, termsLocked: true }, userErrors: [] });
      expect((await change({ endsOn: null })).data?.['r'].program.endsOn).toBeNull();
      const after = (await rows(world, 'select engagements_per_cycle, overage, cycle, terms_locked_at from billing.program where id = $1', [program.id]))[0];
      expect(after).toEqual({ engagements_per_cycle: 6, overage: 'BLOCK', cycle: 'MONTHLY', terms_locked_at: lockedAt });
      expect((await events('billing.program.changed', orgId)).filter((e) => e.aggregate_id === program.id).map((e) => e.payload['change'])).toEqual(['created', 'updated', 'updated', 'updated']);
    });

    it('pauses and resumes by compare-and-set, never resumes an expired program, and ends everything on cancel', async () => {
      const program = await created(m.OWNER.token, seat(orgId));
      expect((await setStatus(m.OWNER.token, orgId, program.id, 'PAUSED')).data?.['r'].program.status).toBe('PAUSED');
      expect(codes(await setStatus(m.OWNER.token, orgId, program.id, 'PAUSED'))).toEqual(['CONFLICT input.status']);
      // a paused program still takes assignments
      const assigned = await assign(m.OWNER.token, orgId, program.id, [m.LEARNER.userId, m.EXPERT.userId]);
      const ids = (assigned.data?.['r'].results as { assignment: { id: string } }[]).map((r) => r.assignment.id);
      expect((await setStatus(m.OWNER.token, orgId, program.id, 'ACTIVE')).data?.['r'].program.status).toBe('ACTIVE');

      const cancelled = await setStatus(m.MANAGER.token, orgId, program.id, 'CANCELLED');
      expect(cancelled.data?.['r']).toEqual({ program: { id: program.id, status: 'CANCELLED' }, userErrors: [] });
      for (const id of ids) expect(await assignmentRow(id)).toEqual({ status: 'REVOKED', revoked_reason: 'PROGRAM_CANCELLED' });
      const unassigned = (await events('billing.program.unassigned', orgId)).filter((e) => e.payload['programId'] === program.id);
      expect(unassigned.map((e) => [e.aggregate_id, e.payload['reason']]).sort()).toEqual(ids.map((id) => [id, 'PROGRAM_CANCELLED']).sort());
      expect((await events('billing.program.changed', orgId)).filter((e) => e.aggregate_id === program.id).map((e) => e.payload['change'])).toEqual(['created', 'paused', 'resumed', 'cancelled']);

      // final: nothing more happens to it
      expect(codes(await setStatus(m.OWNER.token, orgId, program.id, 'ACTIVE'))).toEqual(['CONFLICT input.status']);
      expect(codes(await setStatus(m.OWNER.token, orgId, program.id, 'CANCELLED'))).toEqual(['CONFLICT input.status']);
      expect(codes(await assign(m.OWNER.token, orgId, program.id, [m.SUPPORT.userId]))).toEqual(['CONFLICT input.programId']);
      expect(codes(await updateProgram(m.OWNER.token, { organizationId: orgId, programId: program.id, name: 'Again' }))).toEqual(['CONFLICT input.programId']);

      // EXPIRED comes from the end date: not resumed, not assigned, still cancellable, listed as such
      const { yesterday } = await orgCalendar(orgId);
      const old = await created(m.OWNER.token, seat(orgId, { startsOn: '2026-01-01' }));
      await rows(world, 'update billing.program set ends_on = $1 where id = $2', [yesterday, old.id]);
      expect((await readProgram(m.OWNER.token, orgId, old.id, 'status')).data?.['program']).toEqual({ status: 'EXPIRED' });
      expect((await listPrograms(m.OWNER.token, orgId, 'EXPIRED')).data?.['billingAccount'].programs).toEqual([{ id: old.id, name: old.name, status: 'EXPIRED' }]);
      expect(codes(await setStatus(m.OWNER.token, orgId, old.id, 'ACTIVE'))).toEqual(['CONFLICT input.status']);
      expect(codes(await setStatus(m.OWNER.token, orgId, old.id, 'PAUSED'))).toEqual(['CONFLICT input.status']);
      expect(codes(await assign(m.OWNER.token, orgId, old.id, [m.SUPPORT.userId]))).toEqual(['CONFLICT input.programId']);
      expect((await setStatus(m.OWNER.token, orgId, old.id, 'CANCELLED')).data?.['r'].program.status).toBe('CANCELLED');
      const cancelledList = (await listPrograms(m.OWNER.token, orgId, 'CANCELLED')).data?.['billingAccount'].programs as { id: string; status: string }[];
      expect(cancelledList.map((p) => p.id)).toEqual(expect.arrayContaining([program.id, old.id]));
      expect(new Set(cancelledList.map((p) => p.status))).toEqual(new Set(['CANCELLED']));
      expect(topCode(await setStatus(m.OWNER.token, orgId, randomUUID(), 'PAUSED'))).toBe('NOT_FOUND');
    });
  });

  describe('assigning', () => {
    it('answers for each person in a bulk assign, and records each new assignment once', async () => {
      const program = await created(m.OWNER.token, seat(orgId));
      const first = (await assign(m.OWNER.token, orgId, program.id, [m.SUPPORT.userId])).data?.['r'].results[0].assignment;
      const stranger = await knownUser(system, world.db, 'Not A Member');
      const r = await assign(m.MAINTAINER.token, orgId, program.id, [m.LEARNER.userId, m.EXPERT.userId, stranger.userId, 'not-a-user', m.LEARNER.userId, m.SUPPORT.userId]);
      expect(r.data?.['r'].userErrors).toEqual([]);
      const results = r.data?.['r'].results as { userId: string; outcome: string; assignment: { id: string; status: string; userId: string } | null; userErrors: { code: string; field: string[] }[] }[];
      expect(results.map((x) => [x.userId, x.outcome, x.userErrors.map((e) => `${e.code} ${e.field.join('.')}`)])).toEqual([
        [m.LEARNER.userId, 'ASSIGNED', []],
        [m.EXPERT.userId, 'ASSIGNED', []],
        [stranger.userId, 'REFUSED', ['BAD_USER_INPUT input.userIds.2']],
        ['not-a-user', 'REFUSED', ['BAD_USER_INPUT input.userIds.3']],
        [m.SUPPORT.userId, 'ALREADY_ASSIGNED', []],
      ]);
      expect(results[4]!.assignment).toEqual(first);
      expect(results[2]!.assignment).toBeNull();

      const assigned = (await events('billing.program.assigned', orgId)).filter((e) => e.payload['programId'] === program.id);
      expect(assigned.map((e) => e.payload['userId'])).toEqual([m.SUPPORT.userId, m.LEARNER.userId, m.EXPERT.userId]);
      expect(assigned[1]).toEqual({ aggregate_id: results[0]!.assignment!.id, payload: { organizationId: orgId, programId: program.id, assignmentId: results[0]!.assignment!.id, userId: m.LEARNER.userId } });
      const active = (await readProgram(m.OWNER.token, orgId, program.id, 'assignments(status: ACTIVE) { userId }')).data?.['program'].assignments as { userId: string }[];
      expect(active.map((a) => a.userId).sort()).toEqual([m.SUPPORT.userId, m.LEARNER.userId, m.EXPERT.userId].sort());
    });

    it('closes an assignment past its own end date when the person is assigned again', async () => {
      const program = await created(m.OWNER.token, seat(orgId));
      const { yesterday } = await orgCalendar(orgId);
      const first = (await assign(m.OWNER.token, orgId, program.id, [m.SUPPORT.userId])).data?.['r'].results[0].assignment;
      await world.db.query('update billing.program_assignment set starts_on = $2::date - 7, ends_on = $2 where id = $1', [first.id, yesterday]);
      const again = (await assign(m.OWNER.token, orgId, program.id, [m.SUPPORT.userId])).data?.['r'].results[0];
      expect(again.outcome).toBe('ASSIGNED');
      expect(again.assignment.id).not.toBe(first.id);
      expect(await assignmentRow(first.id)).toEqual({ status: 'REVOKED', revoked_reason: 'ENDED' });
    });

    it('refuses the whole request for a bad list or bad dates, writing nothing', async () => {
      const program = await created(m.OWNER.token, seat(orgId));
      const { yesterday } = await orgCalendar(orgId);
      expect(codes(await assign(m.OWNER.token, orgId, program.id, []))).toEqual(['BAD_USER_INPUT input.userIds']);
      expect(codes(await assign(m.OWNER.token, orgId, program.id, Array.from({ length: 501 }, () => randomUUID())))).toEqual(['BAD_USER_INPUT input.userIds']);
      expect(codes(await assign(m.OWNER.token, orgId, program.id, [m.LEARNER.userId], { startsOn: '2026-01-01', endsOn: yesterday }))).toEqual(['BAD_USER_INPUT input.endsOn']);
      expect(codes(await assign(m.OWNER.token, orgId, program.id, [m.LEARNER.userId], { startsOn: '2099-02-01', endsOn: '2099-01-01' }))).toEqual(['BAD_USER_INPUT input.endsOn']);
      expect(topCode(await assign(m.OWNER.token, orgId, randomUUID(), [m.LEARNER.userId]))).toBe('NOT_FOUND');
      expect(await count('select count(*)::int as n from billing.program_assignment where program_id = $1', [program.id])).toBe(0);
      expect((await readProgram(m.OWNER.token, orgId, program.id, 'termsLocked')).data?.['program']).toEqual({ termsLocked: false });
    });

    it('makes one assignment of concurrent assigns of the same person', async () => {
      const program = await created(m.OWNER.token, seat(orgId));
      const tokens = [m.OWNER.token, m.MAINTAINER.token, m.MANAGER.token, m.OWNER.token, m.MAINTAINER.token, m.MANAGER.token];
      const answers = await Promise.all(tokens.map((token) => assign(token, orgId, program.id, [m.LEARNER.userId])));
      const results = answers.map((a) => a.data?.['r'].results[0] as { outcome: string; assignment: { id: string } });
      expect(results.filter((x) => x.outcome === 'ASSIGNED')).toHaveLength(1);
      expect(results.filter((x) => x.outcome === 'ALREADY_ASSIGNED')).toHaveLength(tokens.length - 1);
      expect(new Set(results.map((x) => x.assignment.id)).size).toBe(1);
      expect(await count(`select count(*)::int as n from billing.program_assignment where program_id = $1 and user_id = $2`, [program.id, m.LEARNER.userId])).toBe(1);
      expect((await events('billing.program.assigned', orgId)).filter((e) => e.payload['programId'] === program.id)).toHaveLength(1);
    });

    it('unassigns once, with the reason and the event', async () => {
      const program = await created(m.OWNER.token, seat(orgId));
      const id = (await assign(m.OWNER.token, orgId, program.id, [m.EXPERT.userId])).data?.['r'].results[0].assignment.id;
      expect((await unassign(m.MANAGER.token, orgId, id)).data?.['r']).toMatchObject({ assignment: { id, status: 'REVOKED', revokedReason: 'UNASSIGNED', userId: m.EXPERT.userId }, userErrors: [] });
      expect(codes(await unassign(m.MANAGER.token, orgId, id))).toEqual(['CONFLICT input.assignmentId']);
      expect(topCode(await unassign(m.MANAGER.token, orgId, randomUUID()))).toBe('NOT_FOUND');
      expect((await events('billing.program.unassigned', orgId)).filter((e) => e.aggregate_id === id).map((e) => e.payload)).toEqual([
        { organizationId: orgId, programId: program.id, assignmentId: id, userId: m.EXPERT.userId, reason: 'UNASSIGNED' },
      ]);
      // and the person can be assigned afresh
      expect((await assign(m.OWNER.token, orgId, program.id, [m.EXPERT.userId])).data?.['r'].results[0]).toMatchObject({ outcome: 'ASSIGNED' });
    });

    it('ends the assignments of a member who is suspended or removed, and refuses to assign them', async () => {
      const program = await created(m.OWNER.token, seat(orgId));
      const suspended = await addMember(m.OWNER.token, orgId, 'LEARNER', 'To Suspend');
      const removed = await addMember(m.OWNER.token, orgId, 'LEARNER', 'To Remove');
      const results = (await assign(m.OWNER.token, orgId, program.id, [suspended.userId, removed.userId])).data?.['r'].results as { assignment: { id: string } }[];
      const [suspendedAssignment, removedAssignment] = results.map((r) => r.assignment.id) as [string, string];

      const s = await call(world, m.OWNER.token, `mutation ($input: MemberInput!) { suspendMember(input: $input) { ${ERRORS} } }`, { input: { organizationId: orgId, membershipId: await membershipId(orgId, suspended.userId) } });
      expect(s.data?.['suspendMember'].userErrors).toEqual([]);
      const r = await call(world, m.OWNER.token, `mutation ($input: RemoveMemberInput!) { removeMember(input: $input) { ${ERRORS} } }`, { input: { organizationId: orgId, membershipId: await membershipId(orgId, removed.userId) } });
      expect(r.data?.['removeMember'].userErrors).toEqual([]);
      await waitForBillingMember(world, orgId, suspended.userId, 'SUSPENDED');
      await waitForBillingMember(world, orgId, removed.userId, 'REMOVED');

      expect(await assignmentRow(suspendedAssignment)).toEqual({ status: 'REVOKED', revoked_reason: 'MEMBER_SUSPENDED' });
      expect(await assignmentRow(removedAssignment)).toEqual({ status: 'REVOKED', revoked_reason: 'MEMBER_REMOVED' });
      const unassigned = (await events('billing.program.unassigned', orgId)).filter((e) => e.payload['programId'] === program.id).map((e) => [e.payload['userId'], e.payload['assignmentId'], e.payload['reason']]);
      expect(unassigned).toEqual(
        expect.arrayContaining([
          [suspended.userId, suspendedAssignment, 'MEMBER_SUSPENDED'],
          [removed.userId, removedAssignment, 'MEMBER_REMOVED'],
        ]),
      );
      const again = await assign(m.OWNER.token, orgId, program.id, [suspended.userId, removed.userId]);
      expect((again.data?.['r'].results as { outcome: string; userErrors: { message: string }[] }[]).map((x) => [x.outcome, x.userErrors[0]?.message])).toEqual([
        ['REFUSED', expect.stringMatching(/suspended/)],
        ['REFUSED', expect.stringMatching(/removed/)],
      ]);
    });
  });

  describe('usage and entitlements', () => {
    let seatProgram: { id: string; name: string };
    let poolProgram: { id: string; name: string };
    let formerMember: string;
    let calendar: Awaited<ReturnType<typeof orgCalendar>>;

    beforeAll(async () => {
      calendar = await orgCalendar(orgId);
      seatProgram = await created(m.OWNER.token, seat(orgId, { name: 'Usage seats', engagementsPerCycle: 4, priceCapMinor: 200_000 }));
      poolProgram = await created(m.OWNER.token, pool(orgId, { name: 'Usage pool', cycle: 'MONTHLY', budgetMinor: 100_000 }));
      await assign(m.OWNER.token, orgId, seatProgram.id, [m.LEARNER.userId, m.EXPERT.userId, m.SUPPORT.userId]);
      await assign(m.OWNER.token, orgId, poolProgram.id, [m.LEARNER.userId, m.EXPERT.userId]);
      formerMember = randomUUID(); // used the seat this month, then left it
      const seed = async (programId: string, periodStart: string, totals: [number, number, number], members: [string, number, number, number][]) => {
        await rows(world, 'insert into billing.program_usage (program_id, period_start, engagements, covered_minor, overage_minor) values ($1, $2, $3, $4, $5)', [programId, periodStart, ...totals]);
        for (const [userId, ...values] of members) {
          await rows(world, 'insert into billing.program_member_usage (program_id, period_start, user_id, engagements, covered_minor, overage_minor) values ($1, $2, $3, $4, $5, $6)', [programId, periodStart, userId, ...values]);
        }
      };
      await seed(seatProgram.id, calendar.month_start, [8, 800_000, 165_000], [
        [m.LEARNER.userId, 3, 300_000, 0],
        [m.EXPERT.userId, 4, 400_000, 165_000],
        [formerMember, 1, 100_000, 0],
      ]);
      await seed(seatProgram.id, calendar.last_month_start, [2, 200_000, 0], [[m.LEARNER.userId, 2, 200_000, 0]]);
      await seed(poolProgram.id, calendar.month_start, [3, 35_000, 12_000], [
        [m.LEARNER.userId, 2, 25_000, 12_000],
        [m.EXPERT.userId, 1, 10_000, 0],
      ]);
    });

    const USAGE = 'startDate endDate engagements covered { amountMinor currency } overage { amountMinor } budgetRemaining { amountMinor } members { userId engagements engagementsRemaining covered { amountMinor } overage { amountMinor } }';

    it("shows a seat program's use this cycle per member, assigned members at zero, and an earlier cycle on request", async () => {
      const r = await readProgram(m.BILLING_ADMIN.token, orgId, seatProgram.id, `currentPeriod { startDate } usage { ${USAGE} }`);
      expect(r.errors).toBeUndefined();
      const program = r.data?.['program'];
      expect(program.currentPeriod.startDate).toBe(calendar.month_start);
      expect(program.usage).toMatchObject({ startDate: calendar.month_start, engagements: 8, covered: { amountMinor: 800_000, currency: 'INR' }, overage: { amountMinor: 165_000 }, budgetRemaining: null });
      expect(program.usage.members).toEqual([
        { userId: m.EXPERT.userId, engagements: 4, engagementsRemaining: 0, covered: { amountMinor: 400_000 }, overage: { amountMinor: 165_000 } },
        { userId: m.LEARNER.userId, engagements: 3, engagementsRemaining: 1, covered: { amountMinor: 300_000 }, overage: { amountMinor: 0 } },
        { userId: formerMember, engagements: 1, engagementsRemaining: 3, covered: { amountMinor: 100_000 }, overage: { amountMinor: 0 } },
        { userId: m.SUPPORT.userId, engagements: 0, engagementsRemaining: 4, covered: { amountMinor: 0 }, overage: { amountMinor: 0 } },
      ]);

      // any date of a cycle names it
      const lastMonthMid = `${calendar.last_month_start.slice(0, 8)}15`;
      const earlier = (await readProgram(m.MANAGER.token, orgId, seatProgram.id, `usage(periodStart: "${lastMonthMid}") { ${USAGE} }`)).data?.['program'].usage;
      expect(earlier).toMatchObject({ startDate: calendar.last_month_start, endDate: calendar.month_start, engagements: 2, covered: { amountMinor: 200_000 } });
      expect(earlier.members.map((x: { userId: string; engagements: number }) => [x.userId, x.engagements])).toEqual(
        expect.arrayContaining([
          [m.LEARNER.userId, 2],
          [m.EXPERT.userId, 0],
          [m.SUPPORT.userId, 0],
        ]),
      );
      expect(topCode(await readProgram(m.OWNER.token, orgId, seatProgram.id, 'usage(periodStart: "last month") { engagements }'))).toBe('BAD_REQUEST');
    });

    it("shows a pool's budget left this cycle", async () => {
      const usage = (await readProgram(m.OWNER.token, orgId, poolProgram.id, `usage { ${USAGE} }`)).data?.['program'].usage;
      expect(usage).toMatchObject({ engagements: 3, covered: { amountMinor: 35_000 }, overage: { amountMinor: 12_000 }, budgetRemaining: { amountMinor: 65_000 } });
      expect(usage.members).toEqual([
        { userId: m.LEARNER.userId, engagements: 2, engagementsRemaining: null, covered: { amountMinor: 25_000 }, overage: { amountMinor: 12_000 } },
        { userId: m.EXPERT.userId, engagements: 1, engagementsRemaining: null, covered: { amountMinor: 10_000 }, overage: { amountMinor: 0 } },
      ]);
    });

    it('shows each member their own entitlements and no one else', async () => {
      const mine = (await myAssignments(m.LEARNER.token, orgId)).data?.['myProgramAssignments'] as { programId: string }[];
      const usageOnes = mine.filter((a) => [seatProgram.id, poolProgram.id].includes(a.programId));
      expect(usageOnes).toEqual([
        {
          id: expect.any(String),
          programId: seatProgram.id,
          programName: 'Usage seats',
          programType: 'LICENSED_SEAT',
          programStatus: 'ACTIVE',
          overage: 'CHARGE_ORG',
          overageSurchargeBps: 1_000,
          startsOn: calendar.today,
          endsOn: null,
          currentPeriod: { startDate: calendar.month_start, endDate: expect.any(String) },
          engagementsPerCycle: 4,
          priceCap: { amountMinor: 200_000 },
          engagementsUsed: 3,
          engagementsRemaining: 1,
          budgetRemaining: null,
        },
        expect.objectContaining({ programId: poolProgram.id, programType: 'CREDIT_POOL', overage: 'CHARGE_MEMBER', engagementsUsed: 2, engagementsRemaining: null, budgetRemaining: { amountMinor: 65_000, currency: 'INR' } }),
      ]);
      // only ACTIVE assignments of the caller: every one is theirs
      const learnerAssignments = await rows(world, `select id from billing.program_assignment where organization_id = $1 and user_id = $2 and status = 'ACTIVE'`, [orgId, m.LEARNER.userId]);
      expect(mine.map((a) => (a as unknown as { id: string }).id).sort()).toEqual(learnerAssignments.map((a) => a.id).sort());

      const expert = ((await myAssignments(m.EXPERT.token, orgId)).data?.['myProgramAssignments'] as { programId: string; engagementsRemaining: number | null }[]).find((a) => a.programId === seatProgram.id);
      expect(expert?.engagementsRemaining).toBe(0);
      expect((await myAssignments(m.BILLING_ADMIN.token, orgId)).data?.['myProgramAssignments']).toEqual([]);
      // and reading the program itself is still refused to a LEARNER
      expect(topCode(await readProgram(m.LEARNER.token, orgId, seatProgram.id, 'usage { members { userId } }'))).toBe('FORBIDDEN');
    });
  });
});
