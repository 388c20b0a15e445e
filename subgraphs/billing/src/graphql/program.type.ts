import { Field, ID, Int, ObjectType } from 'type-graphql';
import { graphqlEnum, Money, money } from '@guildhall/kernel';
import {
  ASSIGN_OUTCOMES,
  ASSIGNMENT_STATUSES,
  cycleContaining,
  OVERAGE_ROUTINGS,
  PROGRAM_CYCLES,
  PROGRAM_STATUSES,
  PROGRAM_TYPES,
  programStatus,
  REVOKE_REASONS,
  SETTABLE_PROGRAM_STATUSES,
  type AssignmentStatus,
  type OverageRouting,
  type ProgramCycle,
  type ProgramStatus,
  type ProgramTerms,
  type ProgramType,
  type RevokeReason,
} from '../domain/program.js';
import type { AssignmentRow } from '../programs/assignment-store.js';
import { termsOf, type ProgramRow } from '../programs/program-store.js';

export const ProgramTypeEnum = graphqlEnum(
  PROGRAM_TYPES,
  'ProgramType',
  'LICENSED_SEAT covers a number of engagements per member per cycle; CREDIT_POOL covers bookings until the cycle\'s budget is spent. PROJECT, RETAINER and RESELLER are reserved (PROGRAM_TYPE_NOT_AVAILABLE).',
);
export const ProgramStatusEnum = graphqlEnum(PROGRAM_STATUSES, 'ProgramStatus', 'EXPIRED follows from the end date (in the org\'s timezone); CANCELLED is final.');
export const SettableProgramStatusEnum = graphqlEnum(SETTABLE_PROGRAM_STATUSES, 'SettableProgramStatus', 'ACTIVE (resume), PAUSED or CANCELLED (final; ends every assignment).');
export const ProgramCycleEnum = graphqlEnum(PROGRAM_CYCLES, 'ProgramCycle', "A calendar month, quarter or year of the org's timezone; usage starts afresh at each.");
export const OverageRoutingEnum = graphqlEnum(OVERAGE_ROUTINGS, 'OverageRouting', 'A booking the program does not cover is refused (BLOCK), paid by the member, or charged to the org.');
export const ProgramAssignmentStatusEnum = graphqlEnum(ASSIGNMENT_STATUSES, 'ProgramAssignmentStatus');
export const ProgramRevokeReasonEnum = graphqlEnum(REVOKE_REASONS, 'ProgramRevokeReason');
export const ProgramAssignOutcomeEnum = graphqlEnum(ASSIGN_OUTCOMES, 'ProgramAssignOutcome', 'ASSIGNED now, ALREADY_ASSIGNED before (not an error), or REFUSED (see userErrors).');

@ObjectType({ description: 'A cycle of a program: local calendar dates, the end exclusive (the next cycle\'s start).' })
export class ProgramPeriod {
  @Field(() => String) startDate!: string;
  @Field(() => String) endDate!: string;
}

@ObjectType({ description: "A way the org pays for its members' bookings: a licensed seat or a credit pool." })
export class Program {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => ProgramTypeEnum) type!: ProgramType;
  @Field(() => ProgramStatusEnum) status!: ProgramStatus;
  @Field(() => ProgramCycleEnum) cycle!: ProgramCycle;
  @Field(() => String, { description: 'ISO 4217; always the billing account\'s.' }) currency!: string;
  @Field(() => Int, { nullable: true, description: 'LICENSED_SEAT: engagements covered per member per cycle; null is unlimited.' }) engagementsPerCycle!: number | null;
  @Field(() => Money, { nullable: true, description: 'LICENSED_SEAT: an engagement priced above this is not covered.' }) priceCap!: Money | null;
  @Field(() => Money, { nullable: true, description: 'CREDIT_POOL: what the program covers per cycle, for all its members together.' }) budget!: Money | null;
  @Field(() => OverageRoutingEnum) overage!: OverageRouting;
  @Field(() => Int, { description: "Added to an overage booking's price, in basis points of it." }) overageSurchargeBps!: number;
  @Field(() => Money, { nullable: true, description: 'CHARGE_ORG: the most overage the org takes per cycle; null is no limit.' }) overageLimit!: Money | null;
  @Field(() => String, { description: 'YYYY-MM-DD, inclusive.' }) startsOn!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive; null runs until cancelled.' }) endsOn!: string | null;
  @Field(() => Boolean, { description: 'The money terms are fixed: a member has been assigned.' }) termsLocked!: boolean;
  @Field(() => Date) createdAt!: Date;
  @Field(() => ProgramPeriod, { description: "The cycle that holds today in the org's timezone." }) currentPeriod!: ProgramPeriod;

  organizationId!: string;
  terms!: ProgramTerms;
}

