import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver, registerEnumType } from 'type-graphql';
import { UserError } from '@guildhall/kernel';
import { LIFECYCLE_ACTION_NAMES, type LifecycleAction } from '../domain/organization-lifecycle.js';
import { transitionOrganization } from '../usecases/transition-organization.js';
import type { OrganizationContext } from './loaders.js';
import { toOrganization } from './mappers.js';
import { Organization } from './organization.type.js';

const LifecycleActionEnum = Object.fromEntries(LIFECYCLE_ACTION_NAMES.map((a) => [a, a])) as { [K in LifecycleAction]: K };
registerEnumType(LifecycleActionEnum, { name: 'OrganizationLifecycleAction' });

@InputType()
class TransitionOrganizationInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => LifecycleActionEnum) action!: LifecycleAction;
  @Field(() => String, { nullable: true, description: 'Why; kept in the audit log.' }) reason?: string | null;
}

@ObjectType()
class TransitionOrganizationPayload {
  @Field(() => Organization, { nullable: true }) organization!: Organization | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@Resolver()
export class OrganizationLifecycleResolver {
  @Mutation(() => TransitionOrganizationPayload, { description: 'Platform administrators: verify, suspend, reactivate or deactivate an organization.' })
  async transitionOrganization(@Arg('input', () => TransitionOrganizationInput) input: TransitionOrganizationInput, @Ctx() ctx: OrganizationContext): Promise<TransitionOrganizationPayload> {
    const outcome = await transitionOrganization(ctx, input);
    return outcome.ok ? { organization: toOrganization(outcome.value), userErrors: [] } : { organization: null, userErrors: outcome.errors };
  }
}
