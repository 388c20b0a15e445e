import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A postal address; stateCode is the GST state code (Indian addresses).' })
export class PostalAddressType {
  @Field(() => String) line1!: string;
  @Field(() => String, { nullable: true }) line2?: string | null;
  @Field(() => String) city!: string;
  @Field(() => String, { nullable: true }) stateCode?: string | null;
  @Field(() => String, { nullable: true }) postalCode?: string | null;
  @Field(() => String) country!: string;
}

@InputType()
export class PostalAddressInput {
  @Field(() => String) line1!: string;
  @Field(() => String, { nullable: true }) line2?: string | null;
  @Field(() => String) city!: string;
  @Field(() => String, { nullable: true }) stateCode?: string | null;
  @Field(() => String, { nullable: true }) postalCode?: string | null;
  @Field(() => String) country!: string;
}

@InputType({ description: 'Omitted fields stay as they are; null clears an optional one. Each role may edit only its fields.' })
export class UpdateOrganizationInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => String, { nullable: true, description: 'Governance.' }) name?: string;
  @Field(() => String, { nullable: true, description: 'Governance; https only.' }) logoUrl?: string | null;
  @Field(() => String, { nullable: true, description: 'Governance; an IANA name such as Asia/Kolkata.' }) timezone?: string;
  @Field(() => String, { nullable: true, description: 'OWNER.' }) legalName?: string | null;
  @Field(() => String, { nullable: true, description: 'OWNER; format and check digit are verified.' }) gstin?: string | null;
  @Field(() => String, { nullable: true, description: 'OWNER; stored encrypted, shown as its last four characters.' }) pan?: string | null;
  @Field(() => String, { nullable: true, description: 'OWNER; Udyam registration (UDYAM-XX-00-0000000).' }) msmeUdyam?: string | null;
  @Field(() => PostalAddressInput, { nullable: true, description: 'OWNER.' }) registeredAddress?: PostalAddressInput | null;
  @Field(() => String, { nullable: true, description: 'OWNER; ISO 3166-1 alpha-2.' }) country?: string;
  @Field(() => String, { nullable: true, description: 'OWNER or BILLING_ADMIN.' }) billingEmail?: string | null;
  @Field(() => Int, { nullable: true, description: 'OWNER or BILLING_ADMIN; 0–180 days (Net-60 by default).' }) paymentTermsDays?: number;
}
