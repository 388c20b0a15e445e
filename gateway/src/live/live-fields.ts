import { can, canReadAnyAudit } from '@guildhall/roles';
import { membershipIn, type EventType, type LiveEvent, type Principal } from '@guildhall/kernel';

/**
 * Each subscription field: the events that feed it (their aggregate is the payload's id), the query field that re-resolves its payload,
 * and who may listen. Adding a live view is one entry here plus the field in its subgraph.
 */
export interface LiveField {
  eventTypes: readonly EventType[];
  queryField: string;
  matches(event: LiveEvent, args: Record<string, unknown>): boolean;
  /** 'NOT_FOUND' when the caller is not in the org at all; 'FORBIDDEN' when their role may not listen. */
  authorize(principal: Principal, args: Record<string, unknown>): true | 'NOT_FOUND' | 'FORBIDDEN';
}

const inOrg = (principal: Principal, organizationId: unknown, allowed: (m: ReturnType<typeof membershipIn>) => boolean) => {
  const membership = typeof organizationId === 'string' ? membershipIn(principal, organizationId) : undefined;
  if (!membership) return 'NOT_FOUND' as const;
  return allowed(membership) ? (true as const) : ('FORBIDDEN' as const);
};

export const LIVE_FIELDS: Readonly<Record<string, LiveField>> = {
  organizationActivity: {
    eventTypes: ['compliance.audit-entry.recorded'],
    queryField: 'auditEntry',
    matches: (event, args) => event.organizationId === args['organizationId'],
    authorize: (principal, args) => inOrg(principal, args['organizationId'], canReadAnyAudit),
  },
  membersChanged: {
    eventTypes: [
      'organization.member.added',
      'organization.member.role-changed',
      'organization.member.suspended',
      'organization.member.reactivated',
      'organization.member.removed',
    ],
    queryField: 'membership',
    matches: (event, args) => event.organizationId === args['organizationId'],
    authorize: (principal, args) => inOrg(principal, args['organizationId'], (m) => can(m, 'members.read')),
  },
};
