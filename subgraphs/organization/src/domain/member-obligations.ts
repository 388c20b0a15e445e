import { userError, type UserErrorValue } from '@guildhall/kernel';
import type { Role } from '@guildhall/roles';

/**
 * What a member may still owe or be owed; recorded by billing and payouts as they arise. A program
 * assignment is not one: it ends with the membership.
 */
export const OBLIGATION_KINDS = ['UNPAID_EARNINGS', 'OPEN_REFUND', 'OPEN_DISPUTE'] as const;
export type ObligationKind = (typeof OBLIGATION_KINDS)[number];

const DESCRIPTION: Record<ObligationKind, string> = {
  UNPAID_EARNINGS: 'earnings not yet paid out',
  OPEN_REFUND: 'a refund in progress',
  OPEN_DISPUTE: 'an open payment dispute',
};

/** Removal waits for open obligations to close, unless an OWNER forces it knowingly. */
export function checkObligations(open: readonly ObligationKind[], actorRole: Role, force: boolean): UserErrorValue[] {
  if (!open.length) return [];
  if (force && actorRole === 'OWNER') return [];
  const what = [...new Set(open)].map((kind) => DESCRIPTION[kind]).join(', ');
  return [
    userError(
      'CONFLICT',
      ['input', 'force'],
      actorRole === 'OWNER' ? `This member still has ${what}; remove with force to proceed anyway.` : `This member still has ${what}; only an OWNER can remove them now.`,
    ),
  ];
}
