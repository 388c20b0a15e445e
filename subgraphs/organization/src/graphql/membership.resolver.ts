import { Arg, Ctx, ID, Query, Resolver, Root, Subscription } from 'type-graphql';
import { notFound, principalCan } from '@guildhall/kernel';
import type { OrganizationContext } from './loaders.js';
import { toMembership } from './mappers.js';
import { Membership } from './membership.type.js';
import { findMembership } from '../usecases/organization-lock.js';

@Resolver(() => Membership)
export class MembershipResolver {
  @Query(() => Membership, { description: 'One membership, for members of its organization.' })
  async membership(@Arg('id', () => ID) id: string, @Ctx() ctx: OrganizationContext): Promise<Membership> {
    const record = await findMembership(ctx.em, { id });
    if (!record || !principalCan(ctx.principal, record.organizationId, 'members.read')) throw notFound('Member');
    return toMembership(record);
  }

  @Subscription(() => Membership, {
    topics: 'membersChanged',
    description: "A membership of the organization as it changes (added, role changed, suspended, reactivated, removed). Served by the gateway over graphql-ws.",
  })
  membersChanged(@Root() membership: Membership, @Arg('organizationId', () => ID) _organizationId: string): Membership {
    return membership;
  }
}
