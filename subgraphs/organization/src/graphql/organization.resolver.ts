import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { UserError } from '@guildhall/kernel';
import { createOrganization } from '../usecases/create-organization.js';
import { deliverInvitations } from '../usecases/invitation-delivery.js';
import { announceMembershipChange } from './announce-membership-change.js';
import { InviteInput } from './invitation.inputs.js';
import type { OrganizationContext } from './loaders.js';
import { toOrganization } from './mappers.js';
import { resolveOrganizationReference } from './organization.reference.js';
import { Organization } from './organization.type.js';

@InputType()
export class CreateOrganizationInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'URL handle; derived from the name when omitted.' })
  slug?: string | null;

  @Field(() => [InviteInput], { nullable: true, description: 'People to invite, saved with the org (any bad entry refuses it all); emails go out once it exists.' })
  invitations?: InviteInput[] | null;
}

@ObjectType()
export class CreateOrganizationPayload {
  @Field(() => Organization, { nullable: true })
  organization!: Organization | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { description: 'An organization the caller is a member of (platform administrators: any, read-only).' })
  organization(@Arg('id', () => ID) id: string, @Ctx() ctx: OrganizationContext): Promise<Organization> {
    return resolveOrganizationReference({ id }, ctx);
  }

  @Mutation(() => CreateOrganizationPayload, { description: 'Creates an organization with the caller as its OWNER.' })
  async createOrganization(@Arg('input', () => CreateOrganizationInput) input: CreateOrganizationInput, @Ctx() ctx: OrganizationContext): Promise<CreateOrganizationPayload> {
    const outcome = await createOrganization(ctx, input);
    if (!outcome.ok) return { organization: null, userErrors: outcome.errors };
    const { organization, owner, invitations } = outcome.value;
    announceMembershipChange(ctx, [owner]);
    await deliverInvitations(ctx, organization.name, invitations);
    return { organization: toOrganization(organization), userErrors: [] };
  }
}
