import type { EntityManager } from '@mikro-orm/postgresql';
import { formatMoney, isUuid, selectRows, userError, UserErrorsThrown } from '@guildhall/kernel';
import { cycleContaining, isCurrentlyOn, overageSurcharge, programStatus, withinPriceCap, type ProgramCycle, type ProgramTerms, type StoredProgramStatus, type UtilizationOutcome } from '../domain/program.js';

interface ProgramForUse extends ProgramTerms {
  id: string;
  name: string;
  status: StoredProgramStatus;
  startsOn: string;
  endsOn: string | null;
}

/** How a program takes one booking: covered, or overage charged to the org or the member. */
export interface ProgramUse {
  programId: string;
  assignmentId: string;
  userId: string;
  periodStart: string;
  outcome: UtilizationOutcome;
  priceMinor: number;
  coveredMinor: number;
  /** What the booking costs beyond cover (price plus surcharge); 0 when covered. */
  overageMinor: number;
  surchargeMinor: number;
}

const problem = (code: 'BAD_USER_INPUT' | 'CONFLICT' | 'PROGRAM_NOT_ASSIGNED' | 'PROGRAM_CAP_EXHAUSTED', message: string) =>
  new UserErrorsThrown([userError(code, ['input', 'programId'], message)]);

/**
 * Books against a program inside the checkout's transaction. Each cap is one conditional upsert of a
 * counter row: concurrent bookings queue on that row and the condition is checked again on the
 * latest count, so a cap of 10 covers exactly 10. A refusal throws, rolling back the whole checkout.
 */
export async function useProgram(em: EntityManager, r: { organizationId: string; programId: string; userId: string; priceMinor: number; currency: string; today: string }): Promise<ProgramUse> {
  const program = isUuid(r.programId) ? await findProgram(em, r.organizationId, r.programId) : null;
  if (!program) throw problem('BAD_USER_INPUT', 'There is no such program in this organization.');
  const status = programStatus(program.status, program.endsOn, r.today);
  if (status !== 'ACTIVE' || !isCurrentlyOn(program.startsOn, program.endsOn, r.today)) throw problem('CONFLICT', `${program.name} is ${status === 'ACTIVE' ? 'not running yet' : status.toLowerCase()}.`);
  if (program.currency !== r.currency) throw new UserErrorsThrown([userError('BAD_USER_INPUT', ['input', 'currency'], `${program.name} pays in ${program.currency}.`)]);
  const [assignment] = await em.execute<{ id: string }[]>(
    `select id from "billing"."program_assignment" where program_id = ? and user_id = ? and status = 'ACTIVE' and starts_on <= ? and (ends_on is null or ends_on >= ?)`,
    [program.id, r.userId, r.today, r.today],
  );
  if (!assignment) throw problem('PROGRAM_NOT_ASSIGNED', `You are not assigned to ${program.name}.`);
  const periodStart = cycleContaining(program.cycle, r.today).startDate;
  const use = { programId: program.id, assignmentId: assignment.id, userId: r.userId, periodStart, priceMinor: r.priceMinor };

  if (await tryCover(em, program, use)) return { ...use, outcome: 'COVERED', coveredMinor: r.priceMinor, overageMinor: 0, surchargeMinor: 0 };

  const surchargeMinor = overageSurcharge(r.priceMinor, program.overageSurchargeBps);
  const overageMinor = r.priceMinor + surchargeMinor;
  if (program.overage === 'BLOCK') throw problem('PROGRAM_CAP_EXHAUSTED', await exhaustedMessage(em, program, use));
  if (program.overage === 'CHARGE_MEMBER') return { ...use, outcome: 'OVERAGE_MEMBER', coveredMinor: 0, overageMinor, surchargeMinor };
  if (!(await chargeOverageToOrg(em, program, use, overageMinor))) {
    throw problem('PROGRAM_CAP_EXHAUSTED', `${program.name} has reached its overage limit of ${formatMoney(program.overageLimitMinor!, program.currency)} this cycle.`);
  }
  return { ...use, outcome: 'OVERAGE_ORG', coveredMinor: 0, overageMinor, surchargeMinor };
}

