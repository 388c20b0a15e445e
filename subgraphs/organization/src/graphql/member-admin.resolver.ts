import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { RoleEnum, UserError, type Outcome, type Role } from '@guildhall/kernel';
import type { MembershipRecord } from '../entities/membership.entity.js';
import { addMember } from '../usecases/add-member.js';
import { changeMemberRole } from '../usecases/change-member-role.js';
import { reactivateMember } from '../usecases/reactivate-member.js';
import { removeMember } from '../usecases/remove-member.js';
import { suspendMember } from '../usecases/suspend-member.js';
import { announceMembershipChange } from './announce-membership-change.js';
import type { OrganizationContext } from './loaders.js';
import { toMembership } from './mappers.js';
import { Membership } from './membership.type.js';

@InputType()
class AddMemberInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => String, { description: 'The email of an existing Guildhall account.' }) email!: string;
  @Field(() => RoleEnum) role!: Role;
}

@InputType()
class ChangeMemberRoleInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) membershipId!: string;
  @Field(() => RoleEnum) role!: Role;
}

@InputType()
class MemberInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) membershipId!: string;
}

@InputType()
class RemoveMemberInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) membershipId!: string;
  @Field(() => Boolean, { nullable: true, description: 'OWNER only: remove although the member still has open obligations.' }) force?: boolean | null;
}

@ObjectType()
class MemberPayload {
  @Field(() => Membership, { nullable: true })
  membership!: Membership | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

/** Member administration: governance roles, with the rules in @guildhall/roles (membership-rules.ts). */
@Resolver()
export class MemberAdminResolver {
  @Mutation(() => MemberPayload, { description: 'Adds an existing Guildhall user, by email, as an ACTIVE member.' })
  async addMember(@Arg('input', () => AddMemberInput) input: AddMemberInput, @Ctx() ctx: OrganizationContext) {
    return respond(ctx, await addMember(ctx, input));
  }

  @Mutation(() => MemberPayload)
  async changeMemberRole(@Arg('input', () => ChangeMemberRoleInput) input: ChangeMemberRoleInput, @Ctx() ctx: OrganizationContext) {
    return respond(ctx, await changeMemberRole(ctx, input));
  }

  @Mutation(() => MemberPayload, { description: 'The member keeps their place but cannot act; a LEARNER frees their seat.' })
  async suspendMember(@Arg('input', () => MemberInput) input: MemberInput, @Ctx() ctx: OrganizationContext) {
    return respond(ctx, await suspendMember(ctx, input));
  }

  @Mutation(() => MemberPayload, { description: 'Back to ACTIVE; a LEARNER needs a free seat.' })
  async reactivateMember(@Arg('input', () => MemberInput) input: MemberInput, @Ctx() ctx: OrganizationContext) {
    return respond(ctx, await reactivateMember(ctx, input));
  }

  @Mutation(() => MemberPayload, { description: 'Refused while the member has open obligations (earnings, refunds, disputes, licensed seats) unless an OWNER forces it.' })
  async removeMember(@Arg('input', () => RemoveMemberInput) input: RemoveMemberInput, @Ctx() ctx: OrganizationContext) {
    return respond(ctx, await removeMember(ctx, input));
  }
}

function respond(ctx: OrganizationContext, outcome: Outcome<MembershipRecord>): MemberPayload {
  if (!outcome.ok) return { membership: null, userErrors: outcome.errors };
  announceMembershipChange(ctx, [outcome.value]);
  return { membership: toMembership(outcome.value), userErrors: [] };
}
