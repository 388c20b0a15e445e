import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { allow, isAuthenticated, money, orgCapability, topLevelError, type Outcome } from '@guildhall/kernel';
import { budgetRemaining, cycleContaining, dateRangeErrors, engagementsRemaining, type AssignmentStatus, type ProgramStatus } from '../domain/program.js';
import { assignProgram, unassignProgram } from '../programs/assignments.js';
import { orgToday } from '../invoices/billing-profile.js';
import { findProgram, listPrograms, myProgramAssignments } from '../programs/program-queries.js';
import type { ProgramRow } from '../programs/program-store.js';
import { createProgram, setProgramStatus, updateProgram } from '../programs/programs.js';
import { assignmentsOfProgram } from '../programs/assignment-store.js';
import { memberUsages, programUsage } from '../programs/utilization-queries.js';
import { BillingAccount } from './billing-account.type.js';
import type { BillingContext } from './loaders.js';
import {
  AssignProgramInput,
  AssignProgramPayload,
  CreateProgramInput,
  ProgramAssignmentPayload,
  ProgramPayload,
  SetProgramStatusInput,
  UnassignProgramInput,
  UpdateProgramInput,
} from './program.input.js';
import {
  moneyOrNull,
  MyProgramAssignment,
  Program,
  ProgramAssignment,
  ProgramAssignmentStatusEnum,
  ProgramStatusEnum,
  ProgramUsage,
  toProgram,
  toProgramAssignment,
} from './program.type.js';

async function respond(outcome: Outcome<ProgramRow>, ctx: BillingContext): Promise<ProgramPayload> {
  if (!outcome.ok) return { program: null, userErrors: outcome.errors };
  return { program: toProgram(outcome.value, await orgToday(ctx.em, outcome.value.organizationId)), userErrors: [] };
}

/** Programs and assignments: the use cases check programs.manage and programs.assign on their own. */
@Resolver()
export class ProgramMutationResolver {
  @Mutation(() => ProgramPayload, { description: 'OWNER, MAINTAINER or MANAGER. The org must sponsor and pay from credits or the invoice; the name is unique in the org.' })
  async createProgram(@Arg('input', () => CreateProgramInput) input: CreateProgramInput, @Ctx() ctx: BillingContext) {
    return respond(await createProgram(ctx, { ...input }), ctx);
  }

  @Mutation(() => ProgramPayload, { description: 'Name, description and end date stay editable; a money term changed after the first assignment is a CONFLICT.' })
  async updateProgram(@Arg('input', () => UpdateProgramInput) input: UpdateProgramInput, @Ctx() ctx: BillingContext) {
    return respond(await updateProgram(ctx, { ...input }), ctx);
  }

  @Mutation(() => ProgramPayload, { description: 'Pause, resume or cancel (final: every assignment ends). An EXPIRED program is not resumed.' })
  async setProgramStatus(@Arg('input', () => SetProgramStatusInput) input: SetProgramStatusInput, @Ctx() ctx: BillingContext) {
    return respond(await setProgramStatus(ctx, { ...input }), ctx);
  }

  @Mutation(() => AssignProgramPayload, { description: 'OWNER, MAINTAINER or MANAGER: assigns ACTIVE members, answering for each one.' })
  async assignProgram(@Arg('input', () => AssignProgramInput) input: AssignProgramInput, @Ctx() ctx: BillingContext): Promise<AssignProgramPayload> {
    const outcome = await assignProgram(ctx, { ...input });
    if (!outcome.ok) return { program: null, results: [], userErrors: outcome.errors };
    const { program, results } = outcome.value;
    return {
      program: toProgram(program, await orgToday(ctx.em, program.organizationId)),
      results: results.map((r) => ({ userId: r.userId, outcome: r.outcome, assignment: r.assignment && toProgramAssignment(r.assignment), userErrors: r.errors })),
      userErrors: [],
    };
  }

  @Mutation(() => ProgramAssignmentPayload, { description: 'Ends an ACTIVE assignment (UNASSIGNED).' })
  async unassignProgram(@Arg('input', () => UnassignProgramInput) input: UnassignProgramInput, @Ctx() ctx: BillingContext): Promise<ProgramAssignmentPayload> {
    const outcome = await unassignProgram(ctx, { ...input });
    return outcome.ok ? { assignment: toProgramAssignment(outcome.value), userErrors: [] } : { assignment: null, userErrors: outcome.errors };
  }
}

@Resolver()
export class ProgramQueryResolver {
  @Query(() => Program, { nullable: true, description: 'One program of the org (OWNER, MAINTAINER, BILLING_ADMIN, MANAGER); null when there is none.' })
  async program(@Arg('organizationId', () => ID) organizationId: string, @Arg('id', () => ID) id: string, @Ctx() ctx: BillingContext): Promise<Program | null> {
    const { today, programs } = await findProgram(ctx, organizationId, id);
    return programs[0] ? toProgram(programs[0], today) : null;
  }

