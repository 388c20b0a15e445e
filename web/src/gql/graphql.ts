/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** USER: a person signed in; API_KEY: a partner API key; SCIM: an IdP with a SCIM token; SERVICE: a Guildhall service reacting to an event; SYSTEM: a scheduled job or the platform. */
export type AuditActorType =
  | 'API_KEY'
  | 'SCIM'
  | 'SERVICE'
  | 'SYSTEM'
  | 'USER';

export type AuditCategory =
  | 'CATALOG'
  | 'CONSENT'
  | 'CONTRACT'
  | 'INVOICE'
  | 'MEMBER'
  | 'PAYOUT'
  | 'PROGRAM'
  | 'SETTINGS'
  | 'SYSTEM'
  | 'WALLET'
  | 'WEBHOOK';

export type BillingMode =
  | 'INVOICED_MONTHLY'
  | 'SEAT_PACK'
  | 'TAG_ONLY';

export type CreateOrganizationInput = {
  /** People to invite, saved with the org (any bad entry refuses it all); emails go out once it exists. */
  invitations?: Array<InviteInput> | null | undefined;
  name: string;
  /** URL handle; derived from the name when omitted. */
  slug?: string | null | undefined;
};

/** The closed set of error codes shared by the whole graph. */
export type ErrorCode =
  | 'BAD_REQUEST'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'CONTRACT_CAP_EXHAUSTED'
  | 'CREDIT_LIMIT_EXCEEDED'
  | 'FIELD_RBAC_FORBIDDEN'
  | 'FORBIDDEN'
  | 'GST_STATE_REQUIRED'
  | 'HOST_ORGS_GATED'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INSUFFICIENT_CREDITS'
  | 'INTERNAL'
  | 'INVALID_CREDENTIALS'
  | 'INVITATION_ALREADY_USED'
  | 'INVITATION_EXPIRED'
  | 'INVITATION_REVOKED'
  | 'INVOICE_OVERDUE'
  | 'LAST_OWNER'
  | 'MAINTENANCE'
  | 'NOT_FOUND'
  | 'PAYMENT_PROVIDER_UNAVAILABLE'
  | 'PO_BALANCE_EXCEEDED'
  | 'PO_REQUIRED'
  | 'PROGRAM_CAP_EXHAUSTED'
  | 'PROGRAM_NOT_ASSIGNED'
  | 'PROGRAM_TYPE_NOT_AVAILABLE'
  | 'QUERY_TOO_COMPLEX'
  | 'RATE_LIMITED'
  | 'ROLE_TRANSITION_BLOCKED'
  | 'SEAT_LIMIT_REACHED'
  | 'SSO_PROVIDER_MISCONFIGURED'
  | 'SSO_REQUIRED'
  | 'UNAUTHENTICATED';

/** Who to invite, as what. Also used by createOrganization. */
export type InviteInput = {
  email: string;
  /** OWNER, MAINTAINER, BILLING_ADMIN, MANAGER, EXPERT (orgs that host) or LEARNER. */
  role: Role;
};

export type InvoiceStatus =
  | 'DRAFT'
  | 'ISSUED'
  | 'OVERDUE'
  | 'PAID'
  | 'PARTIALLY_PAID'
  | 'VOID';

export type MemberStatus =
  | 'ACTIVE'
  | 'ERASED'
  | 'PENDING'
  | 'REMOVED'
  | 'SUSPENDED';

export type OrganizationStatus =
  | 'ACTIVE'
  | 'DEACTIVATED'
  | 'PENDING_VERIFICATION'
  | 'SUSPENDED';

/** A member role. Rank orders roles for hierarchy only; access comes from capabilities. */
export type Role =
  | 'BILLING_ADMIN'
  | 'EXPERT'
  | 'LEARNER'
  | 'MAINTAINER'
  | 'MANAGER'
  | 'OWNER'
  | 'SUPPORT';

export type SignInInput = {
  /** Also return the session token in the payload (for bearer clients). */
  deliverToken?: boolean;
  email: string;
  password: string;
};

export type SignUpInput = {
  /** Also return the session token in the payload (for bearer clients). */
  deliverToken?: boolean;
  email: string;
  name: string;
  password: string;
};

export type ActivityEntryFragment = { id: string, category: AuditCategory, action: string, actorType: AuditActorType, targetType: string, targetId: string, occurredAt: string, actor: { id: string, name: string } | null, changes: Array<{ field: string, before: string | null, after: string | null }> | null };

export type RecentActivityQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type RecentActivityQuery = { organization: { id: string, auditLog: { nodes: Array<{ id: string, category: AuditCategory, action: string, actorType: AuditActorType, targetType: string, targetId: string, occurredAt: string, actor: { id: string, name: string } | null, changes: Array<{ field: string, before: string | null, after: string | null }> | null }> } } };

