import { randomUUID } from 'node:crypto';
import { knownUser, startSystem, type GraphQLResponse, type RunningSystem } from '@guildhall/testkit';
import { call, closeWorld, hostOrgWithRoles, openWorld, orgWithRoles, rows, setMode, waitForBillingMember, type BillingWorld, type Role } from './billing-fixtures.js';

/**
 * The programs tests' system, org and helpers: one host org (EXPERT members need an org that hosts
 * experts) with a member of every role, on SEAT_PACK, and an outsider org on INVOICED_MONTHLY.
 */
export let system: RunningSystem;
export let world: BillingWorld;

export type Member = { token: string; userId: string; email: string };
export interface ProgramOrgs {
  orgId: string;
  m: Record<Role, Member>;
  outsider: Member;
  outsiderOrgId: string;
}

export function useProgramSystem(ready: (orgs: ProgramOrgs) => void) {
  beforeAll(async () => {
    system = await startSystem({ servicesEnv: { FEATURE_HOST_ORGS: 'true' } });
    world = await openWorld(system);
    const org = await hostOrgWithRoles(world, 'Programs Org', ROLES);
    await setMode(world, org.members.OWNER.token, org.org.id, 'SEAT_PACK');
    await waitForBillingMember(world, org.org.id, org.members.OWNER.userId);
    const other = await orgWithRoles(world, 'Outsider Org');
    await setMode(world, other.members.OWNER.token, other.org.id, 'INVOICED_MONTHLY');
    ready({ orgId: org.org.id, m: org.members, outsider: other.members.OWNER, outsiderOrgId: other.org.id });
  }, 180_000);
  afterAll(async () => {
    await closeWorld(world);
    await system?.stop();
  });
}

export const ROLES: Role[] = ['MAINTAINER', 'BILLING_ADMIN', 'MANAGER', 'EXPERT', 'SUPPORT', 'LEARNER'];
export const PROGRAM_FIELDS = `id name description type status cycle currency engagementsPerCycle priceCap { amountMinor currency } budget { amountMinor currency }
  overage overageSurchargeBps overageLimit { amountMinor } startsOn endsOn termsLocked createdAt currentPeriod { startDate endDate }`;
export const ASSIGNMENT_FIELDS = 'id programId userId status startsOn endsOn assignedBy revokedReason revokedAt createdAt';
export const ERRORS = 'userErrors { code field message }';

export const topCode = (r: GraphQLResponse) => r.errors?.[0]?.extensions?.code;
export const codes = (r: GraphQLResponse, payload = 'r') => (r.data?.[payload].userErrors as { code: string; field: string[] }[]).map((e) => `${e.code} ${e.field.join('.')}`);
export const count = async (sql: string, params: unknown[]) => Number((await rows(world, sql, params))[0].n);

export const createProgram = (token: string, input: Record<string, unknown>) =>
  call(world, token, `mutation ($input: CreateProgramInput!) { r: createProgram(input: $input) { program { ${PROGRAM_FIELDS} } ${ERRORS} } }`, { input });
export const updateProgram = (token: string, input: Record<string, unknown>) =>
  call(world, token, `mutation ($input: UpdateProgramInput!) { r: updateProgram(input: $input) { program { ${PROGRAM_FIELDS} } ${ERRORS} } }`, { input });
export const setStatus = (token: string, organizationId: string, programId: string, status: string) =>
  call(world, token, `mutation ($input: SetProgramStatusInput!) { r: setProgramStatus(input: $input) { program { id status } ${ERRORS} } }`, { input: { organizationId, programId, status } });
export const assign = (token: string, organizationId: string, programId: string, userIds: string[], extra: Record<string, unknown> = {}) =>
  call(
    world,
    token,
    `mutation ($input: AssignProgramInput!) { r: assignProgram(input: $input) { program { id termsLocked } results { userId outcome assignment { ${ASSIGNMENT_FIELDS} } ${ERRORS} } ${ERRORS} } }`,
    { input: { organizationId, programId, userIds, ...extra } },
  );
export const unassign = (token: string, organizationId: string, assignmentId: string) =>
  call(world, token, `mutation ($input: UnassignProgramInput!) { r: unassignProgram(input: $input) { assignment { ${ASSIGNMENT_FIELDS} } ${ERRORS} } }`, { input: { organizationId, assignmentId } });
export const readProgram = (token: string, organizationId: string, id: string, inner = PROGRAM_FIELDS) =>
  call(world, token, `query ($org: ID!, $id: ID!) { program(organizationId: $org, id: $id) { ${inner} } }`, { org: organizationId, id });
export const listPrograms = (token: string, organizationId: string, status?: string) =>
  call(world, token, `query ($id: ID!, $status: ProgramStatus) { billingAccount(organizationId: $id) { programs(status: $status) { id name status } } }`, { id: organizationId, status });
export const myAssignments = (token: string, organizationId: string) =>
  call(
    world,
    token,
    `query ($org: ID!) { myProgramAssignments(organizationId: $org) { id programId programName programType programStatus overage overageSurchargeBps startsOn endsOn
      currentPeriod { startDate endDate } engagementsPerCycle priceCap { amountMinor } engagementsUsed engagementsRemaining budgetRemaining { amountMinor currency } } }`,
    { org: organizationId },
  );

export const seat = (organizationId: string, overrides: Record<string, unknown> = {}) => ({
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
export const pool = (organizationId: string, overrides: Record<string, unknown> = {}) => ({
  organizationId,
  name: `Pool ${randomUUID().slice(0, 8)}`,
  type: 'CREDIT_POOL',
  cycle: 'QUARTERLY',
  budgetMinor: 100_000,
  overage: 'CHARGE_MEMBER',
  ...overrides,
});

export async function created(token: string, input: Record<string, unknown>) {
  const r = await createProgram(token, input);
  if (r.errors || r.data?.['r'].userErrors.length) throw new Error(`createProgram: ${JSON.stringify(r.errors ?? r.data)}`);
  return r.data!['r'].program as { id: string; name: string; termsLocked: boolean; currentPeriod: { startDate: string; endDate: string } };
}

/** The org's today (billing's profile, else India) and the first of its month, from the database's clock. */
export async function orgCalendar(organizationId: string) {
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

export async function addMember(ownerToken: string, organizationId: string, role: Role, label: string): Promise<Member> {
  const member = await knownUser(system, world.db, label);
  const added = await call(world, ownerToken, 'mutation ($input: AddMemberInput!) { addMember(input: $input) { userErrors { code message } } }', { input: { organizationId, email: member.email, role } });
  if (added.errors || added.data?.['addMember'].userErrors.length) throw new Error(`addMember: ${JSON.stringify(added.errors ?? added.data)}`);
  await waitForBillingMember(world, organizationId, member.userId);
  return member;
}

export const membershipId = async (organizationId: string, userId: string) =>
  (await rows(world, 'select id from organization.membership where organization_id = $1 and user_id = $2', [organizationId, userId]))[0].id as string;
export const assignmentRow = async (id: string) => (await rows(world, 'select status, revoked_reason from billing.program_assignment where id = $1', [id]))[0] as { status: string; revoked_reason: string | null };
export const events = (type: string, organizationId: string) =>
  rows(world, 'select aggregate_id, payload from billing.outbox where type = $1 and organization_id = $2 order by seq', [type, organizationId]) as Promise<{ aggregate_id: string; payload: Record<string, string> }[]>;
export const programRows = (organizationId: string) => count('select count(*)::int as n from billing.program where organization_id = $1', [organizationId]);
