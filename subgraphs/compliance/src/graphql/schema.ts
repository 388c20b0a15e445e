import { buildFederatedSchema } from '@guildhall/kernel';
import { AuditEntryResolver } from './audit-entry.resolver.js';
import { OrganizationAuditLogResolver } from './organization-audit-log.resolver.js';
import { permissions } from './permissions.js';
import { OrganizationRef, UserRef } from './references.type.js';

export const buildComplianceSchema = () =>
  buildFederatedSchema({
    resolvers: [AuditEntryResolver, OrganizationAuditLogResolver],
    orphanedTypes: [OrganizationRef, UserRef],
    permissions,
    references: { Organization: ((reference: { id: string }) => ({ id: reference.id })) as never },
  });
