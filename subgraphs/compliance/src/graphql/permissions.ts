import { allow, type IRules, type SubgraphContext } from '@guildhall/kernel';
import { rule } from 'graphql-shield';
import { forbidden, hasOrgAccess, notFound, principalCan } from '@guildhall/kernel';
import { canSeeEntry } from './audit-entry.mapper.js';
import { dataExportPermissions } from './data-export.resolver.js';
import { auditLogMutationRules, auditLogQueryRules, auditLogTypeRules } from './audit-log-permissions.js';
import { erasureMutationRules, erasureQueryRules, erasureTypeRules } from './erasure-permissions.js';
import { webhookMutationRules, webhookQueryRules, webhookTypeRules } from './webhook-permissions.js';

/** Readable when the caller may read this entry's category in its org. */
const entryVisible = rule({ cache: 'no_cache' })((entry: { organizationId: string | null; category: string }, _a, ctx: SubgraphContext) =>
  canSeeEntry(ctx.principal, entry) ? true : forbidden(),
);

/** Some part of the org's audit log is visible to the caller. */
const anyAuditOf = (organizationIdOf: (parent: any, args: any) => string) => // eslint-disable-line @typescript-eslint/no-explicit-any
  rule({ cache: 'no_cache' })((parent, args, ctx: SubgraphContext) => {
    const organizationId = organizationIdOf(parent, args);
    if (!hasOrgAccess(ctx.principal, organizationId)) return notFound('Organization');
    return principalCan(ctx.principal, organizationId, 'audit.operations.read') || principalCan(ctx.principal, organizationId, 'audit.money.read') ? true : forbidden();
  });

export const permissions: IRules = {
  ...dataExportPermissions.types,
  Query: {
    ...dataExportPermissions.Query,
    auditEntry: allow, // the resolver answers NOT_FOUND for entries the caller may not read
    ...auditLogQueryRules,
    ...erasureQueryRules,
    ...webhookQueryRules,
  },
  Mutation: {
    ...dataExportPermissions.Mutation,
    ...auditLogMutationRules,
    ...erasureMutationRules,
    ...webhookMutationRules,
  },
  Subscription: {
    organizationActivity: anyAuditOf((_p, args: { organizationId: string }) => args.organizationId),
  },
  Organization: {
    id: allow,
    auditLog: anyAuditOf((org: { id: string }) => org.id),
  },
  AuditEntry: entryVisible,
  AuditEntryConnection: allow,
  PageInfo: allow,
  User: { id: allow },
  ...auditLogTypeRules,
  ...erasureTypeRules,
  ...webhookTypeRules,
};

