import { principalCan, type Principal } from '@guildhall/kernel';
import { auditCapabilityFor } from '@guildhall/roles';
import { AUDIT_CATEGORIES, type AuditCategory } from '../domain/audit-catalog.js';
import { fieldValueText } from '../domain/audit-changes.js';
import type { AuditEntryRecord } from '../entities/audit-entry.entity.js';
import type { AuditActorType, AuditEntry } from './audit-entry.type.js';

const ACTOR_TYPES: Record<string, AuditActorType> = { user: 'USER', apiKey: 'API_KEY', scim: 'SCIM', service: 'SERVICE', system: 'SYSTEM' };

export const toAuditEntry = (r: AuditEntryRecord): AuditEntry => ({
  id: r.id,
  organizationId: r.organizationId,
  actorId: r.actorId,
  category: r.category,
  action: r.action,
  actorKind: r.actorKind,
  actorType: ACTOR_TYPES[r.actorKind] ?? 'SYSTEM',
  targetType: r.targetType,
  targetId: r.targetId,
  changes: r.changes ? Object.entries(r.changes).map(([field, c]) => ({ field, before: fieldValueText(c.before), after: fieldValueText(c.after) })) : null,
  ip: r.ip,
  userAgent: r.userAgent,
  occurredAt: r.occurredAt,
});

/** The categories of an org's audit log that the caller may read (money rows for finance roles only). */
export function visibleCategories(principal: Principal, organizationId: string): AuditCategory[] {
  return AUDIT_CATEGORIES.filter((category) => principalCan(principal, organizationId, auditCapabilityFor(category)));
}

export function canSeeEntry(principal: Principal, entry: { organizationId: string | null; category: string }): boolean {
  return entry.organizationId !== null && principalCan(principal, entry.organizationId, auditCapabilityFor(entry.category));
}
