import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '@guildhall/kernel';
import { DOMAIN_CLAIM_STATUSES, type DomainClaimStatus } from '../domain/domain-claim.js';

export const DomainClaimStatusEnum = Object.fromEntries(DOMAIN_CLAIM_STATUSES.map((s) => [s, s])) as { [K in DomainClaimStatus]: K };
registerEnumType(DomainClaimStatusEnum, {
  name: 'DomainClaimStatus',
  description: 'PENDING until the TXT record is found; VERIFIED; LAPSED when a daily re-check no longer finds it (verify again to restore).',
});

@ObjectType({ description: "An organization's claim to a domain, proven with a DNS TXT record. Visible to its governance (OWNER, MAINTAINER)." })
export class DomainClaim {
  @Field(() => ID) id!: string;
  organizationId!: string;
  @Field(() => String, { description: 'Lowercase; internationalized names in punycode (xn--…).' }) domain!: string;
  @Field(() => DomainClaimStatusEnum) status!: DomainClaimStatus;
  @Field(() => String, { description: 'Where to add the TXT record: the domain itself (`_guildhall.<domain>` is accepted too).' }) txtRecordName!: string;
  @Field(() => String, { description: 'The TXT record\'s value: `guildhall-verification=<token>`.' }) txtRecordValue!: string;
  @Field(() => String, { nullable: true, description: 'What the last check found wrong (no record, DNS unreachable); null after a successful check.' }) lastError!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) verifiedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When DNS was last asked, by a verification or the daily re-check.' }) lastCheckedAt!: Date | null;
}

@InputType()
export class ClaimDomainInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => String, { description: 'A domain the org owns, such as example.com (no scheme, no path); IDNs are accepted.' }) domain!: string;
}

@InputType()
export class DomainClaimInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => ID) claimId!: string;
}

@ObjectType()
export class DomainClaimPayload {
  @Field(() => DomainClaim, { nullable: true }) domainClaim!: DomainClaim | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}
