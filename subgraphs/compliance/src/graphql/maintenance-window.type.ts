import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { graphqlEnum, UserError } from '@guildhall/kernel';

export const MaintenanceScopeEnum = graphqlEnum(['PLATFORM', 'ORGANIZATION'] as const, 'MaintenanceScope', 'PLATFORM: every organization; ORGANIZATION: one.');

@ObjectType({ description: 'A period when the gateway refuses requests with MAINTENANCE (HTTP 503): platform-wide, or for one organization.' })
export class MaintenanceWindow {
  @Field(() => ID)
  id!: string;

  @Field(() => MaintenanceScopeEnum)
  scope!: keyof typeof MaintenanceScopeEnum;

  @Field(() => ID, { nullable: true, description: 'The organization under maintenance; null when platform-wide.' })
  organizationId!: string | null;

  @Field(() => Date)
  startsAt!: Date;

  @Field(() => Date)
  endsAt!: Date;

  @Field(() => String, { description: 'What users are told.' })
  message!: string;

  @Field(() => Boolean, { description: 'In force now: started, not over, not cancelled.' })
  active!: boolean;

  @Field(() => Date, { nullable: true })
  cancelledAt!: Date | null;
}

@InputType()
export class ScheduleMaintenanceWindowInput {
  @Field(() => ID, { nullable: true, description: 'Null: platform-wide.' })
  organizationId?: string | null;

  @Field(() => Date)
  startsAt!: Date;

  @Field(() => Date)
  endsAt!: Date;

  @Field(() => String)
  message!: string;
}

@ObjectType()
export class MaintenanceWindowPayload {
  @Field(() => MaintenanceWindow, { nullable: true })
  maintenanceWindow!: MaintenanceWindow | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
