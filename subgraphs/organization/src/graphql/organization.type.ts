import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ORGANIZATION_STATUSES, type OrganizationStatus } from '../domain/organization-status.js';

export const OrganizationStatusEnum = Object.fromEntries(ORGANIZATION_STATUSES.map((s) => [s, s])) as { [K in OrganizationStatus]: K };
registerEnumType(OrganizationStatusEnum, { name: 'OrganizationStatus' });

@ObjectType({ description: 'A company or team on Guildhall: a sponsor that buys for its members, a host whose experts sell, or both.' })
@Directive('@key(fields: "id")')
export class Organization {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Stable, URL-safe handle.' })
  slug!: string;

  @Field(() => OrganizationStatusEnum)
  status!: OrganizationStatus;

  @Field(() => Int, { description: 'Seats the org has; an ACTIVE LEARNER occupies one.' })
  seatsTotal!: number;

  @Field(() => Int)
  seatsUsed!: number;

  @Field(() => Boolean, { description: 'Buys for its members (LEARNERs).' })
  canSponsor!: boolean;

  @Field(() => Boolean, { description: 'Its EXPERTs sell on the marketplace.' })
  canHost!: boolean;

  @Field(() => Date)
  createdAt!: Date;
}
