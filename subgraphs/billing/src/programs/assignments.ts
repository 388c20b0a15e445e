import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { fail, isUuid, notFound, type Outcome, placeholders, requireCapability, selectRows, userError, UserErrorsThrown, type UserErrorValue } from '@guildhall/kernel';
import type { MemberStatus } from '@guildhall/roles';
import { ASSIGN_BATCH_MAX, programDateErrors, programStatus, type AssignOutcome } from '../domain/program.js';
import { inTransaction } from '../usecases/transaction.js';
import { ASSIGNMENT, ASSIGNMENT_COLUMNS, selectAssignments, type AssignmentRow } from './assignment-store.js';
import { recordAssigned, recordUnassigned } from './assignment-events.js';
import { orgToday } from '../invoices/billing-profile.js';
import { lockProgram, PROGRAM, type ProgramRow } from './program-store.js';
import type { ProgramDeps } from './programs.js';

export interface AssignProgramInput {
  organizationId: string;
  programId: string;
  userIds: string[];
  /** Default: today, or the program's start when that is later. */
  startsOn?: string | null;
  /** Default (null): until the program ends, so extending the program extends the assignment. */
  endsOn?: string | null;
}

/** What assigning did for one person; `errors` explains a refusal. */
export interface AssignResult {
  userId: string;
  outcome: AssignOutcome;
  assignment: AssignmentRow | null;
  errors: UserErrorValue[];
}

const conflict = (field: string, message: string) => new UserErrorsThrown([userError('CONFLICT', ['input', field], message)]);
const later = (a: string, b: string) => (a > b ? a : b);

/** ACTIVE members among these users, read under a share lock: see assignProgram. */
async function memberStatuses(em: EntityManager, organizationId: string, userIds: string[]): Promise<Map<string, MemberStatus>> {
  if (!userIds.length) return new Map();
  const rows = await em.execute<{ user_id: string; status: MemberStatus }[]>(
    `select user_id, status from "billing"."member" where organization_id = ? and user_id in ${placeholders(userIds)} order by user_id for share`,
    [organizationId, ...userIds],
  );
  return new Map(rows.map((r) => [r.user_id, r.status]));
}

async function insertAssignments(em: EntityManager, program: ProgramRow, userIds: string[], dates: { startsOn: string; endsOn: string | null }, assignedBy: string): Promise<AssignmentRow[]> {
  if (!userIds.length) return [];
  const values = userIds.map(() => `(?, ?, ?, ?, 'ACTIVE', ?::date, ?::date, ?)`).join(', ');
  const params = userIds.flatMap((userId) => [randomUUID(), program.id, program.organizationId, userId, dates.startsOn, dates.endsOn, assignedBy]);
  // the partial unique index keeps one ACTIVE assignment per person: a concurrent assign of the same person inserts nothing here
  return selectRows<AssignmentRow>(
    em,
    `insert into ${ASSIGNMENT} (id, program_id, organization_id, user_id, status, starts_on, ends_on, assigned_by) values ${values}
     on conflict (program_id, user_id) where status = 'ACTIVE' do nothing returning ${ASSIGNMENT_COLUMNS}`,
    params,
  );
}

/** An assignment past its own end date no longer entitles anyone: it is closed, so the person can be assigned afresh. */
async function closeLapsedAssignments(em: EntityManager, deps: ProgramDeps, program: ProgramRow, userIds: string[], today: string) {
  if (!userIds.length) return;
  const lapsed = await selectRows<AssignmentRow>(
    em,
    `update ${ASSIGNMENT} set status = 'REVOKED', revoked_reason = 'ENDED', revoked_at = now()
     where program_id = ? and status = 'ACTIVE' and ends_on < ? and user_id in ${placeholders(userIds)} returning ${ASSIGNMENT_COLUMNS}`,
    [program.id, today, ...userIds],
  );
  for (const assignment of lapsed) recordUnassigned(em, deps, program.organizationId, assignment, 'ENDED');
}

const notAMember = (status: MemberStatus | undefined) =>
  status ? `Their membership is ${status.toLowerCase()}; only ACTIVE members can be assigned.` : 'This person is not a member of the organization.';

/**
 * programs.assign. Assigns up to 500 people at once and answers for each: assigned, already
 * assigned (their assignment, not an error) or refused (not an ACTIVE member). The program must
 * not be CANCELLED or EXPIRED; the first assignment fixes its money terms.
 */
