import { Arg, Ctx, Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { MemberStatusEnum, RoleEnum, type MemberStatus, type Role } from '@guildhall/kernel';
import { listPrincipalMemberships } from '../usecases/list-principal-memberships.js';
import type { OrganizationContext } from './loaders.js';

@ObjectType({ description: 'Internal: a membership as the gateway carries it in context tokens.' })
@Directive('@inaccessible')
export class PrincipalMembership {
  @Field(() => ID) organizationId!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field(() => MemberStatusEnum) status!: MemberStatus;
}

@Resolver()
export class PrincipalMembershipsResolver {
  @Query(() => [PrincipalMembership])
  @Directive('@inaccessible')
  principalMemberships(@Arg('userId', () => ID) userId: string, @Ctx() ctx: OrganizationContext): Promise<PrincipalMembership[]> {
    return listPrincipalMemberships(ctx.em, userId);
  }
}
