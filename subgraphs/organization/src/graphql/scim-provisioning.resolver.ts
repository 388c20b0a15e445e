import { Arg, Ctx, Directive, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Outcome } from '@guildhall/kernel';
import { findScimGroup, findScimUser, listScimGroups, listScimUsers } from '../usecases/scim/scim-directory.js';
import { createScimGroup, deleteScimGroup, replaceScimGroup } from '../usecases/scim/scim-groups.js';
import { scimOrganizationId } from '../usecases/scim/scim-membership.js';
import { createScimUser, deleteScimUser, replaceScimUser } from '../usecases/scim/scim-users.js';
import type { OrganizationContext } from './loaders.js';
import {
  ScimDeletePayload,
  ScimGroupFieldsInput,
  ScimGroupPayload,
  ScimGroupRecord,
  ScimUserFieldsInput,
  ScimUserLookup,
  ScimUserPayload,
  ScimUserRecord,
} from './scim.types.js';

/** Internal: the gateway's SCIM edge, calling as the org's SCIM token. The org always comes from the token. */
@Resolver()
export class ScimProvisioningResolver {
  @Query(() => [ScimUserRecord])
  @Directive('@inaccessible')
  scimUsers(
    @Ctx() ctx: OrganizationContext,
    @Arg('userName', () => String, { nullable: true }) userName?: string | null,
    @Arg('externalId', () => String, { nullable: true }) externalId?: string | null,
  ) {
    return listScimUsers(ctx.em, scimOrganizationId(ctx), { userName, externalId });
  }

  @Query(() => ScimUserLookup)
  @Directive('@inaccessible')
  async scimUser(@Arg('id', () => ID) id: string, @Ctx() ctx: OrganizationContext): Promise<ScimUserLookup> {
    const found = await findScimUser(ctx.em, scimOrganizationId(ctx), id);
    return found === 'GONE' ? { gone: true, user: null } : { gone: false, user: found };
  }

  @Query(() => [ScimGroupRecord])
  @Directive('@inaccessible')
  scimGroups(
    @Ctx() ctx: OrganizationContext,
    @Arg('displayName', () => String, { nullable: true }) displayName?: string | null,
    @Arg('externalId', () => String, { nullable: true }) externalId?: string | null,
  ) {
    return listScimGroups(ctx.em, scimOrganizationId(ctx), { displayName, externalId });
  }

  @Query(() => ScimGroupRecord, { nullable: true })
  @Directive('@inaccessible')
  scimGroup(@Arg('id', () => ID) id: string, @Ctx() ctx: OrganizationContext) {
    return findScimGroup(ctx.em, scimOrganizationId(ctx), id);
  }

  @Mutation(() => ScimUserPayload, { description: 'Internal: provisions the account identity found or created for this email.' })
  @Directive('@inaccessible')
  async scimCreateUser(@Arg('userId', () => ID) userId: string, @Arg('input', () => ScimUserFieldsInput) input: ScimUserFieldsInput, @Ctx() ctx: OrganizationContext) {
    return userPayload(await createScimUser(ctx, userId, input));
  }

  @Mutation(() => ScimUserPayload)
  @Directive('@inaccessible')
  async scimReplaceUser(@Arg('id', () => ID) id: string, @Arg('input', () => ScimUserFieldsInput) input: ScimUserFieldsInput, @Ctx() ctx: OrganizationContext) {
    return userPayload(await replaceScimUser(ctx, id, input));
  }

  @Mutation(() => ScimDeletePayload)
  @Directive('@inaccessible')
  async scimDeleteUser(@Arg('id', () => ID) id: string, @Ctx() ctx: OrganizationContext) {
    return deletePayload(await deleteScimUser(ctx, id));
  }

  @Mutation(() => ScimGroupPayload)
  @Directive('@inaccessible')
  async scimCreateGroup(@Arg('input', () => ScimGroupFieldsInput) input: ScimGroupFieldsInput, @Ctx() ctx: OrganizationContext) {
    return groupPayload(await createScimGroup(ctx, input));
  }

  @Mutation(() => ScimGroupPayload)
  @Directive('@inaccessible')
  async scimReplaceGroup(@Arg('id', () => ID) id: string, @Arg('input', () => ScimGroupFieldsInput) input: ScimGroupFieldsInput, @Ctx() ctx: OrganizationContext) {
    return groupPayload(await replaceScimGroup(ctx, id, input));
  }

  @Mutation(() => ScimDeletePayload)
  @Directive('@inaccessible')
  async scimDeleteGroup(@Arg('id', () => ID) id: string, @Ctx() ctx: OrganizationContext) {
    return deletePayload(await deleteScimGroup(ctx, id));
  }
}

const userPayload = <T extends ScimUserRecord>(outcome: Outcome<T>): ScimUserPayload => (outcome.ok ? { user: outcome.value, userErrors: [] } : { user: null, userErrors: outcome.errors });
const groupPayload = <T extends ScimGroupRecord>(outcome: Outcome<T>): ScimGroupPayload => (outcome.ok ? { group: outcome.value, userErrors: [] } : { group: null, userErrors: outcome.errors });
const deletePayload = (outcome: Outcome<{ id: string }>): ScimDeletePayload => (outcome.ok ? { id: outcome.value.id, userErrors: [] } : { id: null, userErrors: outcome.errors });
