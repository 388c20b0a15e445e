import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { UserError } from '@guildhall/kernel';
import { appointOwner } from '../usecases/appoint-owner.js';
import { announceMembershipChange } from './announce-membership-change.js';
import type { OrganizationContext } from './loaders.js';
import { toMembership } from './mappers.js';
import { Membership } from './membership.type.js';

@InputType()
class AppointOrganizationOwnerInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID, { description: 'An ACTIVE member of that organization.' }) membershipId!: string;
}

@ObjectType()
class AppointOrganizationOwnerPayload {
  @Field(() => Membership, { nullable: true }) membership!: Membership | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@Resolver()
export class OwnerAppointmentResolver {
  @Mutation(() => AppointOrganizationOwnerPayload, {
    description: 'Platform administrators: make an ACTIVE member the OWNER of an organization left without one (its only OWNER was erased).',
  })
  async appointOrganizationOwner(@Arg('input', () => AppointOrganizationOwnerInput) input: AppointOrganizationOwnerInput, @Ctx() ctx: OrganizationContext): Promise<AppointOrganizationOwnerPayload> {
    const outcome = await appointOwner(ctx, input);
    if (!outcome.ok) return { membership: null, userErrors: outcome.errors };
    announceMembershipChange(ctx, [outcome.value]);
    return { membership: toMembership(outcome.value), userErrors: [] };
  }
}
