import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root, Subscription } from 'type-graphql';
import { notFound } from '@guildhall/kernel';
import { AuditEntry } from './audit-entry.type.js';
import { canSeeEntry, toAuditEntry } from './audit-entry.mapper.js';
import type { ComplianceContext } from './loaders.js';
import { OrganizationRef, UserRef } from './references.type.js';

@Resolver(() => AuditEntry)
export class AuditEntryResolver {
  @Query(() => AuditEntry, { description: 'One audit entry, if the caller may read its category in its organization.' })
  async auditEntry(@Arg('id', () => ID) id: string, @Ctx() ctx: ComplianceContext): Promise<AuditEntry> {
    const record = await ctx.loaders.auditEntryById.load(id);
    if (!record || !canSeeEntry(ctx.principal, record)) throw notFound('Audit entry');
    return toAuditEntry(record);
  }

  @Subscription(() => AuditEntry, {
    topics: 'organizationActivity',
    description: "The organization's audit entries as they are recorded. Served by the gateway over graphql-ws.",
  })
  organizationActivity(@Root() entry: AuditEntry, @Arg('organizationId', () => ID) _organizationId: string): AuditEntry {
    return entry;
  }

  @FieldResolver(() => UserRef, { nullable: true, description: 'The user who acted, when a user did.' })
  actor(@Root() entry: AuditEntry): UserRef | null {
    return entry.actorKind === 'user' && entry.actorId ? { id: entry.actorId } : null;
  }

  @FieldResolver(() => OrganizationRef, { nullable: true })
  organization(@Root() entry: AuditEntry): OrganizationRef | null {
    return entry.organizationId ? { id: entry.organizationId } : null;
  }
}
