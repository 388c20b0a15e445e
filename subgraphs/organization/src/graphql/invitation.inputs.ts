import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { RoleEnum, UserError, type Role } from '@guildhall/kernel';
import { Invitation } from './invitation.type.js';
import { Membership } from './membership.type.js';

@InputType({ description: 'Who to invite, as what. Also used by createOrganization.' })
export class InviteInput {
  @Field(() => String) email!: string;
  @Field(() => RoleEnum, { description: 'OWNER, MAINTAINER, BILLING_ADMIN, MANAGER, EXPERT (orgs that host) or LEARNER.' }) role!: Role;
}

@InputType()
export class InviteMemberInput extends InviteInput {
  @Field(() => ID) organizationId!: string;
}

@InputType()
export class InviteMembersInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => String, { description: 'A CSV file: header `email,role` (role optional, LEARNER by default), at most 500 rows.' }) csv!: string;
}

@InputType()
export class InvitationInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) invitationId!: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field(() => String, { description: 'The token from the invitation link.' }) token!: string;
}

@ObjectType()
export class InvitationPayload {
  @Field(() => Invitation, { nullable: true }) invitation!: Invitation | null;
  @Field(() => Boolean, { description: 'False when the email could not be sent; the invitation stands, resend it later.' }) emailSent!: boolean;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class RevokeInvitationPayload {
  @Field(() => Invitation, { nullable: true }) invitation!: Invitation | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType({ description: 'The outcome of one row of the file.' })
export class InviteMembersRowResult {
  @Field(() => Int, { description: 'The row in the file; the header is row 1.' }) row!: number;
  @Field(() => String) email!: string;
  @Field(() => Invitation, { nullable: true }) invitation!: Invitation | null;
  @Field(() => Boolean) emailSent!: boolean;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class InviteMembersPayload {
  @Field(() => [InviteMembersRowResult]) results!: InviteMembersRowResult[];
  @Field(() => [UserError], { description: 'Problems with the file as a whole; then no row was read or written.' }) userErrors!: UserError[];
}

@ObjectType()
export class AcceptInvitationPayload {
  @Field(() => Membership, { nullable: true }) membership!: Membership | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}
