import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { UserError, type Outcome } from '@guildhall/kernel';
import type { OrganizationRecord } from '../entities/organization.entity.js';
import { setCapabilities } from '../usecases/set-capabilities.js';
import { setParentOrganization } from '../usecases/set-parent-organization.js';
import { updateOrganization } from '../usecases/update-organization.js';
import type { OrganizationContext } from './loaders.js';
import { toOrganization } from './mappers.js';
import { UpdateOrganizationInput } from './organization-profile.type.js';
import { Organization } from './organization.type.js';

@InputType()
class SetCapabilitiesInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => Boolean) canSponsor!: boolean;
  @Field(() => Boolean) canHost!: boolean;
}

@InputType()
class SetParentOrganizationInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID, { nullable: true, description: 'null moves the org to the top.' }) parentId!: string | null;
}

@ObjectType()
class OrganizationPayload {
  @Field(() => Organization, { nullable: true }) organization!: Organization | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

const respond = (outcome: Outcome<OrganizationRecord>): OrganizationPayload =>
  outcome.ok ? { organization: toOrganization(outcome.value), userErrors: [] } : { organization: null, userErrors: outcome.errors };

@Resolver()
export class OrganizationSettingsResolver {
  @Mutation(() => OrganizationPayload, { description: 'Edits the profile; each role may change only its own fields (FIELD_RBAC_FORBIDDEN otherwise).' })
  async updateOrganization(@Arg('input', () => UpdateOrganizationInput) input: UpdateOrganizationInput, @Ctx() ctx: OrganizationContext) {
    const { organizationId, ...changes } = input;
    const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    return respond(await updateOrganization({ ...ctx, secrets: ctx.services.secrets }, { organizationId, ...defined }));
  }

  @Mutation(() => OrganizationPayload, { description: 'OWNER: whether the org sponsors learners, hosts experts, or both.' })
  async setOrganizationCapabilities(@Arg('input', () => SetCapabilitiesInput) input: SetCapabilitiesInput, @Ctx() ctx: OrganizationContext) {
    return respond(await setCapabilities({ ...ctx, hostOrgsEnabled: ctx.services.features.hostOrgs }, input));
  }

  @Mutation(() => OrganizationPayload, { description: 'An OWNER of both (or a platform admin) places an org under a parent, or at the top.' })
  async setParentOrganization(@Arg('input', () => SetParentOrganizationInput) input: SetParentOrganizationInput, @Ctx() ctx: OrganizationContext) {
    return respond(await setParentOrganization(ctx, input));
  }
}