type Use = { programId: string; userId: string; periodStart: string; priceMinor: number };
const USAGE = '"billing"."program_usage"';
const MEMBER_USAGE = '"billing"."program_member_usage"';

/** Counts a covered booking if the program's cap allows it; false when it does not. */
async function tryCover(em: EntityManager, program: ProgramForUse, u: Use): Promise<boolean> {
  if (program.type === 'LICENSED_SEAT') {
    if (!withinPriceCap(program, u.priceMinor)) return false;
    const cap = program.engagementsPerCycle;
    const [counted] = await em.execute<{ engagements: number }[]>(
      `insert into ${MEMBER_USAGE} as m (program_id, period_start, user_id, engagements, covered_minor) select ?, ?, ?, 1, ? where ?::int is null or ?::int >= 1
       on conflict (program_id, period_start, user_id) do update set engagements = m.engagements + 1, covered_minor = m.covered_minor + excluded.covered_minor
       where ?::int is null or m.engagements < ?::int returning engagements`,
      [u.programId, u.periodStart, u.userId, u.priceMinor, cap, cap, cap, cap],
    );
    if (!counted) return false;
    await addToUsage(em, u, { engagements: 1, coveredMinor: u.priceMinor, overageMinor: 0 });
    return true;
  }
  const budget = program.budgetMinor!;
  const [counted] = await em.execute<{ covered_minor: string }[]>(
    `insert into ${USAGE} as p (program_id, period_start, engagements, covered_minor) select ?, ?, 1, ? where ?::bigint <= ?::bigint
     on conflict (program_id, period_start) do update set engagements = p.engagements + 1, covered_minor = p.covered_minor + excluded.covered_minor
     where p.covered_minor + excluded.covered_minor <= ?::bigint returning covered_minor`,
    [u.programId, u.periodStart, u.priceMinor, u.priceMinor, budget, budget],
  );
  if (!counted) return false;
  await addToMemberUsage(em, u, { engagements: 1, coveredMinor: u.priceMinor, overageMinor: 0 });
  return true;
}

/** Adds org-paid overage, within the cycle's overage limit when there is one. */
async function chargeOverageToOrg(em: EntityManager, program: ProgramForUse, u: Use, overageMinor: number): Promise<boolean> {
  const limit = program.overageLimitMinor;
  const [counted] = await em.execute<{ overage_minor: string }[]>(
    `insert into ${USAGE} as p (program_id, period_start, overage_minor) select ?, ?, ? where ?::bigint is null or ?::bigint <= ?::bigint
     on conflict (program_id, period_start) do update set overage_minor = p.overage_minor + excluded.overage_minor
     where ?::bigint is null or p.overage_minor + excluded.overage_minor <= ?::bigint returning overage_minor`,
    [u.programId, u.periodStart, overageMinor, limit, overageMinor, limit, limit, limit],
  );
  if (!counted) return false;
  await addToMemberUsage(em, u, { engagements: 0, coveredMinor: 0, overageMinor });
  return true;
}

interface Delta {
  engagements: number;
  coveredMinor: number;
  overageMinor: number;
}

/** Adds to a counter row, created at zero when missing. */
async function addToUsage(em: EntityManager, u: Pick<Use, 'programId' | 'periodStart'>, d: Delta) {
  await em.execute(
    `insert into ${USAGE} as p (program_id, period_start, engagements, covered_minor, overage_minor) values (?, ?, ?, ?, ?)
     on conflict (program_id, period_start) do update set engagements = p.engagements + excluded.engagements,
       covered_minor = p.covered_minor + excluded.covered_minor, overage_minor = p.overage_minor + excluded.overage_minor`,
    [u.programId, u.periodStart, d.engagements, d.coveredMinor, d.overageMinor],
  );
}

