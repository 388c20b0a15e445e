import { userError, type UserErrorValue } from '@guildhall/kernel';

/**
 * DPDP §12 erasure requests: the person asks, a platform admin processes or rejects, every context
 * erases what it holds, and the request completes when identity and organization both report done.
 * PENDING → IN_PROGRESS → COMPLETED, or PENDING → REJECTED (with a reason). One open request a person.
 */
export const ERASURE_STATUSES = ['PENDING', 'IN_PROGRESS', 'COMPLETED', 'REJECTED'] as const;
export type ErasureStatus = (typeof ERASURE_STATUSES)[number];
export const OPEN_ERASURE_STATUSES: readonly ErasureStatus[] = ['PENDING', 'IN_PROGRESS'];

/** The platform answers within 30 days; ops hear about a request 7 days before its deadline. */
export const ERASURE_SLA_DAYS = 30;
export const ERASURE_WARNING_DAYS_LEFT = 7;
const DAY_MS = 86_400_000;

export const erasureDueAt = (requestedAt: Date): Date => new Date(requestedAt.getTime() + ERASURE_SLA_DAYS * DAY_MS);

/** An open request whose deadline is at most 7 days away (or already past) is due for its one warning. */
export function dueForSlaWarning(request: { status: ErasureStatus; dueAt: Date; slaWarnedAt: Date | null }, now: Date): boolean {
  return OPEN_ERASURE_STATUSES.includes(request.status) && !request.slaWarnedAt && request.dueAt.getTime() - now.getTime() <= ERASURE_WARNING_DAYS_LEFT * DAY_MS;
}

export const REJECTION_REASON_MAX = 1000;

/** A rejection must say why (the person is told; DPDP lets them complain to the Board). */
export function validateRejectionReason(reason: string | null | undefined, field: string[]): UserErrorValue[] {
  const value = (reason ?? '').trim();
  if (!value) return [userError('BAD_USER_INPUT', field, 'Say why the request is rejected; the person is told the reason.')];
  if (value.length > REJECTION_REASON_MAX) return [userError('BAD_USER_INPUT', field, `Keep the reason to ${REJECTION_REASON_MAX} characters.`)];
  return [];
}

/** A row of `compliance.erasure_request`, camelCased. */
export interface ErasureRequestRow {
  id: string;
  userId: string;
  status: ErasureStatus;
  requestedAt: Date;
  dueAt: Date;
  pseudonymId: string | null;
  processedBy: string | null;
  processedAt: Date | null;
  rejectedBy: string | null;
  rejectedAt: Date | null;
  rejectionReason: string | null;
  identityErasedAt: Date | null;
  organizationErasedAt: Date | null;
  completedAt: Date | null;
  ownerlessOrganizationIds: string[];
  slaWarnedAt: Date | null;
}