export type OrganizationActivitySubscriptionVariables = Exact<{
  organizationId: string | number;
}>;


export type OrganizationActivitySubscription = { organizationActivity: { id: string, category: AuditCategory, action: string, actorType: AuditActorType, targetType: string, targetId: string, occurredAt: string, actor: { id: string, name: string } | null, changes: Array<{ field: string, before: string | null, after: string | null }> | null } };

export type OrganizationHomeQueryVariables = Exact<{
  organizationId: string | number;
  finance: boolean;
}>;


export type OrganizationHomeQuery = { organization: { id: string, name: string, status: OrganizationStatus, seatsTotal: number, seatsUsed: number, members: { totalCount: number }, billingAccount?: { id: string, mode: BillingMode, creditBalance: { amountMinor: number, currency: string }, unbilledCharges: { amountMinor: number, currency: string }, invoices: { nodes: Array<{ id: string, number: string | null, status: InvoiceStatus, dueDate: string | null, outstanding: { amountMinor: number, currency: string } }> } } | null } };

export type CreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type CreateOrganizationMutation = { createOrganization: { organization: { id: string, name: string } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type SessionQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionQuery = { viewer: { id: string, name: string, email: string, organizations: Array<{ id: string, name: string, slug: string, status: OrganizationStatus, viewerMembership: { id: string, role: Role, status: MemberStatus } | null }> } | null, activeMaintenance: { id: string, message: string, endsAt: string } | null };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { user: { id: string } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { user: { id: string } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: { revokedSessions: number, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type SsoCheckQueryVariables = Exact<{
  email: string;
}>;


export type SsoCheckQuery = { ssoCheck: { ssoAvailable: boolean, enforced: boolean, startPath: string | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ActivityEntryFragmentDoc = new TypedDocumentString(`
    fragment ActivityEntry on AuditEntry {
  id
  category
  action
  actorType
  targetType
  targetId
  occurredAt
  actor {
    id
    name
  }
  changes {
    field
    before
    after
  }
}
    `, {"fragmentName":"ActivityEntry"}) as unknown as TypedDocumentString<ActivityEntryFragment, unknown>;
export const RecentActivityDocument = new TypedDocumentString(`
    query RecentActivity($organizationId: ID!) {
  organization(id: $organizationId) {
    id
    auditLog(first: 10) {
      nodes {
        ...ActivityEntry
      }
    }
  }
}
    fragment ActivityEntry on AuditEntry {
  id
  category
  action
  actorType
  targetType
  targetId
  occurredAt
  actor {
    id
    name
  }
  changes {
    field
    before
    after
  }
}`) as unknown as TypedDocumentString<RecentActivityQuery, RecentActivityQueryVariables>;
export const OrganizationActivityDocument = new TypedDocumentString(`
    subscription OrganizationActivity($organizationId: ID!) {
  organizationActivity(organizationId: $organizationId) {
    ...ActivityEntry
  }
}
    fragment ActivityEntry on AuditEntry {
  id
  category
  action
  actorType
  targetType
  targetId
  occurredAt
  actor {
    id
    name
  }
  changes {
    field
    before
    after
  }
}`) as unknown as TypedDocumentString<OrganizationActivitySubscription, OrganizationActivitySubscriptionVariables>;
export const OrganizationHomeDocument = new TypedDocumentString(`
    query OrganizationHome($organizationId: ID!, $finance: Boolean!) {
  organization(id: $organizationId) {
    id
    name
    status
    seatsTotal
    seatsUsed
    members(status: ACTIVE, first: 1) {
      totalCount
    }
    billingAccount @include(if: $finance) {
      id
      mode
      creditBalance {
        amountMinor
        currency
      }
      unbilledCharges {
        amountMinor
        currency
      }
      invoices(first: 50) {
        nodes {
          id
          number
          status
          outstanding {
            amountMinor
            currency
          }
          dueDate
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationHomeQuery, OrganizationHomeQueryVariables>;
export const CreateOrganizationDocument = new TypedDocumentString(`
    mutation CreateOrganization($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    organization {
      id
      name
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const SessionDocument = new TypedDocumentString(`
    query Session {
  viewer {
    id
    name
    email
    organizations {
      id
      name
      slug
      status
      viewerMembership {
        id
        role
        status
      }
    }
  }
  activeMaintenance {
    id
    message
    endsAt
  }
}
    `) as unknown as TypedDocumentString<SessionQuery, SessionQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    user {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    user {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut {
    revokedSessions
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const SsoCheckDocument = new TypedDocumentString(`
    query SsoCheck($email: String!) {
  ssoCheck(email: $email) {
    ssoAvailable
    enforced
    startPath
  }
}
    `) as unknown as TypedDocumentString<SsoCheckQuery, SsoCheckQueryVariables>;