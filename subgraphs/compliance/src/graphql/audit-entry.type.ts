import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '@guildhall/kernel';
import { AUDIT_CATEGORIES, type AuditCategory } from '../domain/audit-catalog.js';

export const AuditCategoryEnum = Object.fromEntries(AUDIT_CATEGORIES.map((c) => [c, c])) as { [K in AuditCategory]: K };
registerEnumType(AuditCategoryEnum, { name: 'AuditCategory' });

@ObjectType({ description: 'One recorded action in an organization.' })
export class AuditEntry {
  @Field(() => ID)
  id!: string;

  organizationId!: string | null;
  actorId!: string | null;

  @Field(() => AuditCategoryEnum)
  category!: AuditCategory;

  @Field(() => String, { description: 'What happened, from the audit action catalog, e.g. MEMBER_ADDED.' })
  action!: string;

  @Field(() => String, { description: 'user, service or system.' })
  actorKind!: string;

  @Field(() => String)
  targetType!: string;

  @Field(() => String)
  targetId!: string;

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

