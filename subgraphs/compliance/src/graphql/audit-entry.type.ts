import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '@guildhall/kernel';
import { AUDIT_CATEGORIES, type AuditCategory } from '../domain/audit-catalog.js';

export const AuditCategoryEnum = Object.fromEntries(AUDIT_CATEGORIES.map((c) => [c, c])) as { [K in AuditCategory]: K };
registerEnumType(AuditCategoryEnum, { name: 'AuditCategory' });

/** Who acted, as the event recorded it. */
export const AUDIT_ACTOR_TYPES = ['USER', 'API_KEY', 'SCIM', 'SERVICE', 'SYSTEM'] as const;
export type AuditActorType = (typeof AUDIT_ACTOR_TYPES)[number];
export const AuditActorTypeEnum = Object.fromEntries(AUDIT_ACTOR_TYPES.map((c) => [c, c])) as { [K in AuditActorType]: K };
registerEnumType(AuditActorTypeEnum, {
  name: 'AuditActorType',
  description: 'USER: a person signed in; API_KEY: a partner API key; SCIM: an IdP with a SCIM token; SERVICE: a Guildhall service reacting to an event; SYSTEM: a scheduled job or the platform.',
});

@ObjectType({ description: 'One field of a change: its value before and after, as text (personal data redacted).' })
export class AuditChange {
  @Field(() => String)
  field!: string;

  @Field(() => String, { nullable: true })
  before!: string | null;

  @Field(() => String, { nullable: true })
  after!: string | null;
}

@ObjectType({ description: 'One recorded action in an organization.' })
export class AuditEntry {
  @Field(() => ID)
  id!: string;

  organizationId!: string | null;

  @Field(() => AuditCategoryEnum)
  category!: AuditCategory;

  @Field(() => String, { description: 'What happened, from the audit action catalog, e.g. MEMBER_ADDED.' })
  action!: string;

  @Field(() => String, { description: 'user, apiKey, scim, service or system (see actorType).' })
  actorKind!: string;

  @Field(() => AuditActorTypeEnum)
  actorType!: AuditActorType;

  @Field(() => String, { nullable: true, description: "The acting user's, API key's or SCIM token's id, or the service's name; null for the system." })
  actorId!: string | null;

  @Field(() => String)
  targetType!: string;

  @Field(() => String)
  targetId!: string;

  @Field(() => [AuditChange], { nullable: true, description: 'What changed, field by field, when the event carried it; personal data redacted.' })
  changes!: AuditChange[] | null;

  @Field(() => String, { nullable: true, description: 'The client address the gateway saw.' })
  ip!: string | null;

  @Field(() => String, { nullable: true })
  userAgent!: string | null;

  @Field(() => Date)
  occurredAt!: Date;
}

@ObjectType()
export class AuditEntryConnection {
  @Field(() => [AuditEntry])
  nodes!: AuditEntry[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