export async function assignProgram(deps: ProgramDeps, input: AssignProgramInput): Promise<Outcome<{ program: ProgramRow; results: AssignResult[] }>> {
  const principal = deps.principal;
  requireCapability(principal, input.organizationId, 'programs.assign');
  if (!isUuid(input.programId)) throw notFound('Program');
  if (input.userIds.length < 1 || input.userIds.length > ASSIGN_BATCH_MAX) {
    return fail(userError('BAD_USER_INPUT', ['input', 'userIds'], `Assign 1 to ${ASSIGN_BATCH_MAX} people at a time.`));
  }
  // a repeated id is one person: answered once, at its first place
  const userIds = [...new Set(input.userIds)];
  const fieldOf = (userId: string) => ['input', 'userIds', String(input.userIds.indexOf(userId))];
  return inTransaction(deps.em, async (em) => {
    // the program's lock orders this against a cancellation (which would miss what we insert) and terms changes
    const program = await lockProgram(em, input.organizationId, input.programId);
    if (!program) throw notFound('Program');
    const today = await orgToday(em, input.organizationId);
    const status = programStatus(program.status, program.endsOn, today);
    if (status === 'CANCELLED' || status === 'EXPIRED') throw conflict('programId', `${program.name} is ${status.toLowerCase()}; nobody can be assigned to it.`);
    const dates = { startsOn: input.startsOn ?? later(today, program.startsOn), endsOn: input.endsOn ?? null };
    const dateErrors = programDateErrors(dates.startsOn, dates.endsOn, today);
    if (dateErrors.length) throw new UserErrorsThrown(dateErrors);

    // shared locks on the member rows: a membership ending meanwhile waits for this commit and then
    // revokes what it made, or ended first and is refused here
    const statuses = await memberStatuses(em, input.organizationId, userIds.filter(isUuid));
    const eligible = userIds.filter((userId) => statuses.get(userId) === 'ACTIVE');
    await closeLapsedAssignments(em, deps, program, eligible, today);
    const inserted = await insertAssignments(em, program, eligible, dates, principal.userId);
    const created = new Map(inserted.map((a) => [a.userId, a]));
    const left = eligible.filter((userId) => !created.has(userId));
    const existing = new Map(
      (left.length ? await selectAssignments(em, `program_id = ? and status = 'ACTIVE' and user_id in ${placeholders(left)}`, [program.id, ...left]) : []).map((a) => [a.userId, a]),
    );

    let current = program;
    if (inserted.length && !program.termsLockedAt) {
      const [locked] = await em.execute<{ terms_locked_at: string }[]>(`update ${PROGRAM} set terms_locked_at = now(), updated_at = now() where id = ? returning terms_locked_at`, [program.id]);
      current = { ...program, termsLockedAt: new Date(locked!.terms_locked_at) };
    }
    for (const assignment of inserted) recordAssigned(em, deps, program.organizationId, assignment);

    const results = userIds.map((userId): AssignResult => {
      const made = created.get(userId);
      if (made) return { userId, outcome: 'ASSIGNED', assignment: made, errors: [] };
      const had = existing.get(userId);
      if (had) return { userId, outcome: 'ALREADY_ASSIGNED', assignment: had, errors: [] };
      const message = !isUuid(userId) ? 'This is not a user id.' : eligible.includes(userId) ? 'The assignment changed meanwhile; try again.' : notAMember(statuses.get(userId));
      return { userId, outcome: 'REFUSED', assignment: null, errors: [userError(eligible.includes(userId) ? 'CONFLICT' : 'BAD_USER_INPUT', fieldOf(userId), message)] };
    });
    return { program: current, results };
  });
}

/** programs.assign. Ends one ACTIVE assignment (compare-and-set); the person keeps their history. */
export async function unassignProgram(deps: ProgramDeps, input: { organizationId: string; assignmentId: string }): Promise<Outcome<AssignmentRow>> {
  requireCapability(deps.principal, input.organizationId, 'programs.assign');
  if (!isUuid(input.assignmentId)) throw notFound('Program assignment');
  return inTransaction(deps.em, async (em) => {
    const [revoked] = await selectRows<AssignmentRow>(
      em,
      `update ${ASSIGNMENT} set status = 'REVOKED', revoked_reason = 'UNASSIGNED', revoked_at = now()
       where id = ? and organization_id = ? and status = 'ACTIVE' returning ${ASSIGNMENT_COLUMNS}`,
      [input.assignmentId, input.organizationId],
    );
    if (!revoked) {
      // another org's assignment is as unknown as a missing one
      const [current] = await selectAssignments(em, 'id = ? and organization_id = ?', [input.assignmentId, input.organizationId]);
      if (!current) throw notFound('Program assignment');
      throw conflict('assignmentId', 'This assignment has already ended.');
    }
    recordUnassigned(em, deps, input.organizationId, revoked, 'UNASSIGNED');
    return revoked;
  });
}