  @Query(() => [MyProgramAssignment], { description: "Any ACTIVE member: your own ACTIVE assignments in the org and what they leave you this cycle." })
  async myProgramAssignments(@Arg('organizationId', () => ID) organizationId: string, @Ctx() ctx: BillingContext): Promise<MyProgramAssignment[]> {
    return (await myProgramAssignments(ctx, organizationId)).map(({ assignment, program, status, period, own, pool }) => ({
      id: assignment.id,
      programId: program.id,
      programName: program.name,
      programType: program.type,
      programStatus: status,
      overage: program.overage,
      overageSurchargeBps: program.overageSurchargeBps,
      startsOn: assignment.startsOn,
      endsOn: assignment.endsOn,
      currentPeriod: period,
      engagementsPerCycle: program.engagementsPerCycle,
      priceCap: moneyOrNull(program.priceCapMinor, program.currency),
      engagementsUsed: own.engagements,
      engagementsRemaining: engagementsRemaining(program, own.engagements),
      budgetRemaining: moneyOrNull(budgetRemaining(program, pool.coveredMinor), program.currency),
    }));
  }
}

/** A Program is reached only through the guarded doors (programs.read, or a mutation's own check). */
@Resolver(() => Program)
export class ProgramFieldsResolver {
  @FieldResolver(() => [ProgramAssignment], { description: 'Oldest first; `status` narrows them.' })
  async assignments(
    @Root() program: Program,
    @Arg('status', () => ProgramAssignmentStatusEnum, { nullable: true }) status: AssignmentStatus | null | undefined,
    @Ctx() ctx: BillingContext,
  ): Promise<ProgramAssignment[]> {
    return (await assignmentsOfProgram(ctx.em, program.id, status ?? null)).map(toProgramAssignment);
  }

  @FieldResolver(() => ProgramUsage, { description: 'Use in the cycle holding `periodStart` (any date of it, YYYY-MM-DD); default the current cycle.' })
  async usage(@Root() program: Program, @Arg('periodStart', () => String, { nullable: true }) periodStart: string | null | undefined, @Ctx() ctx: BillingContext): Promise<ProgramUsage> {
    if (periodStart && dateRangeErrors(periodStart, null).length) throw topLevelError('BAD_REQUEST', '"periodStart" is a date, YYYY-MM-DD.', { argument: 'periodStart' });
    const period = periodStart ? cycleContaining(program.cycle, periodStart) : program.currentPeriod;
    const [totals, members] = await Promise.all([programUsage(ctx.em, program.id, period.startDate), memberUsages(ctx.em, program.id, period.startDate)]);
    const c = program.currency;
    return {
      ...period,
      engagements: totals.engagements,
      covered: money(totals.coveredMinor, c),
      overage: money(totals.overageMinor, c),
      budgetRemaining: moneyOrNull(budgetRemaining(program.terms, totals.coveredMinor), c),
      members: members.map((m) => ({
        userId: m.userId,
        engagements: m.engagements,
        engagementsRemaining: engagementsRemaining(program.terms, m.engagements),
        covered: money(m.coveredMinor, c),
        overage: money(m.overageMinor, c),
      })),
    };
  }
}

@Resolver(() => BillingAccount)
export class BillingAccountProgramsResolver {
  @FieldResolver(() => [Program], { description: "The org's programs, newest first (OWNER, MAINTAINER, BILLING_ADMIN, MANAGER)." })
  async programs(
    @Root() account: BillingAccount,
    @Arg('status', () => ProgramStatusEnum, { nullable: true }) status: ProgramStatus | null | undefined,
    @Ctx() ctx: BillingContext,
  ): Promise<Program[]> {
    // the BillingAccount rule admits billing.read; listPrograms also requires programs.read
    const { today, programs } = await listPrograms(ctx, account.organizationId, status ?? null);
    return programs.map((p) => toProgram(p, today));
  }
}

type Rule = typeof isAuthenticated | typeof allow;

/**
 * Shield rules for this file's fields. The mutations need a signed-in person and the use cases
 * decide programs.manage / programs.assign; `program` needs programs.read in its org, and
 * `myProgramAssignments` an ACTIVE membership (the use case also wants a person, not a key).
 * These types are reachable only through those doors, so their own fields are open.
 */
export const programPermissions: { Query: Record<string, Rule>; Mutation: Record<string, Rule>; [type: string]: Rule | Record<string, Rule> } = {
  Query: {
    program: orgCapability('programs.read', (_p, args: { organizationId: string }) => args.organizationId, 'Program'),
    myProgramAssignments: orgCapability('organization.read', (_p, args: { organizationId: string }) => args.organizationId),
  },
  Mutation: { createProgram: isAuthenticated, updateProgram: isAuthenticated, setProgramStatus: isAuthenticated, assignProgram: isAuthenticated, unassignProgram: isAuthenticated },
  Program: allow,
  ProgramPeriod: allow,
  ProgramAssignment: allow,
  ProgramUsage: allow,
  MemberProgramUsage: allow,
  MyProgramAssignment: allow,
  ProgramPayload: allow,
  AssignProgramPayload: allow,
  ProgramAssignmentResult: allow,
  ProgramAssignmentPayload: allow,
  Money: allow,
  UserError: allow,
};
