import { allow, forbidden, hasOrgAccess, isGatewayService, isPlatformAdmin, notFound, principalCan, type SubgraphContext } from '@guildhall/kernel';
import { rule, type IRules } from 'graphql-shield';

/** The map form of shield rules (type → rule, or type → field → rule). */
type IRuleTypeMap = Exclude<IRules, { resolve: unknown }>;
type IRuleFieldMap = Extract<IRuleTypeMap[string], Record<string, unknown>>;

/** Some part of the org's audit log is visible to the caller (the resolvers narrow it to the categories). */
const auditOfArgument = rule({ cache: 'no_cache' })((_p, args: { organizationId: string }, ctx: SubgraphContext) => {
  if (!hasOrgAccess(ctx.principal, args.organizationId)) return notFound('Organization');
  return principalCan(ctx.principal, args.organizationId, 'audit.operations.read') || principalCan(ctx.principal, args.organizationId, 'audit.money.read') ? true : forbidden();
});

/** The audit log's export and the maintenance windows (beside the rules in permissions.ts). */
export const auditLogQueryRules: IRuleFieldMap = {
  auditLogExportPage: auditOfArgument,
  maintenanceWindows: isPlatformAdmin,
  activeMaintenance: allow, // the resolver answers only the caller's own windows
  openMaintenanceWindows: isGatewayService,
};

export const auditLogMutationRules: IRuleFieldMap = {
  recordAuditLogExport: auditOfArgument,
  scheduleMaintenanceWindow: isPlatformAdmin,
  cancelMaintenanceWindow: isPlatformAdmin,
};

export const auditLogTypeRules: IRuleTypeMap = {
  AuditChange: allow, // reached only through a readable AuditEntry
  MaintenanceWindow: allow,
  MaintenanceWindowPayload: allow,
  UserError: allow,
};
