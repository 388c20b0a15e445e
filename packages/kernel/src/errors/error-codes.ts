/**
 * The closed set of error codes, shared by every subgraph, the gateway, SCIM and the web app.
 * Expected failures of a mutation travel as `userErrors` data; the TOP_LEVEL ones as GraphQL errors.
 */
export const ERROR_CODES = [
  // top-level: authentication, authorization, lookup, limits, bugs
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'RATE_LIMITED',
  'QUERY_TOO_COMPLEX',
  'BAD_REQUEST',
  'MAINTENANCE',
  'INTERNAL',
  // user errors: expected outcomes of a mutation
  'BAD_USER_INPUT',
  'CONFLICT',
  'INVALID_CREDENTIALS',
  'SEAT_LIMIT_REACHED',
  'LAST_OWNER',
  'ROLE_TRANSITION_BLOCKED',
  'FIELD_RBAC_FORBIDDEN',
  'HOST_ORGS_GATED',
  'SSO_PROVIDER_MISCONFIGURED',
  'SSO_REQUIRED',
  'IDEMPOTENCY_KEY_REUSED',
  'INSUFFICIENT_CREDITS',
  'CREDIT_LIMIT_EXCEEDED',
  'PAYMENT_PROVIDER_UNAVAILABLE',
  'INVOICE_OVERDUE',
  'PO_REQUIRED',
  'PO_BALANCE_EXCEEDED',
  'PROGRAM_TYPE_NOT_AVAILABLE',
  'PROGRAM_CAP_EXHAUSTED',
  'PROGRAM_NOT_ASSIGNED',
  'CONTRACT_CAP_EXHAUSTED',
  'GST_STATE_REQUIRED',
  'INVITATION_EXPIRED',
  'INVITATION_REVOKED',
  'INVITATION_ALREADY_USED',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export const TOP_LEVEL_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'RATE_LIMITED',
  'QUERY_TOO_COMPLEX',
  'BAD_REQUEST',
  'MAINTENANCE',
  'INTERNAL',
] as const satisfies readonly ErrorCode[];
export type TopLevelCode = (typeof TOP_LEVEL_CODES)[number];

export const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