async function addToMemberUsage(em: EntityManager, u: Pick<Use, 'programId' | 'periodStart' | 'userId'>, d: Delta) {
  await em.execute(
    `insert into ${MEMBER_USAGE} as m (program_id, period_start, user_id, engagements, covered_minor, overage_minor) values (?, ?, ?, ?, ?, ?)
     on conflict (program_id, period_start, user_id) do update set engagements = m.engagements + excluded.engagements,
       covered_minor = m.covered_minor + excluded.covered_minor, overage_minor = m.overage_minor + excluded.overage_minor`,
    [u.programId, u.periodStart, u.userId, d.engagements, d.coveredMinor, d.overageMinor],
  );
}

/** Takes a booking's usage off both counter rows (they exist: the booking added to them). */
export async function takeBackUsage(em: EntityManager, u: Pick<Use, 'programId' | 'periodStart' | 'userId'>, d: Delta) {
  const set = 'engagements = engagements - ?, covered_minor = covered_minor - ?, overage_minor = overage_minor - ?';
  await em.execute(`update ${USAGE} set ${set} where program_id = ? and period_start = ?`, [d.engagements, d.coveredMinor, d.overageMinor, u.programId, u.periodStart]);
  await em.execute(`update ${MEMBER_USAGE} set ${set} where program_id = ? and period_start = ? and user_id = ?`, [d.engagements, d.coveredMinor, d.overageMinor, u.programId, u.periodStart, u.userId]);
}

async function exhaustedMessage(em: EntityManager, program: ProgramForUse, u: Use): Promise<string> {
  if (program.type === 'LICENSED_SEAT') {
    if (!withinPriceCap(program, u.priceMinor)) return `${program.name} covers engagements up to ${formatMoney(program.priceCapMinor!, program.currency)}.`;
    return `You have used all ${program.engagementsPerCycle} engagements ${program.name} covers this cycle.`;
  }
  const [row] = await em.execute<{ covered_minor: string }[]>(`select covered_minor from ${USAGE} where program_id = ? and period_start = ?`, [u.programId, u.periodStart]);
  const left = Math.max(0, program.budgetMinor! - Number(row?.covered_minor ?? 0));
  return `${program.name} has ${formatMoney(left, program.currency)} left this cycle; this costs ${formatMoney(u.priceMinor, program.currency)}.`;
}

async function findProgram(em: EntityManager, organizationId: string, programId: string): Promise<ProgramForUse | null> {
  const [row] = await selectRows<ProgramForUse & { budgetMinor: string | null; priceCapMinor: string | null; overageLimitMinor: string | null; cycle: ProgramCycle }>(
    em,
    `select id, name, type, status, cycle, currency, engagements_per_cycle, price_cap_minor, budget_minor, overage, overage_surcharge_bps, overage_limit_minor,
            to_char(starts_on, 'YYYY-MM-DD') as starts_on, to_char(ends_on, 'YYYY-MM-DD') as ends_on
       from "billing"."program" where id = ? and organization_id = ?`,
    [programId, organizationId],
  );
  if (!row) return null;
  const num = (v: string | number | null) => (v === null ? null : Number(v));
  return { ...row, currency: row.currency.trim(), budgetMinor: num(row.budgetMinor), priceCapMinor: num(row.priceCapMinor), overageLimitMinor: num(row.overageLimitMinor) };
}

/** The record of what a booking used, written once its payment exists. */
export async function recordUtilization(em: EntityManager, paymentId: string, use: ProgramUse) {
  await em.execute(
    `insert into "billing"."program_utilization" (id, payment_id, program_id, assignment_id, user_id, period_start, outcome, price_minor, covered_minor, overage_minor)
     values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [paymentId, use.programId, use.assignmentId, use.userId, use.periodStart, use.outcome, use.priceMinor, use.coveredMinor, use.overageMinor],
  );
}
