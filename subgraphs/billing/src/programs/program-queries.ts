import { forbidden, isUuid, placeholders, principalCan, requireReader } from '@guildhall/kernel';
import { cycleContaining, programStatus, type CyclePeriod, type ProgramStatus } from '../domain/program.js';
import type { BillingDeps } from '../usecases/deps.js';
import { selectAssignments, type AssignmentRow } from './assignment-store.js';
import { orgToday } from '../invoices/billing-profile.js';
import { programOf, selectPrograms, type ProgramRow } from './program-store.js';
import { usageOfMember, type UsageTotals } from './utilization-queries.js';

type ReadDeps = Pick<BillingDeps, 'em' | 'principal'>;

/** Rows and the org's today they were read on: status and the current cycle follow from both. */
export interface ProgramsOn {
  today: string;
  programs: ProgramRow[];
}

/** programs.read. An org's programs, newest first; `status` narrows them (EXPIRED by the org's calendar). */
export async function listPrograms(deps: ReadDeps, organizationId: string, status: ProgramStatus | null): Promise<ProgramsOn> {
  requireReader(deps.principal, organizationId, 'programs.read');
  const today = await orgToday(deps.em, organizationId);
  const rows = await selectPrograms(deps.em, 'organization_id = ? order by created_at desc, id', [organizationId]);
  return { today, programs: status ? rows.filter((p) => programStatus(p.status, p.endsOn, today) === status) : rows };
}

/** programs.read. One program of the org, or null (another org's too). */
export async function findProgram(deps: ReadDeps, organizationId: string, programId: string): Promise<ProgramsOn> {
  requireReader(deps.principal, organizationId, 'programs.read');
  const program = isUuid(programId) ? await programOf(deps.em, organizationId, programId) : null;
  return { today: await orgToday(deps.em, organizationId), programs: program ? [program] : [] };
}

/** A member's own entitlement under one assignment, in the program's current cycle. */
export interface MyAssignment {
  assignment: AssignmentRow;
  program: ProgramRow;
  status: ProgramStatus;
  period: CyclePeriod;
  /** What they used themselves this cycle. */
  own: UsageTotals;
  /** What everyone used: a credit pool's budget is shared. */
  pool: UsageTotals;
}

/**
 * The caller's ACTIVE assignments in an org, for any ACTIVE member: their own, never anyone
 * else's, and of the program only what concerns them.
 */
export async function myProgramAssignments(deps: ReadDeps, organizationId: string): Promise<MyAssignment[]> {
  const principal = deps.principal;
  if (principal.kind !== 'user' || !principalCan(principal, organizationId, 'organization.read')) throw forbidden('Only an active member of this organization has program assignments in it.');
  const assignments = await selectAssignments(deps.em, `organization_id = ? and user_id = ? and status = 'ACTIVE' order by created_at, id`, [organizationId, principal.userId]);
  if (!assignments.length) return [];
  const programIds = [...new Set(assignments.map((a) => a.programId))];
  const programs = new Map((await selectPrograms(deps.em, `organization_id = ? and id in ${placeholders(programIds)}`, [organizationId, ...programIds])).map((p) => [p.id, p]));
  const today = await orgToday(deps.em, organizationId);
  const periods = new Map([...programs.values()].map((p) => [p.id, cycleContaining(p.cycle, today)]));
  const usage = await usageOfMember(deps.em, principal.userId, [...periods].map(([programId, period]) => ({ programId, periodStart: period.startDate })));
  return assignments.flatMap((assignment) => {
    const program = programs.get(assignment.programId);
    const period = periods.get(assignment.programId);
    if (!program || !period) return [];
    const key = { programId: program.id, periodStart: period.startDate };
    return [{ assignment, program, status: programStatus(program.status, program.endsOn, today), period, own: usage.own(key), pool: usage.program(key) }];
  });
}
