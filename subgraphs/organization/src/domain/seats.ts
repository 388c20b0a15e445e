import type { MemberStatus, Role } from '@guildhall/roles';

/**
 * Seats: an ACTIVE LEARNER occupies one (the sponsor pays for it). Every change of role or status
 * moves `seats_used` by the difference, through the one atomic acquire/release.
 */
export const occupiesSeat = (member: { role: Role; status: MemberStatus } | null): boolean => !!member && member.role === 'LEARNER' && member.status === 'ACTIVE';

export function seatDelta(before: { role: Role; status: MemberStatus } | null, after: { role: Role; status: MemberStatus } | null): -1 | 0 | 1 {
  return ((occupiesSeat(after) ? 1 : 0) - (occupiesSeat(before) ? 1 : 0)) as -1 | 0 | 1;
}

/** An org the platform has not verified yet may have at most this many ACTIVE members. */
export const UNVERIFIED_MEMBER_CAP = 5;
/** Seats a new org starts with, until it buys more (a platform admin can change it). */
export const DEFAULT_SEATS_TOTAL = 10;
