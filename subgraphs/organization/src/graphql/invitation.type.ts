import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo, RoleEnum, type Role } from '@guildhall/kernel';
import { INVITATION_STATUSES, type InvitationStatus } from '../domain/invitation.js';
import { UserRef } from './user.type.js';

export const InvitationStatusEnum = Object.fromEntries(INVITATION_STATUSES.map((s) => [s, s])) as { [K in InvitationStatus]: K };
registerEnumType(InvitationStatusEnum, { name: 'InvitationStatus', description: 'A PENDING invitation past its date reads as EXPIRED.' });

@ObjectType({ description: 'An invitation for an email to join an organization with a role. Visible to its governance (OWNER, MAINTAINER).' })
export class Invitation {
  @Field(() => ID) id!: string;
  organizationId!: string;
  @Field(() => String, { description: 'Lowercased.' }) email!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field(() => InvitationStatusEnum) status!: InvitationStatus;
  @Field(() => Date) expiresAt!: Date;
  @Field(() => Date) createdAt!: Date;
  @Field(() => UserRef, { description: 'Who sent it; resolved by identity.' }) invitedBy!: UserRef;
}

@ObjectType()
export class InvitationConnection {
  @Field(() => [Invitation]) nodes!: Invitation[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}

@ObjectType({ description: 'What the accept page may show to whoever holds the link, signed in or not.' })
export class InvitationPreview {
  @Field(() => String) organizationName!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field(() => String, { nullable: true, description: 'Who sent the invitation, by their display name.' }) inviterName!: string | null;
  @Field(() => Date) expiresAt!: Date;
  @Field(() => InvitationStatusEnum) status!: InvitationStatus;
}
