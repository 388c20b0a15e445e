import { Directive, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MemberStatusEnum, RoleEnum, UserError, type MemberStatus, type Role } from '@guildhall/kernel';

/** Internal: the records the gateway's SCIM edge turns into SCIM resources. */
@ObjectType()
@Directive('@inaccessible')
export class ScimGroupRef {
  @Field(() => ID) id!: string;
  @Field(() => String) displayName!: string;
}

@ObjectType()
@Directive('@inaccessible')
export class ScimMemberRef {
  @Field(() => ID) id!: string;
  @Field(() => String) userName!: string;
}

@ObjectType({ description: 'Internal: a member as a SCIM User.' })
@Directive('@inaccessible')
export class ScimUserRecord {
  @Field(() => ID, { description: 'The membership id.' }) id!: string;
  @Field(() => ID) userId!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field(() => MemberStatusEnum) status!: MemberStatus;
  @Field(() => String) userName!: string;
  @Field(() => String) email!: string;
  @Field(() => String, { nullable: true }) externalId!: string | null;
  @Field(() => String, { nullable: true }) givenName!: string | null;
  @Field(() => String, { nullable: true }) familyName!: string | null;
  @Field(() => String, { nullable: true }) displayName!: string | null;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => [ScimGroupRef]) groups!: ScimGroupRef[];
}

@ObjectType({ description: 'Internal: a SCIM User by id; gone when the person was erased (410).' })
@Directive('@inaccessible')
export class ScimUserLookup {
  @Field(() => Boolean) gone!: boolean;
  @Field(() => ScimUserRecord, { nullable: true }) user!: ScimUserRecord | null;
}

@ObjectType({ description: 'Internal: an IdP group.' })
@Directive('@inaccessible')
export class ScimGroupRecord {
  @Field(() => ID) id!: string;
  @Field(() => String) displayName!: string;
  @Field(() => String, { nullable: true }) externalId!: string | null;
  @Field(() => RoleEnum, { nullable: true }) role!: Role | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => [ScimMemberRef]) members!: ScimMemberRef[];
}

@InputType()
@Directive('@inaccessible')
export class ScimUserFieldsInput {
  @Field(() => String) userName!: string;
  @Field(() => String) email!: string;
  @Field(() => Boolean) active!: boolean;
  @Field(() => String, { nullable: true }) externalId?: string | null;
  @Field(() => String, { nullable: true }) givenName?: string | null;
  @Field(() => String, { nullable: true }) familyName?: string | null;
  @Field(() => String, { nullable: true }) displayName?: string | null;
  @Field(() => String, { nullable: true }) title?: string | null;
}

@InputType()
@Directive('@inaccessible')
export class ScimGroupFieldsInput {
  @Field(() => String) displayName!: string;
  @Field(() => String, { nullable: true }) externalId?: string | null;
  @Field(() => [ID]) memberIds!: string[];
}

@ObjectType()
@Directive('@inaccessible')
export class ScimUserPayload {
  @Field(() => ScimUserRecord, { nullable: true }) user!: ScimUserRecord | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
@Directive('@inaccessible')
export class ScimGroupPayload {
  @Field(() => ScimGroupRecord, { nullable: true }) group!: ScimGroupRecord | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
@Directive('@inaccessible')
export class ScimDeletePayload {
  @Field(() => ID, { nullable: true }) id!: string | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType({ description: 'A group pushed by the org’s identity provider over SCIM, and the role its members get.' })
export class ScimGroup {
  @Field(() => ID) id!: string;
  @Field(() => String) displayName!: string;
  @Field(() => RoleEnum, { nullable: true, description: 'The role this group gives; members in no mapped group are LEARNERs. The highest-ranked role of a member’s groups wins.' })
  role!: Role | null;
  @Field(() => Int) memberCount!: number;
}

@InputType()
export class MapScimGroupRoleInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) groupId!: string;
  @Field(() => RoleEnum, { nullable: true, description: 'null unmaps the group.' }) role?: Role | null;
}

@ObjectType()
export class ScimGroupMappingPayload {
  @Field(() => ScimGroup, { nullable: true }) group!: ScimGroup | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}
