import { buildFederatedSchema } from '@guildhall/kernel';
import { AuditEntryResolver } from './audit-entry.resolver.js';
import { AuditLogExportResolver } from './audit-log-export.resolver.js';
import { DataExportResolver } from './data-export.resolver.js';
import { MaintenanceWindowResolver } from './maintenance-window.resolver.js';
import { ErasureRequestResolver } from './erasure-request.resolver.js';
import { OrganizationAuditLogResolver } from './organization-audit-log.resolver.js';
import { permissions } from './permissions.js';
import { OrganizationRef, UserRef } from './references.type.js';
import { WebhookDeliveryResolver } from './webhook-delivery.resolver.js';
import { WebhookEndpointResolver } from './webhook-endpoint.resolver.js';

export const buildComplianceSchema = () =>
  buildFederatedSchema({
    resolvers: [DataExportResolver, AuditEntryResolver, OrganizationAuditLogResolver, AuditLogExportResolver, MaintenanceWindowResolver, ErasureRequestResolver, WebhookEndpointResolver, WebhookDeliveryResolver],
    orphanedTypes: [OrganizationRef, UserRef],
    permissions,
    references: { Organization: ((reference: { id: string }) => ({ id: reference.id })) as never },
  });
