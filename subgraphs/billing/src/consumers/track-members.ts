import { type Consumer, type DomainEvent, type EventType } from '@guildhall/kernel';
import type { MemberStatus } from '@guildhall/roles';
import type { RevokeReason } from '../domain/program.js';
import { recordUnassigned } from '../programs/assignment-events.js';
import { revokeAssignmentsOfMember } from '../programs/revoke-assignments.js';

const MEMBER_EVENTS = ['organization.member.added', 'organization.member.role-changed', 'organization.member.suspended', 'organization.member.reactivated', 'organization.member.removed'] as const satisfies readonly EventType[];
type MemberEvent = DomainEvent<(typeof MEMBER_EVENTS)[number]>;

/** The status a member event leaves behind; a role change keeps the one there is. */
function statusAfter(event: MemberEvent): MemberStatus | null {
  switch (event.type) {
    case 'organization.member.added':
    case 'organization.member.reactivated':
      return 'ACTIVE';
    case 'organization.member.suspended':
      return 'SUSPENDED';
    case 'organization.member.removed':
      return (event as DomainEvent<'organization.member.removed'>).payload.source === 'dpdp_erasure' ? 'ERASED' : 'REMOVED';
    default:
      return null;
  }
}

const REVOKE_REASON: Partial<Record<MemberStatus, RevokeReason>> = { SUSPENDED: 'MEMBER_SUSPENDED', REMOVED: 'MEMBER_REMOVED', ERASED: 'MEMBER_ERASED' };

/**
 * Billing's copy of who belongs where (assignments go to members, payees are a host's members), and
 * the end of a membership ends its program assignments in the same transaction. Events may arrive
 * out of order: an older one never overwrites a newer fact.
 */
export const trackMembers: Consumer = {
  name: 'billing.track-members',
  on: MEMBER_EVENTS,
  async handle(em, raw) {
    const event = raw as MemberEvent;
    const { organizationId, userId, role } = event.payload;
    const status = statusAfter(event);
    const [row] = await em.execute<{ status: MemberStatus }[]>(
      `insert into "billing"."member" (organization_id, user_id, role, status, changed_at) values (?, ?, ?, ?, ?)
       on conflict (organization_id, user_id) do update set role = excluded.role, status = coalesce(?, "member".status), changed_at = excluded.changed_at
       where "member".changed_at <= excluded.changed_at
       returning status`,
      [organizationId, userId, role, status ?? 'ACTIVE', event.occurredAt, status],
    );
    const reason = row && REVOKE_REASON[row.status];
    if (!reason) return;
    const revoked = await revokeAssignmentsOfMember(em, { organizationId, userId, reason });
    for (const assignment of revoked) recordUnassigned(em, { principal: { kind: 'service', service: 'billing' }, origin: null }, organizationId, assignment, reason);
    await em.flush();
  },
};

/** canSponsor and canHost decide who may run programs, price experts and sign contracts. */
export const trackCapabilities: Consumer = {
  name: 'billing.track-capabilities',
  on: ['organization.capabilities-changed'],
  async handle(em, event) {
    const { organizationId, canSponsor, canHost } = (event as DomainEvent<'organization.capabilities-changed'>).payload;
    await em.execute(`update "billing"."billing_account" set can_sponsor = ?, can_host = ?, updated_at = now() where organization_id = ?`, [canSponsor, canHost, organizationId]);
  },
};
