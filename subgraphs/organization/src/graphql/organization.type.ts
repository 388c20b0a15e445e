import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ORGANIZATION_STATUSES, type OrganizationStatus } from '../domain/organization-status.js';
import { PostalAddressType } from './organization-profile.type.js';

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

  @Field(() => String, { nullable: true }) logoUrl!: string | null;
  @Field(() => String, { description: 'IANA timezone; billing periods end in it.' }) timezone!: string;
  @Field(() => String) country!: string;
  @Field(() => String, { nullable: true, description: 'Finance roles.' }) legalName!: string | null;
  @Field(() => String, { nullable: true, description: 'Finance roles.' }) gstin!: string | null;
  @Field(() => String, { nullable: true, description: 'Finance roles: the last four characters of the PAN.' }) panLast4!: string | null;
  @Field(() => String, { nullable: true, description: 'Finance roles.' }) msmeUdyam!: string | null;
  @Field(() => PostalAddressType, { nullable: true, description: 'Finance roles; its state is the GST place of supply.' }) registeredAddress!: PostalAddressType | null;
  @Field(() => String, { nullable: true, description: 'Finance roles.' }) billingEmail!: string | null;
  @Field(() => Int, { description: 'Finance roles.' }) paymentTermsDays!: number;
  @Field(() => Int, { description: 'How many parents above this org (0 at the top).' }) depth!: number;

  parentId!: string | null;
  rootId!: string | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType({ description: 'What anyone may see of an ACTIVE organization.' })
export class PublicOrganization {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) slug!: string;
  @Field(() => String, { nullable: true }) logoUrl!: string | null;
  @Field(() => Boolean) canHost!: boolean;
}
