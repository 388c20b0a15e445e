import type { EntityManager } from '@mikro-orm/postgresql';
import { userError, type UserErrorValue } from '@guildhall/kernel';
import type { MemberStatus, Role } from '@guildhall/roles';
import { seatDelta, UNVERIFIED_MEMBER_CAP } from '../domain/seats.js';
import type { OrganizationRecord } from '../entities/organization.entity.js';
import { activeMemberCount } from './organization-lock.js';

type MemberState = { role: Role; status: MemberStatus } | null;

/**
 * The only way `seats_used` changes: one conditional statement per seat, inside the caller's
 * transaction (which holds the org lock). Also holds an unverified org to its member cap.
 * Returns the errors that refuse the change; an empty list means the seats moved.
 */
export async function passSeatGate(em: EntityManager, org: OrganizationRecord, before: MemberState, after: MemberState): Promise<UserErrorValue[]> {
  if (org.status === 'PENDING_VERIFICATION' && after?.status === 'ACTIVE' && before?.status !== 'ACTIVE') {
    if ((await activeMemberCount(em, org.id)) >= UNVERIFIED_MEMBER_CAP) {
      return [userError('SEAT_LIMIT_REACHED', null, `An organization awaiting verification can have at most ${UNVERIFIED_MEMBER_CAP} active members.`)];
    }
  }
  const delta = seatDelta(before, after);
  if (delta === 1) {
    const taken: unknown = await em.execute(
      `update "organization"."organization" set seats_used = seats_used + 1 where id = ? and seats_used < seats_total`,
      [org.id],
      'run',
    );
    if (!(taken as { affectedRows: number }).affectedRows) return [userError('SEAT_LIMIT_REACHED', null, `All ${org.seatsTotal} seats are taken.`)];
  } else if (delta === -1) {
    await em.execute(`update "organization"."organization" set seats_used = seats_used - 1 where id = ? and seats_used > 0`, [org.id], 'run');
  }
  return [];
}
