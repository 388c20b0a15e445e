import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { listScimGroups, type ScimGroupRow } from '../usecases/scim/scim-directory.js';
import { mapScimGroupRole } from '../usecases/scim/map-scim-group-role.js';
import type { OrganizationContext } from './loaders.js';
import { Organization } from './organization.type.js';
import { MapScimGroupRoleInput, ScimGroup, ScimGroupMappingPayload } from './scim.types.js';

const toScimGroup = (group: ScimGroupRow): ScimGroup => ({ id: group.id, displayName: group.displayName, role: group.role, memberCount: group.members.length });

/** The dashboard's view of the groups an IdP pushed, and the OWNER's mapping of each to a role. */
@Resolver(() => Organization)
export class ScimGroupMappingResolver {
  @FieldResolver(() => [ScimGroup], { description: 'Groups provisioned over SCIM, with the role each gives.' })
  async scimGroups(@Root() organization: Organization, @Ctx() ctx: OrganizationContext): Promise<ScimGroup[]> {
    return (await listScimGroups(ctx.em, organization.id)).map(toScimGroup);
  }

  @Mutation(() => ScimGroupMappingPayload, { description: 'OWNER: the role a SCIM group gives its members (not OWNER); null unmaps it. Members’ roles follow at once.' })
  async mapScimGroupRole(@Arg('input', () => MapScimGroupRoleInput) input: MapScimGroupRoleInput, @Ctx() ctx: OrganizationContext): Promise<ScimGroupMappingPayload> {
    const outcome = await mapScimGroupRole(ctx, { organizationId: input.organizationId, groupId: input.groupId, role: input.role ?? null });
    return outcome.ok ? { group: toScimGroup(outcome.value), userErrors: [] } : { group: null, userErrors: outcome.errors };
  }
}
