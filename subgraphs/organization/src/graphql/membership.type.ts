import { Field, ID, Int, ObjectType } from 'type-graphql';
import { MemberStatusEnum, PageInfo, RoleEnum, type MemberStatus, type Role } from '@guildhall/kernel';

@ObjectType({ description: "A user's place in an organization." })
export class Membership {
  @Field(() => ID)
  id!: string;

  organizationId!: string;
  userId!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => MemberStatusEnum)
  status!: MemberStatus;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType()
export class MembershipConnection {
  @Field(() => [Membership])
  nodes!: Membership[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