@ObjectType({ description: "A member's entitlement to a program." })
export class ProgramAssignment {
  @Field(() => ID) id!: string;
  @Field(() => ID) programId!: string;
  @Field(() => ID) userId!: string;
  @Field(() => ProgramAssignmentStatusEnum) status!: AssignmentStatus;
  @Field(() => String, { description: 'YYYY-MM-DD, inclusive.' }) startsOn!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive; null lasts as long as the program.' }) endsOn!: string | null;
  @Field(() => ID, { description: 'The user who assigned it.' }) assignedBy!: string;
  @Field(() => ProgramRevokeReasonEnum, { nullable: true }) revokedReason!: RevokeReason | null;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType({ description: "One member's use of a program in a cycle." })
export class MemberProgramUsage {
  @Field(() => ID) userId!: string;
  @Field(() => Int, { description: 'Bookings the program covered.' }) engagements!: number;
  @Field(() => Int, { nullable: true, description: 'LICENSED_SEAT with a cap: covered engagements left this cycle.' }) engagementsRemaining!: number | null;
  @Field(() => Money) covered!: Money;
  @Field(() => Money, { description: 'Beyond cover, surcharge included (charged to the org or paid by the member).' }) overage!: Money;
}

@ObjectType({ description: 'A program\'s use in one cycle.' })
export class ProgramUsage {
  @Field(() => String) startDate!: string;
  @Field(() => String, { description: 'Exclusive: the next cycle\'s start.' }) endDate!: string;
  @Field(() => Int) engagements!: number;
  @Field(() => Money) covered!: Money;
  @Field(() => Money) overage!: Money;
  @Field(() => Money, { nullable: true, description: 'CREDIT_POOL: budget not yet used this cycle.' }) budgetRemaining!: Money | null;
  @Field(() => [MemberProgramUsage], { description: 'Everyone who used it in the cycle, and every member assigned now (at zero when unused).' }) members!: MemberProgramUsage[];
}

@ObjectType({ description: 'One of your own program assignments and what it leaves you this cycle.' })
export class MyProgramAssignment {
  @Field(() => ID, { description: 'The assignment.' }) id!: string;
  @Field(() => ID) programId!: string;
  @Field(() => String) programName!: string;
  @Field(() => ProgramTypeEnum) programType!: ProgramType;
  @Field(() => ProgramStatusEnum) programStatus!: ProgramStatus;
  @Field(() => OverageRoutingEnum, { description: 'What happens to a booking the program does not cover.' }) overage!: OverageRouting;
  @Field(() => Int) overageSurchargeBps!: number;
  @Field(() => String) startsOn!: string;
  @Field(() => String, { nullable: true }) endsOn!: string | null;
  @Field(() => ProgramPeriod) currentPeriod!: ProgramPeriod;
  @Field(() => Int, { nullable: true, description: 'LICENSED_SEAT: covered per cycle; null is unlimited.' }) engagementsPerCycle!: number | null;
  @Field(() => Money, { nullable: true, description: 'LICENSED_SEAT: an engagement priced above this is not covered.' }) priceCap!: Money | null;
  @Field(() => Int, { description: 'Your bookings the program covered this cycle.' }) engagementsUsed!: number;
  @Field(() => Int, { nullable: true, description: 'LICENSED_SEAT with a cap: covered engagements you have left this cycle.' }) engagementsRemaining!: number | null;
  @Field(() => Money, { nullable: true, description: "CREDIT_POOL: what the pool (shared with the program's other members) still covers this cycle." }) budgetRemaining!: Money | null;
}

/** Money for an optional amount (a cap, a budget, what is left of one). */
export const moneyOrNull = (amountMinor: number | null, currency: string) => (amountMinor === null ? null : money(amountMinor, currency));

export const toProgram = (r: ProgramRow, today: string): Program => ({
  id: r.id,
  organizationId: r.organizationId,
  name: r.name,
  description: r.description,
  type: r.type,
  status: programStatus(r.status, r.endsOn, today),
  cycle: r.cycle,
  currency: r.currency,
  engagementsPerCycle: r.engagementsPerCycle,
  priceCap: moneyOrNull(r.priceCapMinor, r.currency),
  budget: moneyOrNull(r.budgetMinor, r.currency),
  overage: r.overage,
  overageSurchargeBps: r.overageSurchargeBps,
  overageLimit: moneyOrNull(r.overageLimitMinor, r.currency),
  startsOn: r.startsOn,
  endsOn: r.endsOn,
  termsLocked: r.termsLockedAt !== null,
  createdAt: r.createdAt,
  currentPeriod: cycleContaining(r.cycle, today),
  terms: termsOf(r),
});

export const toProgramAssignment = (a: AssignmentRow): ProgramAssignment => ({
  id: a.id,
  programId: a.programId,
  userId: a.userId,
  status: a.status,
  startsOn: a.startsOn,
  endsOn: a.endsOn,
  assignedBy: a.assignedBy,
  revokedReason: a.revokedReason,
  revokedAt: a.revokedAt,
  createdAt: a.createdAt,
});
