import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MinorUnits, UserError } from '@guildhall/kernel';
import type { AssignOutcome, OverageRouting, ProgramCycle, ProgramType, StoredProgramStatus } from '../domain/program.js';
import { OverageRoutingEnum, Program, ProgramAssignment, ProgramAssignOutcomeEnum, ProgramCycleEnum, ProgramTypeEnum, SettableProgramStatusEnum } from './program.type.js';

@InputType()
export class CreateProgramInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => String, { description: '1–80 characters, unique within the org.' }) name!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => ProgramTypeEnum) type!: ProgramType;
  @Field(() => ProgramCycleEnum) cycle!: ProgramCycle;
  @Field(() => String, { nullable: true, description: "ISO 4217; default and only choice: the billing account's." }) currency?: string | null;
  @Field(() => Int, { nullable: true, description: 'LICENSED_SEAT: 1–10,000 per member per cycle; omit for unlimited.' }) engagementsPerCycle?: number | null;
  @Field(() => MinorUnits, { nullable: true, description: 'LICENSED_SEAT: the most an engagement may cost to be covered.' }) priceCapMinor?: number | null;
  @Field(() => MinorUnits, { nullable: true, description: 'CREDIT_POOL (required): what it covers per cycle.' }) budgetMinor?: number | null;
  @Field(() => OverageRoutingEnum) overage!: OverageRouting;
  @Field(() => Int, { nullable: true, description: '0–10,000 basis points added to overage bookings; default 0.' }) overageSurchargeBps?: number | null;
  @Field(() => MinorUnits, { nullable: true, description: 'CHARGE_ORG only: the most overage per cycle.' }) overageLimitMinor?: number | null;
  @Field(() => String, { nullable: true, description: "YYYY-MM-DD; default today in the org's timezone." }) startsOn?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive; omit to run until cancelled.' }) endsOn?: string | null;
}

@InputType({ description: 'Only what is given changes; null clears a value that may be empty. Money terms are fixed once a member is assigned.' })
export class UpdateProgramInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) programId!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null runs until cancelled.' }) endsOn?: string | null;
  @Field(() => ProgramTypeEnum, { nullable: true }) type?: ProgramType | null;
  @Field(() => ProgramCycleEnum, { nullable: true }) cycle?: ProgramCycle | null;
  @Field(() => String, { nullable: true }) currency?: string | null;
  @Field(() => Int, { nullable: true }) engagementsPerCycle?: number | null;
  @Field(() => MinorUnits, { nullable: true }) priceCapMinor?: number | null;
  @Field(() => MinorUnits, { nullable: true }) budgetMinor?: number | null;
  @Field(() => OverageRoutingEnum, { nullable: true }) overage?: OverageRouting | null;
  @Field(() => Int, { nullable: true }) overageSurchargeBps?: number | null;
  @Field(() => MinorUnits, { nullable: true }) overageLimitMinor?: number | null;
}

@InputType()
export class SetProgramStatusInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) programId!: string;
  @Field(() => SettableProgramStatusEnum) status!: StoredProgramStatus;
}

@InputType()
export class AssignProgramInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) programId!: string;
  @Field(() => [ID], { description: '1–500 users; each must be an ACTIVE member.' }) userIds!: string[];
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; default today, or the program\'s start when later.' }) startsOn?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive; omit to last as long as the program.' }) endsOn?: string | null;
}

@InputType()
export class UnassignProgramInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) assignmentId!: string;
}

@ObjectType()
export class ProgramPayload {
  @Field(() => Program, { nullable: true }) program!: Program | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType({ description: 'What assigning did for one user.' })
export class ProgramAssignmentResult {
  @Field(() => ID) userId!: string;
  @Field(() => ProgramAssignOutcomeEnum) outcome!: AssignOutcome;
  @Field(() => ProgramAssignment, { nullable: true, description: 'The new or existing assignment; null when refused.' }) assignment!: ProgramAssignment | null;
  @Field(() => [UserError], { description: 'Why this user was refused; the field is input.userIds.<index>.' }) userErrors!: UserError[];
}

@ObjectType()
export class AssignProgramPayload {
  @Field(() => Program, { nullable: true }) program!: Program | null;
  @Field(() => [ProgramAssignmentResult], { description: 'One per distinct user id, in the order given.' }) results!: ProgramAssignmentResult[];
  @Field(() => [UserError], { description: 'Why nothing was assigned at all (the program, the dates, the list).' }) userErrors!: UserError[];
}

@ObjectType()
export class ProgramAssignmentPayload {
  @Field(() => ProgramAssignment, { nullable: true }) assignment!: ProgramAssignment | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}
