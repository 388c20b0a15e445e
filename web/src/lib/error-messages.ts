import type { ErrorCode } from '../gql/graphql';
import type { Problem } from './graphql-request';

/**
 * The one table of what each error code of the graph means to a person. Typed by the schema's
 * closed ErrorCode enum: a code added to the graph does not compile until it has a message here.
 */
export const ERROR_MESSAGES: Readonly<Record<ErrorCode | 'NETWORK', string>> = {
  UNAUTHENTICATED: 'Your session has ended. Sign in again to continue.',
  FORBIDDEN: 'Your role in this organization does not allow this.',
  NOT_FOUND: 'This no longer exists, or you cannot see it.',
  RATE_LIMITED: 'Too many attempts. Wait a minute and try again.',
  QUERY_TOO_COMPLEX: 'This page asked for too much at once. Narrow the filters and try again.',
  BAD_REQUEST: 'The request could not be understood. Reload the page and try again.',
  MAINTENANCE: 'Guildhall is under maintenance. Try again when it ends.',
  INTERNAL: 'Something went wrong on our side. Try again in a moment.',
  BAD_USER_INPUT: 'Some of the details are not valid. Check the highlighted fields.',
  CONFLICT: 'Someone changed this at the same time. Reload and try again.',
  INVALID_CREDENTIALS: 'The email or password is not correct.',
  SEAT_LIMIT_REACHED: 'Every seat is taken. Free a seat or buy more before adding learners.',
  LAST_OWNER: 'The organization must keep at least one active owner. Make someone else an owner first.',
  ROLE_TRANSITION_BLOCKED: 'This role change is not allowed.',
  FIELD_RBAC_FORBIDDEN: 'Your role cannot change some of these fields.',
  HOST_ORGS_GATED: 'Hosting experts is not available for this organization yet.',
  SSO_PROVIDER_MISCONFIGURED: 'The single sign-on connection is not set up correctly. Ask an owner to check it.',
  SSO_REQUIRED: 'Your organization signs you in with single sign-on. Use “Continue with SSO”.',
  IDEMPOTENCY_KEY_REUSED: 'This request was already made with different details. Start again.',
  INSUFFICIENT_CREDITS: 'There are not enough credits. Top up or choose another way to pay.',
  CREDIT_LIMIT_EXCEEDED: 'This would go over the organization’s credit limit.',
  PAYMENT_PROVIDER_UNAVAILABLE: 'The payment provider cannot be reached. Try again shortly.',
  INVOICE_OVERDUE: 'An invoice is overdue. Pay it before buying on the invoice again.',
  PO_REQUIRED: 'This organization requires a purchase order for this purchase.',
  PO_BALANCE_EXCEEDED: 'The purchase order does not have enough balance left.',
  PROGRAM_TYPE_NOT_AVAILABLE: 'This kind of program is not available yet.',
  PROGRAM_CAP_EXHAUSTED: 'The program has no allowance left this cycle.',
  PROGRAM_NOT_ASSIGNED: 'You are not assigned to this program.',
  CONTRACT_CAP_EXHAUSTED: 'The contract’s spending cap for this month is used up.',
  GST_STATE_REQUIRED: 'Add the organization’s GST state (a registered address) before invoicing.',
  INVITATION_EXPIRED: 'This invitation has expired. Ask for a new one.',
  INVITATION_REVOKED: 'This invitation was withdrawn.',
  INVITATION_ALREADY_USED: 'This invitation has already been used.',
  NETWORK: 'Guildhall cannot be reached. Check your connection and try again.',
};

/** Codes whose server sentence says more than the table can (which field, which rule, which limit). */
const SERVER_WORDED = new Set<Problem['code']>(['BAD_USER_INPUT', 'ROLE_TRANSITION_BLOCKED', 'LAST_OWNER', 'CONFLICT', 'SEAT_LIMIT_REACHED', 'GST_STATE_REQUIRED']);

/**
 * What to show for a problem: the server's own sentence when it is about a field or a rule, the
 * table's for everything else (it speaks to the person, not the developer).
 */
export function messageFor(problem: Problem): string {
  if (problem.message && (problem.field?.length || SERVER_WORDED.has(problem.code))) return problem.message;
  return ERROR_MESSAGES[problem.code] ?? ERROR_MESSAGES.INTERNAL;
}

/** A payload's userErrors split by the input field they name (the last path segment), and the rest. */
export function errorsByField(problems: readonly Problem[]): { fields: Record<string, string>; general: string[] } {
  const fields: Record<string, string> = {};
  const general: string[] = [];
  for (const problem of problems) {
    const path = problem.field?.filter((part) => part !== 'input') ?? [];
    const key = path.join('.');
    if (key && !(key in fields)) fields[key] = messageFor(problem);
    else if (!key) general.push(messageFor(problem));
  }
  return { fields, general };
}
