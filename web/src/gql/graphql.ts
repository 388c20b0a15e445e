/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AcceptInvitationInput = {
  /** The token from the invitation link. */
  token: string;
};

export type AmendContractInput = {
  contractId: string | number;
  organizationId: string | number;
  terms: ContractTermsInput;
};

/** What a partner API key may read in its organization. */
export type ApiScope =
  | 'AUDIT_READ'
  | 'BILLING_READ'
  | 'MEMBERS_READ'
  | 'ORGANIZATION_READ'
  | 'PAYOUTS_READ'
  | 'PROGRAMS_READ';

export type AppointOrganizationOwnerInput = {
  /** An ACTIVE member of that organization. */
  membershipId: string | number;
  organizationId: string | number;
};

export type AssignProgramInput = {
  /** YYYY-MM-DD, inclusive; omit to last as long as the program. */
  endsOn?: string | null | undefined;
  organizationId: string | number;
  programId: string | number;
  /** YYYY-MM-DD; default today, or the program's start when later. */
  startsOn?: string | null | undefined;
  /** 1–500 users; each must be an ACTIVE member. */
  userIds: Array<string | number>;
};

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

/** An Indian bank account. The number goes to RazorpayX and is never stored here. */
export type BankAccountInput = {
  /** The account holder's name, as the bank has it (3-50 characters). */
  accountHolder: string;
  /** 9 to 18 digits. */
  accountNumber: string;
  /** e.g. HDFC0001234: 4 letters, a zero, then 6 letters or digits. */
  ifsc: string;
};

/** FROZEN: spending is paused (a ledger discrepancy is being looked at). */
export type BillingAccountStatus =
  | 'ACTIVE'
  | 'FROZEN';

export type BillingMode =
  | 'INVOICED_MONTHLY'
  | 'SEAT_PACK'
  | 'TAG_ONLY';

export type BookingQuoteInput = {
  currency: string;
  hostOrganizationId: string | number;
  kind: PurchaseKind;
  /** The org paying ("through <org>"): its contract with the host may set the price. Omit for "pay myself". */
  organizationId?: string | number | null | undefined;
  /** The expert's user id. */
  payeeId: string | number;
};

export type CancelPurchaseInput = {
  /** Platform admins only; otherwise it follows from who cancels. */
  cancelledBy?: CancelledBy | null | undefined;
  idempotencyKey: string;
  paymentId: string | number;
};

export type CancelPurchaseOrderInput = {
  organizationId: string | number;
  purchaseOrderId: string | number;
};

export type CancelledBy =
  | 'BUYER'
  | 'EXPERT';

export type ChangeMemberRoleInput = {
  membershipId: string | number;
  organizationId: string | number;
  role: Role;
};

export type CheckoutInput = {
  /** The price the buyer was shown. Required unless a rate card prices the booking; if it differs from the rate card, the checkout is refused so the buyer can confirm the new price. */
  amountMinor?: number | null | undefined;
  currency: string;
  /** The expert's host org: its rate cards, and a contract between it and the paying org, price the booking. */
  hostOrganizationId?: string | number | null | undefined;
  /** Minted once per checkout attempt (a UUID); retries send the same key. */
  idempotencyKey: string;
  kind: PurchaseKind;
  /** Pay through this org; omit to pay yourself. */
  organizationId?: string | number | null | undefined;
  /** Who is paid: the expert (with hostOrganizationId, their user id) on the marketplace. */
  payeeId: string;
  /** A discount the buyer has personally; not applied when the org pays. */
  personalDiscountMinor?: number | null | undefined;
  /** Book through this program of the paying org (you must be assigned to it). */
  programId?: string | number | null | undefined;
  /** For card payments; Razorpay for INR, Stripe otherwise, by default. */
  provider?: PaymentProvider | null | undefined;
  /** Invoiced orgs: the purchase order to draw on (else the one expiring first). */
  purchaseOrderId?: string | number | null | undefined;
  /** The marketplace item (booking, subscription, webinar or class id). */
  reference: string;
  /** When the service starts: cancellation refunds are tiered by it. */
  startsAt?: string | null | undefined;
};

export type ClaimDomainInput = {
  /** A domain the org owns, such as example.com (no scheme, no path); IDNs are accepted. */
  domain: string;
  organizationId: string | number;
};

export type ContractRateInput = {
  /** An ACTIVE member of the host; omit for every expert of the host. */
  expertUserId?: string | number | null | undefined;
  kind: PurchaseKind;
  split: RevenueSplitInput;
  unitPriceMinor: number;
};

/** SPONSOR: the org whose members book; HOST: the org whose experts sell. */
export type ContractSide =
  | 'HOST'
  | 'SPONSOR';

/** PROPOSED until a version is first accepted; ACTIVE once signed; TERMINATED is final. */
export type ContractStatus =
  | 'ACTIVE'
  | 'PROPOSED'
  | 'TERMINATED';

export type ContractTermsInput = {
  /** ISO 4217. */
  currency: string;
  /** YYYY-MM-DD, inclusive; omit for open-ended. */
  endsOn?: string | null | undefined;
  /** Per calendar month; omit for no cap. */
  monthlySpendCapMinor?: number | null | undefined;
  /** A live rate card of the host, in the contract's currency. */
  rateCardId?: string | number | null | undefined;
  /** At most 50; one per kind (and expert). */
  rates?: Array<ContractRateInput>;
  /** YYYY-MM-DD, inclusive. */
  startsOn: string;
};

export type ContractVersionRefInput = {
  contractId: string | number;
  organizationId: string | number;
  version: number;
};

/** PROPOSED awaits the other side; ACCEPTED is the terms; SUPERSEDED was replaced by a later acceptance; REJECTED and WITHDRAWN were never signed. */
export type ContractVersionStatus =
  | 'ACCEPTED'
  | 'PROPOSED'
  | 'REJECTED'
  | 'SUPERSEDED'
  | 'WITHDRAWN';

export type CreateApiKeyInput = {
  /** 1–730 days; open-ended when omitted. */
  expiresInDays?: number | null | undefined;
  name: string;
  organizationId: string | number;
  scopes: Array<ApiScope>;
};

export type CreateOrganizationInput = {
  /** People to invite, saved with the org (any bad entry refuses it all); emails go out once it exists. */
  invitations?: Array<InviteInput> | null | undefined;
  name: string;
  /** URL handle; derived from the name when omitted. */
  slug?: string | null | undefined;
};

export type CreateProgramInput = {
  /** CREDIT_POOL (required): what it covers per cycle. */
  budgetMinor?: number | null | undefined;
  /** ISO 4217; default and only choice: the billing account's. */
  currency?: string | null | undefined;
  cycle: ProgramCycle;
  description?: string | null | undefined;
  /** YYYY-MM-DD, inclusive; omit to run until cancelled. */
  endsOn?: string | null | undefined;
  /** LICENSED_SEAT: 1–10,000 per member per cycle; omit for unlimited. */
  engagementsPerCycle?: number | null | undefined;
  /** 1–80 characters, unique within the org. */
  name: string;
  organizationId: string | number;
  overage: OverageRouting;
  /** CHARGE_ORG only: the most overage per cycle. */
  overageLimitMinor?: number | null | undefined;
  /** 0–10,000 basis points added to overage bookings; default 0. */
  overageSurchargeBps?: number | null | undefined;
  /** LICENSED_SEAT: the most an engagement may cost to be covered. */
  priceCapMinor?: number | null | undefined;
  /** YYYY-MM-DD; default today in the org's timezone. */
  startsOn?: string | null | undefined;
  type: ProgramType;
};

export type CreatePurchaseOrderInput = {
  amountMinor: number;
  /** ISO 4217. */
  currency: string;
  /** 1–40 characters, unique within the org; surrounding spaces are dropped. */
  number: string;
  organizationId: string | number;
  /** YYYY-MM-DD, inclusive. */
  validFrom: string;
  /** YYYY-MM-DD, inclusive; not before validFrom. */
  validUntil: string;
};

export type CreateRateCardInput = {
  /** ISO 4217. */
  currency: string;
  /** Make it the default, in place of the current one. */
  isDefault?: boolean;
  /** 1–80 characters, unique within the org (archived cards included). */
  name: string;
  organizationId: string | number;
};

export type CreateScimTokenInput = {
  /** 1–730 days; open-ended when omitted. */
  expiresInDays?: number | null | undefined;
  name: string;
  organizationId: string | number;
};

export type CreateWebhookEndpointInput = {
  /** At most 200 characters. */
  description?: string | null | undefined;
  /** One or more of webhookEventTypes. */
  eventTypes: Array<string>;
  organizationId: string | number;
  /** https, resolving only to public addresses. */
  url: string;
};

export type CredentialInput = {
  credentialId: string | number;
  organizationId: string | number;
};

export type CredentialStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'REVOKED';

/** PENDING while the parts are gathered; READY to download for 7 days; then EXPIRED. FAILED: ask again. */
export type DataExportStatus =
  | 'EXPIRED'
  | 'FAILED'
  | 'PENDING'
  | 'READY';

export type DomainClaimInput = {
  claimId: string | number;
  organizationId: string | number;
};

/** PENDING until the TXT record is found; VERIFIED; LAPSED when a daily re-check no longer finds it (verify again to restore). */
export type DomainClaimStatus =
  | 'LAPSED'
  | 'PENDING'
  | 'VERIFIED';

/** PENDING → IN_PROGRESS → COMPLETED, or PENDING → REJECTED. */
export type ErasureRequestStatus =
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'PENDING'
  | 'REJECTED';

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

export type FundingMode =
  | 'INVOICE'
  | 'PERSONAL'
  | 'WALLET';

export type GrantCreditsInput = {
  amountMinor: number;
  idempotencyKey: string;
  organizationId: string | number;
  reason: string;
};

export type InvitationInput = {
  invitationId: string | number;
  organizationId: string | number;
};

/** A PENDING invitation past its date reads as EXPIRED. */
export type InvitationStatus =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

/** Who to invite, as what. Also used by createOrganization. */
export type InviteInput = {
  email: string;
  /** OWNER, MAINTAINER, BILLING_ADMIN, MANAGER, EXPERT (orgs that host) or LEARNER. */
  role: Role;
};

export type InviteMemberInput = {
  email: string;
  organizationId: string | number;
  /** OWNER, MAINTAINER, BILLING_ADMIN, MANAGER, EXPERT (orgs that host) or LEARNER. */
  role: Role;
};

export type InviteMembersInput = {
  /** A CSV file: header `email,role` (role optional, LEARNER by default), at most 500 rows. */
  csv: string;
  organizationId: string | number;
};

export type InvoiceInput = {
  invoiceId: string | number;
};

export type InvoiceStatus =
  | 'DRAFT'
  | 'ISSUED'
  | 'OVERDUE'
  | 'PAID'
  | 'PARTIALLY_PAID'
  | 'VOID';

export type LedgerAccountKind =
  | 'CASH'
  | 'GST_PAYABLE'
  | 'ORG_PAYABLE'
  | 'ORG_RECEIVABLE'
  | 'PAYEE_PAYABLE'
  | 'PLATFORM_PROMO'
  | 'WALLET';

export type LedgerSide =
  | 'CREDIT'
  | 'DEBIT';

export type LedgerTransactionKind =
  | 'ADJUSTMENT'
  | 'BOOKING'
  | 'CREDIT_NOTE'
  | 'GRANT'
  | 'INVOICE_ISSUED'
  | 'INVOICE_PAID'
  | 'REFUND'
  | 'TOPUP'
  | 'TOPUP_REFUND';

export type LinkPayoutAccountInput = {
  /** STRIPE_CONNECT only: the account's country (ISO 3166-1 alpha-2); default the platform's. RAZORPAYX: IN. */
  country?: string | null | undefined;
  /** What payouts are made in: INR for RAZORPAYX (the default); STRIPE_CONNECT: USD (the default), EUR, GBP, AUD, CAD, SGD, AED or CHF. */
  currency?: string | null | undefined;
  /** RAZORPAYX only: where the money lands. */
  destination?: PayoutDestinationInput | null | undefined;
  /** An ORGANIZATION (its OWNER links it), or yourself as a USER. Omitted: yourself. */
  payee?: PayeeInput | null | undefined;
  provider: PayoutProvider;
  /** STRIPE_CONNECT only: where Stripe sends the payee back after onboarding (in production, an https page of the dashboard). */
  returnUrl?: string | null | undefined;
};

/** PLATFORM: every organization; ORGANIZATION: one. */
export type MaintenanceScope =
  | 'ORGANIZATION'
  | 'PLATFORM';

export type MapScimGroupRoleInput = {
  groupId: string | number;
  organizationId: string | number;
  /** null unmaps the group. */
  role?: Role | null | undefined;
};

export type MemberInput = {
  membershipId: string | number;
  organizationId: string | number;
};

export type MemberStatus =
  | 'ACTIVE'
  | 'ERASED'
  | 'PENDING'
  | 'REMOVED'
  | 'SUSPENDED';

/** Udyam registration. MICRO and SMALL enterprises must be paid within 15 days of the service (45 with a written agreement). */
export type MsmeStatus =
  | 'MEDIUM'
  | 'MICRO'
  | 'NONE'
  | 'SMALL';

export type OidcSettingsInput = {
  clientId: string;
  /** Required when creating; left out on update, the stored one is kept. */
  clientSecret?: string | null | undefined;
  issuer: string;
  scopes?: Array<string>;
};

export type OrganizationInput = {
  organizationId: string | number;
};

export type OrganizationLifecycleAction =
  | 'DEACTIVATE'
  | 'REACTIVATE'
  | 'SUSPEND'
  | 'VERIFY';

export type OrganizationStatus =
  | 'ACTIVE'
  | 'DEACTIVATED'
  | 'PENDING_VERIFICATION'
  | 'SUSPENDED';

/** A booking the program does not cover is refused (BLOCK), paid by the member, or charged to the org. */
export type OverageRouting =
  | 'BLOCK'
  | 'CHARGE_MEMBER'
  | 'CHARGE_ORG';

export type PayInvoiceInput = {
  /** Omit to pay everything outstanding. */
  amountMinor?: number | null | undefined;
  idempotencyKey: string;
  invoiceId: string | number;
  provider?: PaymentProvider | null | undefined;
};

/** EARNING adds to a balance; CLAWBACK (a refund of money already earned) takes away. */
export type PayeeEntryKind =
  | 'CLAWBACK'
  | 'EARNING';

/** HELD until the hold ends and no dispute is open, then AVAILABLE; IN_PAYOUT once a payout takes it, PAID when the payout completes. */
export type PayeeEntryStatus =
  | 'AVAILABLE'
  | 'HELD'
  | 'IN_PAYOUT'
  | 'PAID';

/** A payee: an organization (its id) or an expert (their user id). */
export type PayeeInput = {
  id: string | number;
  kind: PayeeKind;
};

/** ORGANIZATION: a host organization (its share). USER: an expert paid as a person (their share). */
export type PayeeKind =
  | 'ORGANIZATION'
  | 'USER';

export type PayeeStatementInput = {
  /** First day, YYYY-MM-DD (India time), inclusive. */
  from: string;
  payee: PayeeInput;
  /** Last day, YYYY-MM-DD (India time), inclusive; at most 366 days after from. */
  to: string;
};

/** PERSONAL: the buyer's own money (tagged with an org in TAG_ONLY mode); ORGANIZATION: the org's credits or invoice. */
export type PayerKind =
  | 'ORGANIZATION'
  | 'PERSONAL';

/** Where the money comes from: a card through a provider, the org's credits (WALLET) or its monthly invoice. */
export type PaymentFunding =
  | 'CARD'
  | 'INVOICE'
  | 'WALLET';

export type PaymentProvider =
  | 'RAZORPAY'
  | 'STRIPE';

/** PURCHASE of a marketplace item, or TOPUP of an org's credits. */
export type PaymentPurpose =
  | 'INVOICE'
  | 'PURCHASE'
  | 'TOPUP';

export type PaymentStatus =
  | 'CANCELLED'
  | 'EXPIRED'
  | 'FAILED'
  | 'PENDING'
  | 'SUCCEEDED';

/** PENDING_VERIFICATION until the provider confirms the account (RazorpayX: its bank account check; Stripe: onboarding), then VERIFIED (paid in batches) or REJECTED; DISABLED once replaced by a newer account. */
export type PayoutAccountStatus =
  | 'DISABLED'
  | 'PENDING_VERIFICATION'
  | 'REJECTED'
  | 'VERIFIED';

/** RazorpayX: exactly one of a bank account or a UPI address. */
export type PayoutDestinationInput = {
  bankAccount?: BankAccountInput | null | undefined;
  vpa?: VpaInput | null | undefined;
};

export type PayoutOnboardingLinkInput = {
  /** Omitted: yourself. */
  payee?: PayeeInput | null | undefined;
  returnUrl: string;
};

/** RAZORPAYX: INR to an Indian bank account or UPI address. STRIPE_CONNECT: other currencies, to a Stripe Express account. */
export type PayoutProvider =
  | 'RAZORPAYX'
  | 'STRIPE_CONNECT';

/** CREATED (not yet sent), PROCESSING (the provider has it), then PROCESSED, FAILED or REVERSED (a bank sent it back); FAILED and REVERSED return the money to the balance. */
export type PayoutStatus =
  | 'CREATED'
  | 'FAILED'
  | 'PROCESSED'
  | 'PROCESSING'
  | 'REVERSED';

export type PostalAddressInput = {
  city: string;
  country: string;
  line1: string;
  line2?: string | null | undefined;
  postalCode?: string | null | undefined;
  stateCode?: string | null | undefined;
};

/** Where a booking's price and split came from, most specific first; PLATFORM_DEFAULT: no rate card applied and the quoted price was split by the platform's default. */
export type PriceSource =
  | 'CONTRACT_EXPERT_RATE'
  | 'CONTRACT_RATE'
  | 'CONTRACT_RATE_CARD'
  | 'HOST_RATE_CARD'
  | 'MEMBERSHIP_OVERRIDE'
  | 'PLATFORM_DEFAULT';

export type ProcessErasureRequestInput = {
  requestId: string | number;
};

/** ASSIGNED now, ALREADY_ASSIGNED before (not an error), or REFUSED (see userErrors). */
export type ProgramAssignOutcome =
  | 'ALREADY_ASSIGNED'
  | 'ASSIGNED'
  | 'REFUSED';

export type ProgramAssignmentStatus =
  | 'ACTIVE'
  | 'REVOKED';

/** A calendar month, quarter or year of the org's timezone; usage starts afresh at each. */
export type ProgramCycle =
  | 'MONTHLY'
  | 'QUARTERLY'
  | 'YEARLY';

export type ProgramRevokeReason =
  | 'ENDED'
  | 'MEMBER_ERASED'
  | 'MEMBER_REMOVED'
  | 'MEMBER_SUSPENDED'
  | 'PROGRAM_CANCELLED'
  | 'UNASSIGNED';

/** EXPIRED follows from the end date (in the org's timezone); CANCELLED is final. */
export type ProgramStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'EXPIRED'
  | 'PAUSED';

/** LICENSED_SEAT covers a number of engagements per member per cycle; CREDIT_POOL covers bookings until the cycle's budget is spent. PROJECT, RETAINER and RESELLER are reserved (PROGRAM_TYPE_NOT_AVAILABLE). */
export type ProgramType =
  | 'CREDIT_POOL'
  | 'LICENSED_SEAT'
  | 'PROJECT'
  | 'RESELLER'
  | 'RETAINER';

export type ProposeContractInput = {
  counterpartyOrganizationId: string | number;
  /** The acting organization. */
  organizationId: string | number;
  /** The acting organization's side. */
  side: ContractSide;
  terms: ContractTermsInput;
  /** 1–120 characters. */
  title: string;
};

export type PurchaseCreditsInput = {
  amountMinor: number;
  idempotencyKey: string;
  organizationId: string | number;
  provider?: PaymentProvider | null | undefined;
};

export type PurchaseKind =
  | 'CLASS'
  | 'CONSULTATION'
  | 'SUBSCRIPTION'
  | 'WEBINAR';

/** ACTIVE can be drawn; EXHAUSTED has nothing left (a refund re-opens it); VOID and CANCELLED are final. */
export type PurchaseOrderStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'EXHAUSTED'
  | 'VOID';

export type RateCardRefInput = {
  organizationId: string | number;
  rateCardId: string | number;
};

export type RefundPaymentInput = {
  /** Omit to refund everything that remains. */
  amountMinor?: number | null | undefined;
  idempotencyKey: string;
  paymentId: string | number;
  reason: string;
};

export type RefundSource =
  | 'API'
  | 'CANCELLATION'
  | 'CREDIT_NOTE'
  | 'DISPUTE_LOST'
  | 'LATE_CAPTURE'
  | 'PROVIDER';

export type RefundStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SUCCEEDED';

export type RefundTierInput = {
  /** The tier applies when cancelled at least this many hours before the start. */
  minHoursBefore: number;
  /** Share refunded, in basis points (10000 = 100%). */
  refundBps: number;
};

export type RejectContractInput = {
  contractId: string | number;
  organizationId: string | number;
  /** At most 500 characters; the other side sees it. */
  reason?: string | null | undefined;
  version: number;
};

export type RejectErasureRequestInput = {
  /** Required: why (the person is told). */
  reason: string;
  requestId: string | number;
};

export type RemoveMemberInput = {
  /** OWNER only: remove although the member still has open obligations. */
  force?: boolean | null | undefined;
  membershipId: string | number;
  organizationId: string | number;
};

export type RevenueSplitInput = {
  expertBps: number;
  hostBps: number;
  platformBps: number;
};

/** A member role. Rank orders roles for hierarchy only; access comes from capabilities. */
export type Role =
  | 'BILLING_ADMIN'
  | 'EXPERT'
  | 'LEARNER'
  | 'MAINTAINER'
  | 'MANAGER'
  | 'OWNER'
  | 'SUPPORT';

/** The IdP’s metadata XML, or its entry point, issuer and certificate (not both). */
export type SamlSettingsInput = {
  /** The IdP’s signing certificate, PEM or base64. */
  certificate?: string | null | undefined;
  /** The IdP’s single sign-on URL. */
  entryPoint?: string | null | undefined;
  /** The IdP’s entity id. */
  issuer?: string | null | undefined;
  /** The IdP’s metadata XML; its entityID, SingleSignOnService and signing certificate are stored. */
  metadataXml?: string | null | undefined;
};

export type ScheduleMaintenanceWindowInput = {
  endsAt: string;
  message: string;
  /** Null: platform-wide. */
  organizationId?: string | number | null | undefined;
  startsAt: string;
};

export type SetCancellationPolicyInput = {
  /** Default 10000 (a full refund). */
  expertCancelledBps?: number | null | undefined;
  organizationId: string | number;
  /** 1–6 tiers, hours decreasing to a last tier at 0. */
  tiers: Array<RefundTierInput>;
};

export type SetCapabilitiesInput = {
  canHost: boolean;
  canSponsor: boolean;
  organizationId: string | number;
};

export type SetCreditLimitInput = {
  creditLimitMinor: number;
  organizationId: string | number;
};

export type SetParentOrganizationInput = {
  organizationId: string | number;
  /** null moves the org to the top. */
  parentId?: string | number | null | undefined;
};

export type SetPayeeTaxProfileInput = {
  msmeStatus: MsmeStatus;
  /** MICRO and SMALL only: a written agreement allows up to 45 days. */
  msmeWrittenAgreement: boolean;
  /** A valid PAN is on file (without one, TDS is 5% under 194O and 20% otherwise). */
  panOnFile: boolean;
  payee: PayeeInput;
  /** RBI purpose code of the remittance (e.g. S0802); required exactly when the payee is not resident in India. */
  purposeCode?: string | null | undefined;
  /** ISO 3166-1 alpha-2 country of tax residence, e.g. IN. */
  residencyCountry: string;
  /** 194O or 194J for a payee resident in India; 195 for one abroad. */
  tdsSection: TdsSection;
  /** Section 195 only: the DTAA rate in basis points, with a tax residency certificate on file. */
  treatyRateBps?: number | null | undefined;
};

export type SetProgramStatusInput = {
  organizationId: string | number;
  programId: string | number;
  status: SettableProgramStatus;
};

export type SetRateCardPriceInput = {
  /** Default now; after the start of every earlier version of this price. */
  effectiveFrom?: string | null | undefined;
  /** Exclusive; omit for open-ended. */
  effectiveUntil?: string | null | undefined;
  /** A per-membership override for one ACTIVE member of the org; omit for the card-wide price. */
  expertUserId?: string | number | null | undefined;
  kind: PurchaseKind;
  organizationId: string | number;
  rateCardId: string | number;
  split: RevenueSplitInput;
  unitPriceMinor: number;
};

/** ACTIVE (resume), PAUSED or CANCELLED (final; ends every assignment). */
export type SettableProgramStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'PAUSED';

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

export type SsoConnectionInput = {
  autoJoin?: boolean | null | undefined;
  /** LEARNER by default; OWNER is refused. */
  defaultRoleForAutoJoin?: Role | null | undefined;
  enabled?: boolean | null | undefined;
  enforceSso?: boolean | null | undefined;
  kind: SsoKind;
  name: string;
  oidc?: OidcSettingsInput | null | undefined;
  organizationId: string | number;
  saml?: SamlSettingsInput | null | undefined;
};

export type SsoConnectionRefInput = {
  connectionId: string | number;
  organizationId: string | number;
};

export type SsoKind =
  | 'OIDC'
  | 'SAML';

/** The Income-tax Act section TDS is withheld under: 194O (e-commerce operator, the default), 194J (professional fees), 195 (payees not resident in India). */
export type TdsSection =
  | 'SECTION_194J'
  | 'SECTION_194O'
  | 'SECTION_195';

export type TerminateContractInput = {
  contractId: string | number;
  organizationId: string | number;
};

export type TransitionOrganizationInput = {
  action: OrganizationLifecycleAction;
  organizationId: string | number;
  /** Why; kept in the audit log. */
  reason?: string | null | undefined;
};

export type UnassignProgramInput = {
  assignmentId: string | number;
  organizationId: string | number;
};

export type UpdateBillingSettingsInput = {
  /** Refused while credits or unbilled charges would be stranded. */
  mode?: BillingMode | null | undefined;
  organizationId: string | number;
  requiresPurchaseOrder?: boolean | null | undefined;
  /** The roles allowed to spend the org's funds. */
  spendingRoles?: Array<Role> | null | undefined;
};

/** Omitted fields stay as they are; null clears an optional one. Each role may edit only its fields. */
export type UpdateOrganizationInput = {
  /** OWNER or BILLING_ADMIN. */
  billingEmail?: string | null | undefined;
  /** OWNER; ISO 3166-1 alpha-2. */
  country?: string | null | undefined;
  /** OWNER; format and check digit are verified. */
  gstin?: string | null | undefined;
  /** OWNER. */
  legalName?: string | null | undefined;
  /** Governance; https only. */
  logoUrl?: string | null | undefined;
  /** OWNER; Udyam registration (UDYAM-XX-00-0000000). */
  msmeUdyam?: string | null | undefined;
  /** Governance. */
  name?: string | null | undefined;
  organizationId: string | number;
  /** OWNER; stored encrypted, shown as its last four characters. */
  pan?: string | null | undefined;
  /** OWNER or BILLING_ADMIN; 0–180 days (Net-60 by default). */
  paymentTermsDays?: number | null | undefined;
  /** OWNER. */
  registeredAddress?: PostalAddressInput | null | undefined;
  /** Governance; an IANA name such as Asia/Kolkata. */
  timezone?: string | null | undefined;
};

/** Only what is given changes; null clears a value that may be empty. Money terms are fixed once a member is assigned. */
export type UpdateProgramInput = {
  budgetMinor?: number | null | undefined;
  currency?: string | null | undefined;
  cycle?: ProgramCycle | null | undefined;
  description?: string | null | undefined;
  /** YYYY-MM-DD; null runs until cancelled. */
  endsOn?: string | null | undefined;
  engagementsPerCycle?: number | null | undefined;
  name?: string | null | undefined;
  organizationId: string | number;
  overage?: OverageRouting | null | undefined;
  overageLimitMinor?: number | null | undefined;
  overageSurchargeBps?: number | null | undefined;
  priceCapMinor?: number | null | undefined;
  programId: string | number;
  type?: ProgramType | null | undefined;
};

/** What is given changes; what is left out stays. A null description clears it. */
export type UpdateWebhookEndpointInput = {
  description?: string | null | undefined;
  endpointId: string | number;
  eventTypes?: Array<string> | null | undefined;
  url?: string | null | undefined;
};

/** A UPI address (VPA), e.g. asha@okaxis. */
export type VpaInput = {
  /** The account holder's name (3-50 characters). */
  accountHolder: string;
  address: string;
};

/** SUCCEEDED; RETRY (another attempt is scheduled); FAILED (the delivery gave up). */
export type WebhookAttemptOutcome =
  | 'FAILED'
  | 'RETRY'
  | 'SUCCEEDED';

export type WebhookDeliveryInput = {
  deliveryId: string | number;
};

/** PENDING (waiting for its next attempt), SUCCEEDED, or FAILED (the dead letter: redeliver it). */
export type WebhookDeliveryStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SUCCEEDED';

export type WebhookEndpointInput = {
  endpointId: string | number;
};

/** ACTIVE sends; PAUSED keeps deliveries waiting until resumed; DISABLED (after days of failures, or 25 refusals in a row) gets nothing until resumed. */
export type WebhookEndpointStatus =
  | 'ACTIVE'
  | 'DISABLED'
  | 'PAUSED';

export type ActivityEntryFragment = { id: string, category: AuditCategory, action: string, actorType: AuditActorType, targetType: string, targetId: string, occurredAt: string, actor: { id: string, name: string } | null, changes: Array<{ field: string, before: string | null, after: string | null }> | null };

export type RecentActivityQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type RecentActivityQuery = { organization: { id: string, auditLog: { nodes: Array<{ id: string, category: AuditCategory, action: string, actorType: AuditActorType, targetType: string, targetId: string, occurredAt: string, actor: { id: string, name: string } | null, changes: Array<{ field: string, before: string | null, after: string | null }> | null }> } } };

export type OrganizationActivitySubscriptionVariables = Exact<{
  organizationId: string | number;
}>;


export type OrganizationActivitySubscription = { organizationActivity: { id: string, category: AuditCategory, action: string, actorType: AuditActorType, targetType: string, targetId: string, occurredAt: string, actor: { id: string, name: string } | null, changes: Array<{ field: string, before: string | null, after: string | null }> | null } };

export type AuditLogEntryFragment = { actorKind: string, actorId: string | null, ip: string | null, userAgent: string | null, id: string, category: AuditCategory, action: string, actorType: AuditActorType, targetType: string, targetId: string, occurredAt: string, actor: { id: string, name: string } | null, changes: Array<{ field: string, before: string | null, after: string | null }> | null };

export type AuditLogQueryVariables = Exact<{
  organizationId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  category?: AuditCategory | null | undefined;
  action?: string | null | undefined;
  actorId?: string | null | undefined;
  targetType?: string | null | undefined;
  targetId?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type AuditLogQuery = { organization: { id: string, auditLog: { nodes: Array<{ actorKind: string, actorId: string | null, ip: string | null, userAgent: string | null, id: string, category: AuditCategory, action: string, actorType: AuditActorType, targetType: string, targetId: string, occurredAt: string, actor: { id: string, name: string } | null, changes: Array<{ field: string, before: string | null, after: string | null }> | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type AuditLogLiveSubscriptionVariables = Exact<{
  organizationId: string | number;
}>;


export type AuditLogLiveSubscription = { organizationActivity: { actorKind: string, actorId: string | null, ip: string | null, userAgent: string | null, id: string, category: AuditCategory, action: string, actorType: AuditActorType, targetType: string, targetId: string, occurredAt: string, actor: { id: string, name: string } | null, changes: Array<{ field: string, before: string | null, after: string | null }> | null } };

export type BillingMoneyFragment = { amountMinor: number, currency: string };

export type BillingNextActionFragment = { provider: PaymentProvider, orderId: string, clientSecret: string | null, publicKey: string | null, testCheckoutUrl: string | null };

export type BillingUserErrorFragment = { code: ErrorCode, field: Array<string> | null, message: string };

export type BillingAccountFieldsFragment = { id: string, mode: BillingMode, fundingMode: FundingMode, currency: string, status: BillingAccountStatus, frozenReason: string | null, spendingRoles: Array<Role>, requiresPurchaseOrder: boolean, createdAt: string, creditLimit: { amountMinor: number, currency: string }, creditBalance: { amountMinor: number, currency: string }, unbilledCharges: { amountMinor: number, currency: string } };

export type BillingOverviewQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type BillingOverviewQuery = { billingAccount: { id: string, mode: BillingMode, fundingMode: FundingMode, currency: string, status: BillingAccountStatus, frozenReason: string | null, spendingRoles: Array<Role>, requiresPurchaseOrder: boolean, createdAt: string, creditLimit: { amountMinor: number, currency: string }, creditBalance: { amountMinor: number, currency: string }, unbilledCharges: { amountMinor: number, currency: string } } | null };

export type BillingPaymentStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type BillingPaymentStatusQuery = { payment: { id: string, purpose: PaymentPurpose, status: PaymentStatus, settledAt: string | null, amount: { amountMinor: number, currency: string }, nextAction: { provider: PaymentProvider, orderId: string, clientSecret: string | null, publicKey: string | null, testCheckoutUrl: string | null } | null } | null };

export type BillingLedgerQueryVariables = Exact<{
  organizationId: string | number;
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type BillingLedgerQuery = { billingAccount: { id: string, ledgerTransactions: { nodes: Array<{ id: string, kind: LedgerTransactionKind, memo: string, paymentId: string | null, createdAt: string, entries: Array<{ accountKind: LedgerAccountKind, side: LedgerSide, amount: { amountMinor: number, currency: string } }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type BillingInvoicesQueryVariables = Exact<{
  organizationId: string | number;
  status?: InvoiceStatus | null | undefined;
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type BillingInvoicesQuery = { billingAccount: { id: string, mode: BillingMode, invoices: { nodes: Array<{ id: string, number: string | null, status: InvoiceStatus, periodStart: string, periodEnd: string, dueDate: string | null, issuedAt: string | null, paidAt: string | null, pdfUrl: string | null, total: { amountMinor: number, currency: string }, paid: { amountMinor: number, currency: string }, credited: { amountMinor: number, currency: string }, outstanding: { amountMinor: number, currency: string }, creditNotes: Array<{ id: string, number: string, settlement: string, issuedAt: string, pdfUrl: string, total: { amountMinor: number, currency: string } }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type BillingPurchaseOrdersQueryVariables = Exact<{
  organizationId: string | number;
  status?: PurchaseOrderStatus | null | undefined;
}>;


export type BillingPurchaseOrdersQuery = { billingAccount: { id: string, currency: string, requiresPurchaseOrder: boolean, purchaseOrders: Array<{ id: string, number: string, status: PurchaseOrderStatus, validFrom: string, validUntil: string, createdAt: string, amount: { amountMinor: number, currency: string }, remaining: { amountMinor: number, currency: string } }> } | null };

export type BillingPaymentsQueryVariables = Exact<{
  organizationId: string | number;
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type BillingPaymentsQuery = { billingAccount: { id: string, payments: { nodes: Array<{ id: string, purpose: PaymentPurpose, kind: PurchaseKind | null, reference: string | null, payerKind: PayerKind, funding: PaymentFunding, status: PaymentStatus, provider: PaymentProvider | null, disputed: boolean, createdAt: string, settledAt: string | null, amount: { amountMinor: number, currency: string }, refunded: { amountMinor: number, currency: string }, refunds: Array<{ id: string, status: RefundStatus, source: RefundSource, reason: string, createdAt: string, amount: { amountMinor: number, currency: string } }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type BillingUpdateSettingsMutationVariables = Exact<{
  input: UpdateBillingSettingsInput;
}>;


export type BillingUpdateSettingsMutation = { updateBillingSettings: { billingAccount: { id: string, mode: BillingMode, fundingMode: FundingMode, currency: string, status: BillingAccountStatus, frozenReason: string | null, spendingRoles: Array<Role>, requiresPurchaseOrder: boolean, createdAt: string, creditLimit: { amountMinor: number, currency: string }, creditBalance: { amountMinor: number, currency: string }, unbilledCharges: { amountMinor: number, currency: string } } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type BillingPurchaseCreditsMutationVariables = Exact<{
  input: PurchaseCreditsInput;
}>;


export type BillingPurchaseCreditsMutation = { purchaseCredits: { replayed: boolean, payment: { id: string, status: PaymentStatus, amount: { amountMinor: number, currency: string } } | null, nextAction: { provider: PaymentProvider, orderId: string, clientSecret: string | null, publicKey: string | null, testCheckoutUrl: string | null } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type BillingGenerateInvoiceMutationVariables = Exact<{
  input: OrganizationInput;
}>;


export type BillingGenerateInvoiceMutation = { generateInvoice: { invoice: { id: string, status: InvoiceStatus } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type BillingIssueInvoiceMutationVariables = Exact<{
  input: InvoiceInput;
}>;


export type BillingIssueInvoiceMutation = { issueInvoice: { invoice: { id: string, number: string | null, status: InvoiceStatus } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type BillingVoidDraftInvoiceMutationVariables = Exact<{
  input: InvoiceInput;
}>;


export type BillingVoidDraftInvoiceMutation = { voidDraftInvoice: { invoice: { id: string, status: InvoiceStatus } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type BillingPayInvoiceMutationVariables = Exact<{
  input: PayInvoiceInput;
}>;


export type BillingPayInvoiceMutation = { payInvoice: { replayed: boolean, payment: { id: string, status: PaymentStatus, amount: { amountMinor: number, currency: string } } | null, nextAction: { provider: PaymentProvider, orderId: string, clientSecret: string | null, publicKey: string | null, testCheckoutUrl: string | null } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type BillingCreatePurchaseOrderMutationVariables = Exact<{
  input: CreatePurchaseOrderInput;
}>;


export type BillingCreatePurchaseOrderMutation = { createPurchaseOrder: { purchaseOrder: { id: string, number: string } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type BillingCancelPurchaseOrderMutationVariables = Exact<{
  input: CancelPurchaseOrderInput;
}>;


export type BillingCancelPurchaseOrderMutation = { cancelPurchaseOrder: { purchaseOrder: { id: string, number: string, status: PurchaseOrderStatus } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type BillingRefundPaymentMutationVariables = Exact<{
  input: RefundPaymentInput;
}>;


export type BillingRefundPaymentMutation = { refundPayment: { replayed: boolean, refund: { id: string, status: RefundStatus, adjustment: boolean, amount: { amountMinor: number, currency: string } } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type OrganizationHomeQueryVariables = Exact<{
  organizationId: string | number;
  finance: boolean;
}>;


export type OrganizationHomeQuery = { organization: { id: string, name: string, status: OrganizationStatus, seatsTotal: number, seatsUsed: number, members: { totalCount: number }, billingAccount?: { id: string, mode: BillingMode, creditBalance: { amountMinor: number, currency: string }, unbilledCharges: { amountMinor: number, currency: string }, invoices: { nodes: Array<{ id: string, number: string | null, status: InvoiceStatus, dueDate: string | null, outstanding: { amountMinor: number, currency: string } }> } } | null } };

export type InvitationRowFragment = { id: string, email: string, role: Role, status: InvitationStatus, expiresAt: string, createdAt: string, invitedBy: { id: string, name: string } };

export type InvitationsListQueryVariables = Exact<{
  organizationId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: InvitationStatus | null | undefined;
}>;


export type InvitationsListQuery = { organization: { id: string, invitations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, email: string, role: Role, status: InvitationStatus, expiresAt: string, createdAt: string, invitedBy: { id: string, name: string } }> } } };

export type InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InviteMemberMutation = { inviteMember: { emailSent: boolean, invitation: { id: string, email: string, role: Role, status: InvitationStatus, expiresAt: string, createdAt: string, invitedBy: { id: string, name: string } } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type InviteMembersMutationVariables = Exact<{
  input: InviteMembersInput;
}>;


export type InviteMembersMutation = { inviteMembers: { results: Array<{ row: number, email: string, emailSent: boolean, invitation: { id: string, role: Role, expiresAt: string } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> }>, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type ResendInvitationMutationVariables = Exact<{
  input: InvitationInput;
}>;


export type ResendInvitationMutation = { resendInvitation: { emailSent: boolean, invitation: { id: string, email: string, role: Role, status: InvitationStatus, expiresAt: string, createdAt: string, invitedBy: { id: string, name: string } } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type RevokeInvitationMutationVariables = Exact<{
  input: InvitationInput;
}>;


export type RevokeInvitationMutation = { revokeInvitation: { invitation: { id: string, email: string, role: Role, status: InvitationStatus, expiresAt: string, createdAt: string, invitedBy: { id: string, name: string } } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type InvitationPreviewQueryVariables = Exact<{
  token: string;
}>;


export type InvitationPreviewQuery = { invitationPreview: { organizationName: string, role: Role, inviterName: string | null, expiresAt: string, status: InvitationStatus } | null };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { membership: { id: string, role: Role, status: MemberStatus } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type MemberRowFragment = { id: string, role: Role, status: MemberStatus, createdAt: string, email: string | null, user: { id: string, name: string } };

export type MemberAdminFactsQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type MemberAdminFactsQuery = { organization: { id: string, canHost: boolean, canSponsor: boolean, seatsTotal: number, seatsUsed: number, activeOwners: { totalCount: number } } };

export type MembersListQueryVariables = Exact<{
  organizationId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  role?: Role | null | undefined;
  status?: MemberStatus | null | undefined;
  search?: string | null | undefined;
}>;


export type MembersListQuery = { organization: { id: string, members: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, role: Role, status: MemberStatus, createdAt: string, email: string | null, user: { id: string, name: string } }> } } };

export type ChangeMemberRoleMutationVariables = Exact<{
  input: ChangeMemberRoleInput;
}>;


export type ChangeMemberRoleMutation = { changeMemberRole: { membership: { id: string, role: Role, status: MemberStatus, createdAt: string, email: string | null, user: { id: string, name: string } } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type SuspendMemberMutationVariables = Exact<{
  input: MemberInput;
}>;


export type SuspendMemberMutation = { suspendMember: { membership: { id: string, role: Role, status: MemberStatus, createdAt: string, email: string | null, user: { id: string, name: string } } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type ReactivateMemberMutationVariables = Exact<{
  input: MemberInput;
}>;


export type ReactivateMemberMutation = { reactivateMember: { membership: { id: string, role: Role, status: MemberStatus, createdAt: string, email: string | null, user: { id: string, name: string } } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type RemoveMemberMutationVariables = Exact<{
  input: RemoveMemberInput;
}>;


export type RemoveMemberMutation = { removeMember: { membership: { id: string, role: Role, status: MemberStatus, createdAt: string, email: string | null, user: { id: string, name: string } } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type MembersChangedSubscriptionVariables = Exact<{
  organizationId: string | number;
}>;


export type MembersChangedSubscription = { membersChanged: { id: string, role: Role, status: MemberStatus, createdAt: string, email: string | null, user: { id: string, name: string } } };

export type CreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type CreateOrganizationMutation = { createOrganization: { organization: { id: string, name: string } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type PayoutMoneyFragment = { amountMinor: number, currency: string };

export type PayoutAccountFieldsFragment = { id: string, provider: PayoutProvider, status: PayoutAccountStatus, statusDetail: string | null, maskedDestination: string, currency: string, createdAt: string, updatedAt: string };

export type PayoutFieldsFragment = { id: string, provider: PayoutProvider, tdsSection: TdsSection, tdsRateBps: number, status: PayoutStatus, failureReason: string | null, createdAt: string, completedAt: string | null, gross: { amountMinor: number, currency: string }, tds: { amountMinor: number, currency: string }, net: { amountMinor: number, currency: string } };

export type PayoutStatementFieldsFragment = { from: string, to: string, timeZone: string, generatedAt: string, balances: Array<{ currency: string, held: { amountMinor: number, currency: string }, available: { amountMinor: number, currency: string }, inPayout: { amountMinor: number, currency: string }, paid: { amountMinor: number, currency: string } }>, totals: Array<{ currency: string, earned: { amountMinor: number, currency: string }, clawedBack: { amountMinor: number, currency: string }, net: { amountMinor: number, currency: string }, paidGross: { amountMinor: number, currency: string }, tdsWithheld: { amountMinor: number, currency: string }, paidNet: { amountMinor: number, currency: string } }>, entries: Array<{ id: string, kind: PayeeEntryKind, paymentId: string, status: PayeeEntryStatus, releaseAt: string | null, payoutId: string | null, createdAt: string, amount: { amountMinor: number, currency: string } }>, payouts: Array<{ id: string, provider: PayoutProvider, tdsSection: TdsSection, tdsRateBps: number, status: PayoutStatus, failureReason: string | null, createdAt: string, completedAt: string | null, gross: { amountMinor: number, currency: string }, tds: { amountMinor: number, currency: string }, net: { amountMinor: number, currency: string } }> };

export type PayoutTaxProfileFieldsFragment = { tdsSection: TdsSection, panOnFile: boolean, treatyRateBps: number | null, residencyCountry: string, purposeCode: string | null, msmeStatus: MsmeStatus, msmeWrittenAgreement: boolean, tdsRateBps: number, isDefault: boolean, updatedAt: string | null };

export type PayoutAccountOfOrganizationQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type PayoutAccountOfOrganizationQuery = { account: { id: string, provider: PayoutProvider, status: PayoutAccountStatus, statusDetail: string | null, maskedDestination: string, currency: string, createdAt: string, updatedAt: string } | null };

export type PayoutAccountOfMineQueryVariables = Exact<{ [key: string]: never; }>;


export type PayoutAccountOfMineQuery = { account: { id: string, provider: PayoutProvider, status: PayoutAccountStatus, statusDetail: string | null, maskedDestination: string, currency: string, createdAt: string, updatedAt: string } | null };

export type PayoutStatementOfOrganizationQueryVariables = Exact<{
  input: PayeeStatementInput;
}>;


export type PayoutStatementOfOrganizationQuery = { statement: { from: string, to: string, timeZone: string, generatedAt: string, balances: Array<{ currency: string, held: { amountMinor: number, currency: string }, available: { amountMinor: number, currency: string }, inPayout: { amountMinor: number, currency: string }, paid: { amountMinor: number, currency: string } }>, totals: Array<{ currency: string, earned: { amountMinor: number, currency: string }, clawedBack: { amountMinor: number, currency: string }, net: { amountMinor: number, currency: string }, paidGross: { amountMinor: number, currency: string }, tdsWithheld: { amountMinor: number, currency: string }, paidNet: { amountMinor: number, currency: string } }>, entries: Array<{ id: string, kind: PayeeEntryKind, paymentId: string, status: PayeeEntryStatus, releaseAt: string | null, payoutId: string | null, createdAt: string, amount: { amountMinor: number, currency: string } }>, payouts: Array<{ id: string, provider: PayoutProvider, tdsSection: TdsSection, tdsRateBps: number, status: PayoutStatus, failureReason: string | null, createdAt: string, completedAt: string | null, gross: { amountMinor: number, currency: string }, tds: { amountMinor: number, currency: string }, net: { amountMinor: number, currency: string } }> } };

export type PayoutStatementOfMineQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type PayoutStatementOfMineQuery = { statement: { from: string, to: string, timeZone: string, generatedAt: string, balances: Array<{ currency: string, held: { amountMinor: number, currency: string }, available: { amountMinor: number, currency: string }, inPayout: { amountMinor: number, currency: string }, paid: { amountMinor: number, currency: string } }>, totals: Array<{ currency: string, earned: { amountMinor: number, currency: string }, clawedBack: { amountMinor: number, currency: string }, net: { amountMinor: number, currency: string }, paidGross: { amountMinor: number, currency: string }, tdsWithheld: { amountMinor: number, currency: string }, paidNet: { amountMinor: number, currency: string } }>, entries: Array<{ id: string, kind: PayeeEntryKind, paymentId: string, status: PayeeEntryStatus, releaseAt: string | null, payoutId: string | null, createdAt: string, amount: { amountMinor: number, currency: string } }>, payouts: Array<{ id: string, provider: PayoutProvider, tdsSection: TdsSection, tdsRateBps: number, status: PayoutStatus, failureReason: string | null, createdAt: string, completedAt: string | null, gross: { amountMinor: number, currency: string }, tds: { amountMinor: number, currency: string }, net: { amountMinor: number, currency: string } }> } };

export type PayoutStatementCsvOfOrganizationQueryVariables = Exact<{
  input: PayeeStatementInput;
}>;


export type PayoutStatementCsvOfOrganizationQuery = { statement: { csv: string } };

export type PayoutStatementCsvOfMineQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type PayoutStatementCsvOfMineQuery = { statement: { csv: string } };

export type PayoutListOfOrganizationQueryVariables = Exact<{
  organizationId: string | number;
  status?: PayoutStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PayoutListOfOrganizationQuery = { payouts: { nodes: Array<{ id: string, provider: PayoutProvider, tdsSection: TdsSection, tdsRateBps: number, status: PayoutStatus, failureReason: string | null, createdAt: string, completedAt: string | null, gross: { amountMinor: number, currency: string }, tds: { amountMinor: number, currency: string }, net: { amountMinor: number, currency: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PayoutListOfMineQueryVariables = Exact<{
  status?: PayoutStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PayoutListOfMineQuery = { payouts: { nodes: Array<{ id: string, provider: PayoutProvider, tdsSection: TdsSection, tdsRateBps: number, status: PayoutStatus, failureReason: string | null, createdAt: string, completedAt: string | null, gross: { amountMinor: number, currency: string }, tds: { amountMinor: number, currency: string }, net: { amountMinor: number, currency: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PayoutTaxProfileQueryVariables = Exact<{
  payee: PayeeInput;
}>;


export type PayoutTaxProfileQuery = { taxProfile: { tdsSection: TdsSection, panOnFile: boolean, treatyRateBps: number | null, residencyCountry: string, purposeCode: string | null, msmeStatus: MsmeStatus, msmeWrittenAgreement: boolean, tdsRateBps: number, isDefault: boolean, updatedAt: string | null } };

export type PayoutLinkAccountMutationVariables = Exact<{
  input: LinkPayoutAccountInput;
}>;


export type PayoutLinkAccountMutation = { linkPayoutAccount: { onboardingUrl: string | null, payoutAccount: { id: string, provider: PayoutProvider, status: PayoutAccountStatus, statusDetail: string | null, maskedDestination: string, currency: string, createdAt: string, updatedAt: string } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type PayoutOnboardingLinkMutationVariables = Exact<{
  input: PayoutOnboardingLinkInput;
}>;


export type PayoutOnboardingLinkMutation = { payoutOnboardingLink: { url: string | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type PayoutSetTaxProfileMutationVariables = Exact<{
  input: SetPayeeTaxProfileInput;
}>;


export type PayoutSetTaxProfileMutation = { setPayeeTaxProfile: { taxProfile: { tdsSection: TdsSection, panOnFile: boolean, treatyRateBps: number | null, residencyCountry: string, purposeCode: string | null, msmeStatus: MsmeStatus, msmeWrittenAgreement: boolean, tdsRateBps: number, isDefault: boolean, updatedAt: string | null } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type PlatformOrganizationSummaryFragment = { id: string, name: string, slug: string, status: OrganizationStatus, seatsTotal: number, seatsUsed: number, canSponsor: boolean, canHost: boolean, country: string, timezone: string, createdAt: string };

export type PlatformOrganizationQueryVariables = Exact<{
  id: string | number;
}>;


export type PlatformOrganizationQuery = { organization: { id: string, name: string, slug: string, status: OrganizationStatus, seatsTotal: number, seatsUsed: number, canSponsor: boolean, canHost: boolean, country: string, timezone: string, createdAt: string } };

export type PlatformOrganizationMembersQueryVariables = Exact<{
  id: string | number;
}>;


export type PlatformOrganizationMembersQuery = { organization: { id: string, activeOwners: { totalCount: number }, members: { nodes: Array<{ id: string, role: Role, email: string | null }> } } };

export type PlatformDirectoryQueryVariables = Exact<{
  search?: string | null | undefined;
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type PlatformDirectoryQuery = { organizationDirectory: { nodes: Array<{ id: string, name: string, slug: string, canHost: boolean }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PlatformTransitionOrganizationMutationVariables = Exact<{
  input: TransitionOrganizationInput;
}>;


export type PlatformTransitionOrganizationMutation = { transitionOrganization: { userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type PlatformBillingAccountFragment = { id: string, mode: BillingMode, status: BillingAccountStatus, currency: string, creditBalance: { amountMinor: number, currency: string }, creditLimit: { amountMinor: number, currency: string }, unbilledCharges: { amountMinor: number, currency: string } };

export type PlatformGrantCreditsMutationVariables = Exact<{
  input: GrantCreditsInput;
}>;


export type PlatformGrantCreditsMutation = { grantCredits: { billingAccount: { id: string, mode: BillingMode, status: BillingAccountStatus, currency: string, creditBalance: { amountMinor: number, currency: string }, creditLimit: { amountMinor: number, currency: string }, unbilledCharges: { amountMinor: number, currency: string } } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type PlatformSetCreditLimitMutationVariables = Exact<{
  input: SetCreditLimitInput;
}>;


export type PlatformSetCreditLimitMutation = { setCreditLimit: { billingAccount: { id: string, mode: BillingMode, status: BillingAccountStatus, currency: string, creditBalance: { amountMinor: number, currency: string }, creditLimit: { amountMinor: number, currency: string }, unbilledCharges: { amountMinor: number, currency: string } } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type PlatformAppointOwnerMutationVariables = Exact<{
  input: AppointOrganizationOwnerInput;
}>;


export type PlatformAppointOwnerMutation = { appointOrganizationOwner: { membership: { id: string, role: Role, status: MemberStatus } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type PlatformErasureRequestFragment = { id: string, status: ErasureRequestStatus, requestedAt: string, dueAt: string, processedAt: string | null, completedAt: string | null, rejectedAt: string | null, rejectionReason: string | null, ownerlessOrganizationIds: Array<string>, user: { id: string, name: string } };

export type PlatformErasureRequestsQueryVariables = Exact<{
  status?: ErasureRequestStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PlatformErasureRequestsQuery = { erasureRequests: { nodes: Array<{ id: string, status: ErasureRequestStatus, requestedAt: string, dueAt: string, processedAt: string | null, completedAt: string | null, rejectedAt: string | null, rejectionReason: string | null, ownerlessOrganizationIds: Array<string>, user: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PlatformProcessErasureMutationVariables = Exact<{
  input: ProcessErasureRequestInput;
}>;


export type PlatformProcessErasureMutation = { processErasureRequest: { erasureRequest: { id: string, status: ErasureRequestStatus, requestedAt: string, dueAt: string, processedAt: string | null, completedAt: string | null, rejectedAt: string | null, rejectionReason: string | null, ownerlessOrganizationIds: Array<string>, user: { id: string, name: string } } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type PlatformRejectErasureMutationVariables = Exact<{
  input: RejectErasureRequestInput;
}>;


export type PlatformRejectErasureMutation = { rejectErasureRequest: { erasureRequest: { id: string, status: ErasureRequestStatus, requestedAt: string, dueAt: string, processedAt: string | null, completedAt: string | null, rejectedAt: string | null, rejectionReason: string | null, ownerlessOrganizationIds: Array<string>, user: { id: string, name: string } } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type PlatformMaintenanceWindowFragment = { id: string, scope: MaintenanceScope, organizationId: string | null, startsAt: string, endsAt: string, message: string, active: boolean, cancelledAt: string | null };

export type PlatformMaintenanceWindowsQueryVariables = Exact<{
  active?: boolean | null | undefined;
}>;


export type PlatformMaintenanceWindowsQuery = { maintenanceWindows: Array<{ id: string, scope: MaintenanceScope, organizationId: string | null, startsAt: string, endsAt: string, message: string, active: boolean, cancelledAt: string | null }> };

export type PlatformScheduleMaintenanceMutationVariables = Exact<{
  input: ScheduleMaintenanceWindowInput;
}>;


export type PlatformScheduleMaintenanceMutation = { scheduleMaintenanceWindow: { maintenanceWindow: { id: string, scope: MaintenanceScope, organizationId: string | null, startsAt: string, endsAt: string, message: string, active: boolean, cancelledAt: string | null } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type PlatformCancelMaintenanceMutationVariables = Exact<{
  id: string | number;
}>;


export type PlatformCancelMaintenanceMutation = { cancelMaintenanceWindow: { maintenanceWindow: { id: string, scope: MaintenanceScope, organizationId: string | null, startsAt: string, endsAt: string, message: string, active: boolean, cancelledAt: string | null } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type PlatformPayoutBatchFragment = { id: string, period: string, trigger: string, createdAt: string, payouts: number, net: Array<{ amountMinor: number, currency: string }> };

export type PlatformPayoutBatchesQueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformPayoutBatchesQuery = { payoutBatches: Array<{ id: string, period: string, trigger: string, createdAt: string, payouts: number, net: Array<{ amountMinor: number, currency: string }> }> };

export type PlatformRunPayoutBatchMutationVariables = Exact<{ [key: string]: never; }>;


export type PlatformRunPayoutBatchMutation = { runPayoutBatch: { created: number, submitted: number, batch: { id: string, period: string, trigger: string, createdAt: string, payouts: number, net: Array<{ amountMinor: number, currency: string }> } } };

export type PlatformOrganizationsByStatusQueryVariables = Exact<{
  status: OrganizationStatus;
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type PlatformOrganizationsByStatusQuery = { organizationsByStatus: { nodes: Array<{ id: string, name: string, slug: string, createdAt: string, members: { totalCount: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PricingMoneyFragment = { amountMinor: number, currency: string };

export type PricingSplitFragment = { platformBps: number, hostBps: number, expertBps: number };

export type PricingRateCardPriceFragment = { id: string, kind: PurchaseKind, expertUserId: string | null, effectiveFrom: string, effectiveUntil: string | null, unitPrice: { amountMinor: number, currency: string }, split: { platformBps: number, hostBps: number, expertBps: number } };

export type PricingRateCardFragment = { id: string, name: string, currency: string, isDefault: boolean, archivedAt: string | null, createdAt: string, prices: Array<{ id: string, kind: PurchaseKind, expertUserId: string | null, effectiveFrom: string, effectiveUntil: string | null, unitPrice: { amountMinor: number, currency: string }, split: { platformBps: number, hostBps: number, expertBps: number } }>, history: Array<{ id: string, kind: PurchaseKind, expertUserId: string | null, effectiveFrom: string, effectiveUntil: string | null, unitPrice: { amountMinor: number, currency: string }, split: { platformBps: number, hostBps: number, expertBps: number } }> };

export type PricingTermsFragment = { rateCardId: string | null, currency: string, startsOn: string, endsOn: string | null, monthlySpendCap: { amountMinor: number, currency: string } | null, rates: Array<{ kind: PurchaseKind, expertUserId: string | null, unitPrice: { amountMinor: number, currency: string }, split: { platformBps: number, hostBps: number, expertBps: number } }> };

export type PricingContractFragment = { id: string, title: string, status: ContractStatus, side: ContractSide, inForce: boolean, sponsorOrganizationId: string, hostOrganizationId: string, terminatedAt: string | null, createdAt: string, updatedAt: string, acceptedVersion: { version: number, terms: { rateCardId: string | null, currency: string, startsOn: string, endsOn: string | null, monthlySpendCap: { amountMinor: number, currency: string } | null, rates: Array<{ kind: PurchaseKind, expertUserId: string | null, unitPrice: { amountMinor: number, currency: string }, split: { platformBps: number, hostBps: number, expertBps: number } }> } } | null, versions: Array<{ version: number, status: ContractVersionStatus, proposedBySide: ContractSide, proposedBy: string, decidedBy: string | null, decidedAt: string | null, reason: string | null, createdAt: string }> };

export type PricingPolicyFragment = { version: number, expertCancelledBps: number, tiers: Array<{ minHoursBefore: number, refundBps: number }> };

export type PricingRateCardsQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type PricingRateCardsQuery = { organization: { id: string, canHost: boolean }, billingAccount: { id: string, currency: string, rateCards: Array<{ id: string, name: string, currency: string, isDefault: boolean, archivedAt: string | null, createdAt: string, prices: Array<{ id: string, kind: PurchaseKind, expertUserId: string | null, effectiveFrom: string, effectiveUntil: string | null, unitPrice: { amountMinor: number, currency: string }, split: { platformBps: number, hostBps: number, expertBps: number } }>, history: Array<{ id: string, kind: PurchaseKind, expertUserId: string | null, effectiveFrom: string, effectiveUntil: string | null, unitPrice: { amountMinor: number, currency: string }, split: { platformBps: number, hostBps: number, expertBps: number } }> }> } | null };

export type PricingContractsQueryVariables = Exact<{
  organizationId: string | number;
  status?: ContractStatus | null | undefined;
}>;


export type PricingContractsQuery = { organization: { id: string, canHost: boolean, canSponsor: boolean }, billingAccount: { id: string, currency: string } | null, contracts: Array<{ id: string, title: string, status: ContractStatus, side: ContractSide, inForce: boolean, sponsorOrganizationId: string, hostOrganizationId: string, terminatedAt: string | null, createdAt: string, updatedAt: string, acceptedVersion: { version: number, terms: { rateCardId: string | null, currency: string, startsOn: string, endsOn: string | null, monthlySpendCap: { amountMinor: number, currency: string } | null, rates: Array<{ kind: PurchaseKind, expertUserId: string | null, unitPrice: { amountMinor: number, currency: string }, split: { platformBps: number, hostBps: number, expertBps: number } }> } } | null, versions: Array<{ version: number, status: ContractVersionStatus, proposedBySide: ContractSide, proposedBy: string, decidedBy: string | null, decidedAt: string | null, reason: string | null, createdAt: string }> }> };

export type PricingContractVersionsQueryVariables = Exact<{
  organizationId: string | number;
  id: string | number;
}>;


export type PricingContractVersionsQuery = { contract: { id: string, versions: Array<{ version: number, terms: { rateCardId: string | null, currency: string, startsOn: string, endsOn: string | null, monthlySpendCap: { amountMinor: number, currency: string } | null, rates: Array<{ kind: PurchaseKind, expertUserId: string | null, unitPrice: { amountMinor: number, currency: string }, split: { platformBps: number, hostBps: number, expertBps: number } }> } }> } | null };

export type PricingMembersQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type PricingMembersQuery = { organization: { id: string, members: { nodes: Array<{ id: string, email: string | null, user: { id: string, name: string } }> } } };

export type PricingDirectoryQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type PricingDirectoryQuery = { organizationDirectory: { nodes: Array<{ id: string, name: string, slug: string, canHost: boolean }> } };

export type PricingPolicyQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type PricingPolicyQuery = { billingAccount: { id: string, cancellationPolicy: { version: number, expertCancelledBps: number, tiers: Array<{ minHoursBefore: number, refundBps: number }> } } | null };

export type PricingCreateRateCardMutationVariables = Exact<{
  input: CreateRateCardInput;
}>;


export type PricingCreateRateCardMutation = { createRateCard: { rateCard: { id: string, name: string } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type PricingSetRateCardPriceMutationVariables = Exact<{
  input: SetRateCardPriceInput;
}>;


export type PricingSetRateCardPriceMutation = { setRateCardPrice: { price: { id: string, effectiveFrom: string } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type PricingSetDefaultRateCardMutationVariables = Exact<{
  input: RateCardRefInput;
}>;


export type PricingSetDefaultRateCardMutation = { setDefaultRateCard: { rateCard: { id: string, isDefault: boolean } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type PricingArchiveRateCardMutationVariables = Exact<{
  input: RateCardRefInput;
}>;


export type PricingArchiveRateCardMutation = { archiveRateCard: { rateCard: { id: string, archivedAt: string | null } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type PricingProposeContractMutationVariables = Exact<{
  input: ProposeContractInput;
}>;


export type PricingProposeContractMutation = { proposeContract: { contract: { id: string, title: string } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type PricingAmendContractMutationVariables = Exact<{
  input: AmendContractInput;
}>;


export type PricingAmendContractMutation = { amendContract: { contract: { id: string, title: string } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type PricingAcceptContractMutationVariables = Exact<{
  input: ContractVersionRefInput;
}>;


export type PricingAcceptContractMutation = { acceptContract: { contract: { id: string, status: ContractStatus } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type PricingRejectContractMutationVariables = Exact<{
  input: RejectContractInput;
}>;


export type PricingRejectContractMutation = { rejectContract: { contract: { id: string, status: ContractStatus } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type PricingWithdrawContractProposalMutationVariables = Exact<{
  input: ContractVersionRefInput;
}>;


export type PricingWithdrawContractProposalMutation = { withdrawContractProposal: { contract: { id: string, status: ContractStatus } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type PricingTerminateContractMutationVariables = Exact<{
  input: TerminateContractInput;
}>;


export type PricingTerminateContractMutation = { terminateContract: { contract: { id: string, status: ContractStatus } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type PricingSetCancellationPolicyMutationVariables = Exact<{
  input: SetCancellationPolicyInput;
}>;


export type PricingSetCancellationPolicyMutation = { setCancellationPolicy: { cancellationPolicy: { version: number, expertCancelledBps: number, tiers: Array<{ minHoursBefore: number, refundBps: number }> } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type DataExportItemFragment = { id: string, status: DataExportStatus, sectionsReady: number, sectionsTotal: number, bytes: number | null, failure: string | null, requestedAt: string, readyAt: string | null, expiresAt: string | null, downloadedAt: string | null, downloadUrl: string | null };

export type DataExportsQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type DataExportsQuery = { dataExports: Array<{ id: string, status: DataExportStatus, sectionsReady: number, sectionsTotal: number, bytes: number | null, failure: string | null, requestedAt: string, readyAt: string | null, expiresAt: string | null, downloadedAt: string | null, downloadUrl: string | null }> };

export type RequestDataExportMutationVariables = Exact<{
  organizationId: string | number;
}>;


export type RequestDataExportMutation = { requestDataExport: { dataExport: { id: string, status: DataExportStatus, sectionsReady: number, sectionsTotal: number, bytes: number | null, failure: string | null, requestedAt: string, readyAt: string | null, expiresAt: string | null, downloadedAt: string | null, downloadUrl: string | null } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type ErasureRequestItemFragment = { id: string, status: ErasureRequestStatus, requestedAt: string, dueAt: string, processedAt: string | null, completedAt: string | null, rejectedAt: string | null, rejectionReason: string | null };

export type MyErasureRequestQueryVariables = Exact<{ [key: string]: never; }>;


export type MyErasureRequestQuery = { myErasureRequest: { id: string, status: ErasureRequestStatus, requestedAt: string, dueAt: string, processedAt: string | null, completedAt: string | null, rejectedAt: string | null, rejectionReason: string | null } | null };

export type RequestErasureMutationVariables = Exact<{ [key: string]: never; }>;


export type RequestErasureMutation = { requestErasure: { erasureRequest: { id: string, status: ErasureRequestStatus, requestedAt: string, dueAt: string, processedAt: string | null, completedAt: string | null, rejectedAt: string | null, rejectionReason: string | null } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type ProgramMoneyFragment = { amountMinor: number, currency: string };

export type ProgramFieldsFragment = { id: string, name: string, description: string | null, type: ProgramType, status: ProgramStatus, cycle: ProgramCycle, currency: string, engagementsPerCycle: number | null, overage: OverageRouting, overageSurchargeBps: number, startsOn: string, endsOn: string | null, termsLocked: boolean, createdAt: string, priceCap: { amountMinor: number, currency: string } | null, budget: { amountMinor: number, currency: string } | null, overageLimit: { amountMinor: number, currency: string } | null, currentPeriod: { startDate: string, endDate: string } };

export type ProgramAssignmentFieldsFragment = { id: string, programId: string, userId: string, status: ProgramAssignmentStatus, startsOn: string, endsOn: string | null, revokedReason: ProgramRevokeReason | null };

export type ProgramMyAssignmentsQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type ProgramMyAssignmentsQuery = { myProgramAssignments: Array<{ id: string, programId: string, programName: string, programType: ProgramType, programStatus: ProgramStatus, overage: OverageRouting, overageSurchargeBps: number, startsOn: string, endsOn: string | null, engagementsPerCycle: number | null, engagementsUsed: number, engagementsRemaining: number | null, currentPeriod: { startDate: string, endDate: string }, priceCap: { amountMinor: number, currency: string } | null, budgetRemaining: { amountMinor: number, currency: string } | null }> };

export type ProgramListQueryVariables = Exact<{
  organizationId: string | number;
  status?: ProgramStatus | null | undefined;
}>;


export type ProgramListQuery = { organization: { id: string, canSponsor: boolean }, billingAccount: { id: string, mode: BillingMode, currency: string, programs: Array<{ id: string, name: string, description: string | null, type: ProgramType, status: ProgramStatus, cycle: ProgramCycle, currency: string, engagementsPerCycle: number | null, overage: OverageRouting, overageSurchargeBps: number, startsOn: string, endsOn: string | null, termsLocked: boolean, createdAt: string, assignments: Array<{ id: string, programId: string, userId: string, status: ProgramAssignmentStatus, startsOn: string, endsOn: string | null, revokedReason: ProgramRevokeReason | null }>, usage: { startDate: string, endDate: string, engagements: number, covered: { amountMinor: number, currency: string }, overage: { amountMinor: number, currency: string }, budgetRemaining: { amountMinor: number, currency: string } | null, members: Array<{ userId: string, engagements: number, engagementsRemaining: number | null, covered: { amountMinor: number, currency: string }, overage: { amountMinor: number, currency: string } }> }, priceCap: { amountMinor: number, currency: string } | null, budget: { amountMinor: number, currency: string } | null, overageLimit: { amountMinor: number, currency: string } | null, currentPeriod: { startDate: string, endDate: string } }> } | null };

export type ProgramMembersQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type ProgramMembersQuery = { organization: { id: string, members: { totalCount: number, nodes: Array<{ id: string, role: Role, status: MemberStatus, email: string | null, user: { id: string, name: string } }> } } };

export type ProgramCreateMutationVariables = Exact<{
  input: CreateProgramInput;
}>;


export type ProgramCreateMutation = { createProgram: { program: { id: string, name: string } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type ProgramUpdateMutationVariables = Exact<{
  input: UpdateProgramInput;
}>;


export type ProgramUpdateMutation = { updateProgram: { program: { id: string, name: string, description: string | null, endsOn: string | null } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type ProgramSetStatusMutationVariables = Exact<{
  input: SetProgramStatusInput;
}>;


export type ProgramSetStatusMutation = { setProgramStatus: { program: { id: string, status: ProgramStatus } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type ProgramAssignMutationVariables = Exact<{
  input: AssignProgramInput;
}>;


export type ProgramAssignMutation = { assignProgram: { program: { id: string, termsLocked: boolean } | null, results: Array<{ userId: string, outcome: ProgramAssignOutcome, assignment: { id: string, programId: string, userId: string, status: ProgramAssignmentStatus, startsOn: string, endsOn: string | null, revokedReason: ProgramRevokeReason | null } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> }>, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type ProgramUnassignMutationVariables = Exact<{
  input: UnassignProgramInput;
}>;


export type ProgramUnassignMutation = { unassignProgram: { assignment: { id: string, programId: string, userId: string, status: ProgramAssignmentStatus, startsOn: string, endsOn: string | null, revokedReason: ProgramRevokeReason | null } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type PurchaseHostsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type PurchaseHostsQuery = { organizationDirectory: { nodes: Array<{ id: string, name: string, canHost: boolean }> } };

export type PurchaseQuoteQueryVariables = Exact<{
  input: BookingQuoteInput;
}>;


export type PurchaseQuoteQuery = { bookingQuote: { source: PriceSource, contractId: string | null, price: { amountMinor: number, currency: string } | null } };

export type PurchasePaymentFieldsFragment = { id: string, status: PaymentStatus, payerKind: PayerKind, funding: PaymentFunding, organizationId: string | null, reference: string | null, priceSource: PriceSource | null, settledAt: string | null, amount: { amountMinor: number, currency: string }, listAmount: { amountMinor: number, currency: string } };

export type PurchaseCheckoutMutationVariables = Exact<{
  input: CheckoutInput;
}>;


export type PurchaseCheckoutMutation = { checkout: { replayed: boolean, payment: { id: string, status: PaymentStatus, payerKind: PayerKind, funding: PaymentFunding, organizationId: string | null, reference: string | null, priceSource: PriceSource | null, settledAt: string | null, amount: { amountMinor: number, currency: string }, listAmount: { amountMinor: number, currency: string } } | null, nextAction: { provider: PaymentProvider, orderId: string, clientSecret: string | null, publicKey: string | null, testCheckoutUrl: string | null } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type PurchasePaymentQueryVariables = Exact<{
  id: string | number;
}>;


export type PurchasePaymentQuery = { payment: { id: string, status: PaymentStatus, payerKind: PayerKind, funding: PaymentFunding, organizationId: string | null, reference: string | null, priceSource: PriceSource | null, settledAt: string | null, nextAction: { provider: PaymentProvider, orderId: string, clientSecret: string | null, publicKey: string | null, testCheckoutUrl: string | null } | null, amount: { amountMinor: number, currency: string }, listAmount: { amountMinor: number, currency: string } } | null };

export type PurchasesPaymentFieldsFragment = { id: string, purpose: PaymentPurpose, kind: PurchaseKind | null, reference: string | null, payerKind: PayerKind, organizationId: string | null, funding: PaymentFunding, provider: PaymentProvider | null, status: PaymentStatus, disputed: boolean, startsAt: string | null, settledAt: string | null, cancelledAt: string | null, createdAt: string, amount: { amountMinor: number, currency: string }, refunded: { amountMinor: number, currency: string }, refunds: Array<{ id: string, source: RefundSource, status: RefundStatus, reason: string, createdAt: string, amount: { amountMinor: number, currency: string } }>, nextAction: { provider: PaymentProvider, orderId: string, clientSecret: string | null, publicKey: string | null, testCheckoutUrl: string | null } | null };

export type PurchasesMineQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type PurchasesMineQuery = { myPayments: { nodes: Array<{ id: string, purpose: PaymentPurpose, kind: PurchaseKind | null, reference: string | null, payerKind: PayerKind, organizationId: string | null, funding: PaymentFunding, provider: PaymentProvider | null, status: PaymentStatus, disputed: boolean, startsAt: string | null, settledAt: string | null, cancelledAt: string | null, createdAt: string, amount: { amountMinor: number, currency: string }, refunded: { amountMinor: number, currency: string }, refunds: Array<{ id: string, source: RefundSource, status: RefundStatus, reason: string, createdAt: string, amount: { amountMinor: number, currency: string } }>, nextAction: { provider: PaymentProvider, orderId: string, clientSecret: string | null, publicKey: string | null, testCheckoutUrl: string | null } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PurchasesCancelMutationVariables = Exact<{
  input: CancelPurchaseInput;
}>;


export type PurchasesCancelMutation = { cancelPurchase: { replayed: boolean, payment: { id: string, purpose: PaymentPurpose, kind: PurchaseKind | null, reference: string | null, payerKind: PayerKind, organizationId: string | null, funding: PaymentFunding, provider: PaymentProvider | null, status: PaymentStatus, disputed: boolean, startsAt: string | null, settledAt: string | null, cancelledAt: string | null, createdAt: string, amount: { amountMinor: number, currency: string }, refunded: { amountMinor: number, currency: string }, refunds: Array<{ id: string, source: RefundSource, status: RefundStatus, reason: string, createdAt: string, amount: { amountMinor: number, currency: string } }>, nextAction: { provider: PaymentProvider, orderId: string, clientSecret: string | null, publicKey: string | null, testCheckoutUrl: string | null } | null } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type SessionQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionQuery = { viewer: { id: string, name: string, email: string, platformAdmin: boolean, organizations: Array<{ id: string, name: string, slug: string, status: OrganizationStatus, viewerMembership: { id: string, role: Role, status: MemberStatus } | null }> } | null, activeMaintenance: { id: string, message: string, endsAt: string } | null };

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

export type SettingsCredentialFragment = { id: string, name: string, secretHint: string, scopes: Array<ApiScope>, status: CredentialStatus, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null, createdAt: string };

export type SettingsCredentialsQueryVariables = Exact<{
  organizationId: string | number;
  apiKeys: boolean;
  scimTokens: boolean;
  scimGroups: boolean;
}>;


export type SettingsCredentialsQuery = { organization: { id: string, apiKeys?: Array<{ id: string, name: string, secretHint: string, scopes: Array<ApiScope>, status: CredentialStatus, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null, createdAt: string }>, scimTokens?: Array<{ id: string, name: string, secretHint: string, scopes: Array<ApiScope>, status: CredentialStatus, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null, createdAt: string }>, scimGroups?: Array<{ id: string, displayName: string, role: Role | null, memberCount: number }> } };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { secret: string | null, credential: { id: string, name: string, secretHint: string, scopes: Array<ApiScope>, status: CredentialStatus, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null, createdAt: string } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type RotateApiKeyMutationVariables = Exact<{
  input: CredentialInput;
}>;


export type RotateApiKeyMutation = { rotateApiKey: { secret: string | null, credential: { id: string, name: string, secretHint: string, scopes: Array<ApiScope>, status: CredentialStatus, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null, createdAt: string } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type RevokeApiKeyMutationVariables = Exact<{
  input: CredentialInput;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { credential: { id: string, name: string, secretHint: string, scopes: Array<ApiScope>, status: CredentialStatus, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null, createdAt: string } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type CreateScimTokenMutationVariables = Exact<{
  input: CreateScimTokenInput;
}>;


export type CreateScimTokenMutation = { createScimToken: { secret: string | null, credential: { id: string, name: string, secretHint: string, scopes: Array<ApiScope>, status: CredentialStatus, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null, createdAt: string } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type RotateScimTokenMutationVariables = Exact<{
  input: CredentialInput;
}>;


export type RotateScimTokenMutation = { rotateScimToken: { secret: string | null, credential: { id: string, name: string, secretHint: string, scopes: Array<ApiScope>, status: CredentialStatus, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null, createdAt: string } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type RevokeScimTokenMutationVariables = Exact<{
  input: CredentialInput;
}>;


export type RevokeScimTokenMutation = { revokeScimToken: { credential: { id: string, name: string, secretHint: string, scopes: Array<ApiScope>, status: CredentialStatus, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null, createdAt: string } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type MapScimGroupRoleMutationVariables = Exact<{
  input: MapScimGroupRoleInput;
}>;


export type MapScimGroupRoleMutation = { mapScimGroupRole: { group: { id: string, displayName: string, role: Role | null, memberCount: number } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsDomainClaimFragment = { id: string, domain: string, status: DomainClaimStatus, txtRecordName: string, txtRecordValue: string, lastError: string | null, createdAt: string, verifiedAt: string | null, lastCheckedAt: string | null };

export type SettingsDomainsQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type SettingsDomainsQuery = { organization: { id: string, domainClaims: Array<{ id: string, domain: string, status: DomainClaimStatus, txtRecordName: string, txtRecordValue: string, lastError: string | null, createdAt: string, verifiedAt: string | null, lastCheckedAt: string | null }> } };

export type ClaimDomainMutationVariables = Exact<{
  input: ClaimDomainInput;
}>;


export type ClaimDomainMutation = { claimDomain: { domainClaim: { id: string, domain: string, status: DomainClaimStatus, txtRecordName: string, txtRecordValue: string, lastError: string | null, createdAt: string, verifiedAt: string | null, lastCheckedAt: string | null } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type VerifyDomainMutationVariables = Exact<{
  input: DomainClaimInput;
}>;


export type VerifyDomainMutation = { verifyDomain: { domainClaim: { id: string, domain: string, status: DomainClaimStatus, txtRecordName: string, txtRecordValue: string, lastError: string | null, createdAt: string, verifiedAt: string | null, lastCheckedAt: string | null } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type RemoveDomainClaimMutationVariables = Exact<{
  input: DomainClaimInput;
}>;


export type RemoveDomainClaimMutation = { removeDomainClaim: { domainClaim: { id: string } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsOrganizationFieldsFragment = { id: string, name: string, canSponsor: boolean, canHost: boolean, depth: number, parent: { id: string, name: string, depth: number } | null };

export type SettingsOrganizationQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type SettingsOrganizationQuery = { organization: { id: string, name: string, canSponsor: boolean, canHost: boolean, depth: number, parent: { id: string, name: string, depth: number } | null } };

export type SettingsOrganizationCapabilitiesMutationVariables = Exact<{
  input: SetCapabilitiesInput;
}>;


export type SettingsOrganizationCapabilitiesMutation = { setOrganizationCapabilities: { organization: { id: string, name: string, canSponsor: boolean, canHost: boolean, depth: number, parent: { id: string, name: string, depth: number } | null } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsOrganizationParentMutationVariables = Exact<{
  input: SetParentOrganizationInput;
}>;


export type SettingsOrganizationParentMutation = { setParentOrganization: { organization: { id: string, name: string, canSponsor: boolean, canHost: boolean, depth: number, parent: { id: string, name: string, depth: number } | null } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsProfileQueryVariables = Exact<{
  organizationId: string | number;
  finance: boolean;
}>;


export type SettingsProfileQuery = { organization: { id: string, name: string, status: OrganizationStatus, logoUrl: string | null, timezone: string, country: string, paymentTermsDays?: number, billingEmail?: string | null, legalName?: string | null, gstin?: string | null, panLast4?: string | null, msmeUdyam?: string | null, registeredAddress?: { line1: string, line2: string | null, city: string, stateCode: string | null, postalCode: string | null, country: string } | null } };

export type UpdateOrganizationProfileMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type UpdateOrganizationProfileMutation = { updateOrganization: { organization: { id: string, name: string } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsSsoConnectionFragment = { id: string, kind: SsoKind, name: string, enabled: boolean, enforceSso: boolean, autoJoin: boolean, defaultRoleForAutoJoin: Role, createdAt: string, updatedAt: string, saml: { entryPoint: string, issuer: string, certificateFingerprint: string | null, certificateValidTo: string | null } | null, oidc: { issuer: string, clientId: string, scopes: Array<string>, clientSecretSet: boolean } | null };

export type SettingsSsoQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type SettingsSsoQuery = { organization: { id: string, ssoConnections: Array<{ id: string, kind: SsoKind, name: string, enabled: boolean, enforceSso: boolean, autoJoin: boolean, defaultRoleForAutoJoin: Role, createdAt: string, updatedAt: string, saml: { entryPoint: string, issuer: string, certificateFingerprint: string | null, certificateValidTo: string | null } | null, oidc: { issuer: string, clientId: string, scopes: Array<string>, clientSecretSet: boolean } | null }> } };

export type CreateSsoConnectionMutationVariables = Exact<{
  input: SsoConnectionInput;
}>;


export type CreateSsoConnectionMutation = { createSsoConnection: { connection: { id: string, kind: SsoKind, name: string, enabled: boolean, enforceSso: boolean, autoJoin: boolean, defaultRoleForAutoJoin: Role, createdAt: string, updatedAt: string, saml: { entryPoint: string, issuer: string, certificateFingerprint: string | null, certificateValidTo: string | null } | null, oidc: { issuer: string, clientId: string, scopes: Array<string>, clientSecretSet: boolean } | null } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type UpdateSsoConnectionMutationVariables = Exact<{
  connectionId: string | number;
  input: SsoConnectionInput;
}>;


export type UpdateSsoConnectionMutation = { updateSsoConnection: { connection: { id: string, kind: SsoKind, name: string, enabled: boolean, enforceSso: boolean, autoJoin: boolean, defaultRoleForAutoJoin: Role, createdAt: string, updatedAt: string, saml: { entryPoint: string, issuer: string, certificateFingerprint: string | null, certificateValidTo: string | null } | null, oidc: { issuer: string, clientId: string, scopes: Array<string>, clientSecretSet: boolean } | null } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type DeleteSsoConnectionMutationVariables = Exact<{
  input: SsoConnectionRefInput;
}>;


export type DeleteSsoConnectionMutation = { deleteSsoConnection: { deletedId: string | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsWebhookEndpointFragment = { id: string, url: string, description: string | null, eventTypes: Array<string>, status: WebhookEndpointStatus, disabledReason: string | null, creatorRole: Role, secretRotatedAt: string | null, previousSecretExpiresAt: string | null, consecutiveFailures: number, failingSince: string | null, lastSuccessAt: string | null, lastFailureAt: string | null, createdAt: string };

export type SettingsWebhookDeliveryFragment = { id: string, eventId: string, eventType: string, body: string, status: WebhookDeliveryStatus, attempts: number, nextAttemptAt: string | null, lastAttemptAt: string | null, lastHttpStatus: number | null, lastLatencyMs: number | null, lastError: string | null, createdAt: string, attemptLog: Array<{ attempt: number, attemptedAt: string, httpStatus: number | null, latencyMs: number, error: string | null, outcome: WebhookAttemptOutcome }> };

export type SettingsWebhooksQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type SettingsWebhooksQuery = { webhookEventTypes: Array<string>, webhookEndpoints: Array<{ id: string, url: string, description: string | null, eventTypes: Array<string>, status: WebhookEndpointStatus, disabledReason: string | null, creatorRole: Role, secretRotatedAt: string | null, previousSecretExpiresAt: string | null, consecutiveFailures: number, failingSince: string | null, lastSuccessAt: string | null, lastFailureAt: string | null, createdAt: string }> };

export type WebhookDeliveriesQueryVariables = Exact<{
  endpointId: string | number;
  status?: WebhookDeliveryStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WebhookDeliveriesQuery = { webhookDeliveries: { nodes: Array<{ id: string, eventId: string, eventType: string, body: string, status: WebhookDeliveryStatus, attempts: number, nextAttemptAt: string | null, lastAttemptAt: string | null, lastHttpStatus: number | null, lastLatencyMs: number | null, lastError: string | null, createdAt: string, attemptLog: Array<{ attempt: number, attemptedAt: string, httpStatus: number | null, latencyMs: number, error: string | null, outcome: WebhookAttemptOutcome }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type CreateWebhookEndpointMutation = { createWebhookEndpoint: { secret: string | null, endpoint: { id: string, url: string, description: string | null, eventTypes: Array<string>, status: WebhookEndpointStatus, disabledReason: string | null, creatorRole: Role, secretRotatedAt: string | null, previousSecretExpiresAt: string | null, consecutiveFailures: number, failingSince: string | null, lastSuccessAt: string | null, lastFailureAt: string | null, createdAt: string } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type UpdateWebhookEndpointMutationVariables = Exact<{
  input: UpdateWebhookEndpointInput;
}>;


export type UpdateWebhookEndpointMutation = { updateWebhookEndpoint: { endpoint: { id: string, url: string, description: string | null, eventTypes: Array<string>, status: WebhookEndpointStatus, disabledReason: string | null, creatorRole: Role, secretRotatedAt: string | null, previousSecretExpiresAt: string | null, consecutiveFailures: number, failingSince: string | null, lastSuccessAt: string | null, lastFailureAt: string | null, createdAt: string } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type PauseWebhookEndpointMutationVariables = Exact<{
  input: WebhookEndpointInput;
}>;


export type PauseWebhookEndpointMutation = { pauseWebhookEndpoint: { endpoint: { id: string, url: string, description: string | null, eventTypes: Array<string>, status: WebhookEndpointStatus, disabledReason: string | null, creatorRole: Role, secretRotatedAt: string | null, previousSecretExpiresAt: string | null, consecutiveFailures: number, failingSince: string | null, lastSuccessAt: string | null, lastFailureAt: string | null, createdAt: string } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type ResumeWebhookEndpointMutationVariables = Exact<{
  input: WebhookEndpointInput;
}>;


export type ResumeWebhookEndpointMutation = { resumeWebhookEndpoint: { endpoint: { id: string, url: string, description: string | null, eventTypes: Array<string>, status: WebhookEndpointStatus, disabledReason: string | null, creatorRole: Role, secretRotatedAt: string | null, previousSecretExpiresAt: string | null, consecutiveFailures: number, failingSince: string | null, lastSuccessAt: string | null, lastFailureAt: string | null, createdAt: string } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type RotateWebhookSecretMutationVariables = Exact<{
  input: WebhookEndpointInput;
}>;


export type RotateWebhookSecretMutation = { rotateWebhookSecret: { secret: string | null, endpoint: { id: string, url: string, description: string | null, eventTypes: Array<string>, status: WebhookEndpointStatus, disabledReason: string | null, creatorRole: Role, secretRotatedAt: string | null, previousSecretExpiresAt: string | null, consecutiveFailures: number, failingSince: string | null, lastSuccessAt: string | null, lastFailureAt: string | null, createdAt: string } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type DeleteWebhookEndpointMutationVariables = Exact<{
  input: WebhookEndpointInput;
}>;


export type DeleteWebhookEndpointMutation = { deleteWebhookEndpoint: { deletedEndpointId: string | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type SendWebhookPingMutationVariables = Exact<{
  input: WebhookEndpointInput;
}>;


export type SendWebhookPingMutation = { sendWebhookPing: { delivery: { id: string, eventId: string, eventType: string, body: string, status: WebhookDeliveryStatus, attempts: number, nextAttemptAt: string | null, lastAttemptAt: string | null, lastHttpStatus: number | null, lastLatencyMs: number | null, lastError: string | null, createdAt: string, attemptLog: Array<{ attempt: number, attemptedAt: string, httpStatus: number | null, latencyMs: number, error: string | null, outcome: WebhookAttemptOutcome }> } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type RedeliverWebhookMutationVariables = Exact<{
  input: WebhookDeliveryInput;
}>;


export type RedeliverWebhookMutation = { redeliverWebhook: { delivery: { id: string, eventId: string, eventType: string, body: string, status: WebhookDeliveryStatus, attempts: number, nextAttemptAt: string | null, lastAttemptAt: string | null, lastHttpStatus: number | null, lastLatencyMs: number | null, lastError: string | null, createdAt: string, attemptLog: Array<{ attempt: number, attemptedAt: string, httpStatus: number | null, latencyMs: number, error: string | null, outcome: WebhookAttemptOutcome }> } | null, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

export type RedeliverFailedWebhooksMutationVariables = Exact<{
  input: WebhookEndpointInput;
}>;


export type RedeliverFailedWebhooksMutation = { redeliverFailedWebhooks: { scheduled: number, userErrors: Array<{ code: ErrorCode, field: Array<string> | null, message: string }> } };

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
export const AuditLogEntryFragmentDoc = new TypedDocumentString(`
    fragment AuditLogEntry on AuditEntry {
  ...ActivityEntry
  actorKind
  actorId
  ip
  userAgent
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
}`, {"fragmentName":"AuditLogEntry"}) as unknown as TypedDocumentString<AuditLogEntryFragment, unknown>;
export const BillingUserErrorFragmentDoc = new TypedDocumentString(`
    fragment BillingUserError on UserError {
  code
  field
  message
}
    `, {"fragmentName":"BillingUserError"}) as unknown as TypedDocumentString<BillingUserErrorFragment, unknown>;
export const BillingMoneyFragmentDoc = new TypedDocumentString(`
    fragment BillingMoney on Money {
  amountMinor
  currency
}
    `, {"fragmentName":"BillingMoney"}) as unknown as TypedDocumentString<BillingMoneyFragment, unknown>;
export const BillingAccountFieldsFragmentDoc = new TypedDocumentString(`
    fragment BillingAccountFields on BillingAccount {
  id
  mode
  fundingMode
  currency
  status
  frozenReason
  spendingRoles
  requiresPurchaseOrder
  createdAt
  creditLimit {
    ...BillingMoney
  }
  creditBalance {
    ...BillingMoney
  }
  unbilledCharges {
    ...BillingMoney
  }
}
    fragment BillingMoney on Money {
  amountMinor
  currency
}`, {"fragmentName":"BillingAccountFields"}) as unknown as TypedDocumentString<BillingAccountFieldsFragment, unknown>;
export const InvitationRowFragmentDoc = new TypedDocumentString(`
    fragment InvitationRow on Invitation {
  id
  email
  role
  status
  expiresAt
  createdAt
  invitedBy {
    id
    name
  }
}
    `, {"fragmentName":"InvitationRow"}) as unknown as TypedDocumentString<InvitationRowFragment, unknown>;
export const MemberRowFragmentDoc = new TypedDocumentString(`
    fragment MemberRow on Membership {
  id
  role
  status
  createdAt
  email
  user {
    id
    name
  }
}
    `, {"fragmentName":"MemberRow"}) as unknown as TypedDocumentString<MemberRowFragment, unknown>;
export const PayoutAccountFieldsFragmentDoc = new TypedDocumentString(`
    fragment PayoutAccountFields on PayoutAccount {
  id
  provider
  status
  statusDetail
  maskedDestination
  currency
  createdAt
  updatedAt
}
    `, {"fragmentName":"PayoutAccountFields"}) as unknown as TypedDocumentString<PayoutAccountFieldsFragment, unknown>;
export const PayoutMoneyFragmentDoc = new TypedDocumentString(`
    fragment PayoutMoney on Money {
  amountMinor
  currency
}
    `, {"fragmentName":"PayoutMoney"}) as unknown as TypedDocumentString<PayoutMoneyFragment, unknown>;
export const PayoutFieldsFragmentDoc = new TypedDocumentString(`
    fragment PayoutFields on Payout {
  id
  provider
  gross {
    ...PayoutMoney
  }
  tdsSection
  tdsRateBps
  tds {
    ...PayoutMoney
  }
  net {
    ...PayoutMoney
  }
  status
  failureReason
  createdAt
  completedAt
}
    fragment PayoutMoney on Money {
  amountMinor
  currency
}`, {"fragmentName":"PayoutFields"}) as unknown as TypedDocumentString<PayoutFieldsFragment, unknown>;
export const PayoutStatementFieldsFragmentDoc = new TypedDocumentString(`
    fragment PayoutStatementFields on PayeeStatement {
  from
  to
  timeZone
  generatedAt
  balances {
    currency
    held {
      ...PayoutMoney
    }
    available {
      ...PayoutMoney
    }
    inPayout {
      ...PayoutMoney
    }
    paid {
      ...PayoutMoney
    }
  }
  totals {
    currency
    earned {
      ...PayoutMoney
    }
    clawedBack {
      ...PayoutMoney
    }
    net {
      ...PayoutMoney
    }
    paidGross {
      ...PayoutMoney
    }
    tdsWithheld {
      ...PayoutMoney
    }
    paidNet {
      ...PayoutMoney
    }
  }
  entries {
    id
    kind
    paymentId
    amount {
      ...PayoutMoney
    }
    status
    releaseAt
    payoutId
    createdAt
  }
  payouts {
    ...PayoutFields
  }
}
    fragment PayoutMoney on Money {
  amountMinor
  currency
}
fragment PayoutFields on Payout {
  id
  provider
  gross {
    ...PayoutMoney
  }
  tdsSection
  tdsRateBps
  tds {
    ...PayoutMoney
  }
  net {
    ...PayoutMoney
  }
  status
  failureReason
  createdAt
  completedAt
}`, {"fragmentName":"PayoutStatementFields"}) as unknown as TypedDocumentString<PayoutStatementFieldsFragment, unknown>;
export const PayoutTaxProfileFieldsFragmentDoc = new TypedDocumentString(`
    fragment PayoutTaxProfileFields on PayeeTaxProfile {
  tdsSection
  panOnFile
  treatyRateBps
  residencyCountry
  purposeCode
  msmeStatus
  msmeWrittenAgreement
  tdsRateBps
  isDefault
  updatedAt
}
    `, {"fragmentName":"PayoutTaxProfileFields"}) as unknown as TypedDocumentString<PayoutTaxProfileFieldsFragment, unknown>;
export const PlatformOrganizationSummaryFragmentDoc = new TypedDocumentString(`
    fragment PlatformOrganizationSummary on Organization {
  id
  name
  slug
  status
  seatsTotal
  seatsUsed
  canSponsor
  canHost
  country
  timezone
  createdAt
}
    `, {"fragmentName":"PlatformOrganizationSummary"}) as unknown as TypedDocumentString<PlatformOrganizationSummaryFragment, unknown>;
export const PlatformBillingAccountFragmentDoc = new TypedDocumentString(`
    fragment PlatformBillingAccount on BillingAccount {
  id
  mode
  status
  currency
  creditBalance {
    amountMinor
    currency
  }
  creditLimit {
    amountMinor
    currency
  }
  unbilledCharges {
    amountMinor
    currency
  }
}
    `, {"fragmentName":"PlatformBillingAccount"}) as unknown as TypedDocumentString<PlatformBillingAccountFragment, unknown>;
export const PlatformErasureRequestFragmentDoc = new TypedDocumentString(`
    fragment PlatformErasureRequest on ErasureRequest {
  id
  status
  requestedAt
  dueAt
  processedAt
  completedAt
  rejectedAt
  rejectionReason
  ownerlessOrganizationIds
  user {
    id
    name
  }
}
    `, {"fragmentName":"PlatformErasureRequest"}) as unknown as TypedDocumentString<PlatformErasureRequestFragment, unknown>;
export const PlatformMaintenanceWindowFragmentDoc = new TypedDocumentString(`
    fragment PlatformMaintenanceWindow on MaintenanceWindow {
  id
  scope
  organizationId
  startsAt
  endsAt
  message
  active
  cancelledAt
}
    `, {"fragmentName":"PlatformMaintenanceWindow"}) as unknown as TypedDocumentString<PlatformMaintenanceWindowFragment, unknown>;
export const PlatformPayoutBatchFragmentDoc = new TypedDocumentString(`
    fragment PlatformPayoutBatch on PayoutBatch {
  id
  period
  trigger
  createdAt
  payouts
  net {
    amountMinor
    currency
  }
}
    `, {"fragmentName":"PlatformPayoutBatch"}) as unknown as TypedDocumentString<PlatformPayoutBatchFragment, unknown>;
export const PricingMoneyFragmentDoc = new TypedDocumentString(`
    fragment PricingMoney on Money {
  amountMinor
  currency
}
    `, {"fragmentName":"PricingMoney"}) as unknown as TypedDocumentString<PricingMoneyFragment, unknown>;
export const PricingSplitFragmentDoc = new TypedDocumentString(`
    fragment PricingSplit on RevenueSplit {
  platformBps
  hostBps
  expertBps
}
    `, {"fragmentName":"PricingSplit"}) as unknown as TypedDocumentString<PricingSplitFragment, unknown>;
export const PricingRateCardPriceFragmentDoc = new TypedDocumentString(`
    fragment PricingRateCardPrice on RateCardPrice {
  id
  kind
  expertUserId
  unitPrice {
    ...PricingMoney
  }
  split {
    ...PricingSplit
  }
  effectiveFrom
  effectiveUntil
}
    fragment PricingMoney on Money {
  amountMinor
  currency
}
fragment PricingSplit on RevenueSplit {
  platformBps
  hostBps
  expertBps
}`, {"fragmentName":"PricingRateCardPrice"}) as unknown as TypedDocumentString<PricingRateCardPriceFragment, unknown>;
export const PricingRateCardFragmentDoc = new TypedDocumentString(`
    fragment PricingRateCard on RateCard {
  id
  name
  currency
  isDefault
  archivedAt
  createdAt
  prices {
    ...PricingRateCardPrice
  }
  history: prices(history: true) {
    ...PricingRateCardPrice
  }
}
    fragment PricingMoney on Money {
  amountMinor
  currency
}
fragment PricingSplit on RevenueSplit {
  platformBps
  hostBps
  expertBps
}
fragment PricingRateCardPrice on RateCardPrice {
  id
  kind
  expertUserId
  unitPrice {
    ...PricingMoney
  }
  split {
    ...PricingSplit
  }
  effectiveFrom
  effectiveUntil
}`, {"fragmentName":"PricingRateCard"}) as unknown as TypedDocumentString<PricingRateCardFragment, unknown>;
export const PricingTermsFragmentDoc = new TypedDocumentString(`
    fragment PricingTerms on ContractTermsView {
  rateCardId
  currency
  startsOn
  endsOn
  monthlySpendCap {
    ...PricingMoney
  }
  rates {
    kind
    expertUserId
    unitPrice {
      ...PricingMoney
    }
    split {
      ...PricingSplit
    }
  }
}
    fragment PricingMoney on Money {
  amountMinor
  currency
}
fragment PricingSplit on RevenueSplit {
  platformBps
  hostBps
  expertBps
}`, {"fragmentName":"PricingTerms"}) as unknown as TypedDocumentString<PricingTermsFragment, unknown>;
export const PricingContractFragmentDoc = new TypedDocumentString(`
    fragment PricingContract on Contract {
  id
  title
  status
  side
  inForce
  sponsorOrganizationId
  hostOrganizationId
  terminatedAt
  createdAt
  updatedAt
  acceptedVersion {
    version
    terms {
      ...PricingTerms
    }
  }
  versions {
    version
    status
    proposedBySide
    proposedBy
    decidedBy
    decidedAt
    reason
    createdAt
  }
}
    fragment PricingMoney on Money {
  amountMinor
  currency
}
fragment PricingSplit on RevenueSplit {
  platformBps
  hostBps
  expertBps
}
fragment PricingTerms on ContractTermsView {
  rateCardId
  currency
  startsOn
  endsOn
  monthlySpendCap {
    ...PricingMoney
  }
  rates {
    kind
    expertUserId
    unitPrice {
      ...PricingMoney
    }
    split {
      ...PricingSplit
    }
  }
}`, {"fragmentName":"PricingContract"}) as unknown as TypedDocumentString<PricingContractFragment, unknown>;
export const PricingPolicyFragmentDoc = new TypedDocumentString(`
    fragment PricingPolicy on CancellationPolicy {
  version
  tiers {
    minHoursBefore
    refundBps
  }
  expertCancelledBps
}
    `, {"fragmentName":"PricingPolicy"}) as unknown as TypedDocumentString<PricingPolicyFragment, unknown>;
export const DataExportItemFragmentDoc = new TypedDocumentString(`
    fragment DataExportItem on DataExport {
  id
  status
  sectionsReady
  sectionsTotal
  bytes
  failure
  requestedAt
  readyAt
  expiresAt
  downloadedAt
  downloadUrl
}
    `, {"fragmentName":"DataExportItem"}) as unknown as TypedDocumentString<DataExportItemFragment, unknown>;
export const ErasureRequestItemFragmentDoc = new TypedDocumentString(`
    fragment ErasureRequestItem on ErasureRequest {
  id
  status
  requestedAt
  dueAt
  processedAt
  completedAt
  rejectedAt
  rejectionReason
}
    `, {"fragmentName":"ErasureRequestItem"}) as unknown as TypedDocumentString<ErasureRequestItemFragment, unknown>;
export const ProgramMoneyFragmentDoc = new TypedDocumentString(`
    fragment ProgramMoney on Money {
  amountMinor
  currency
}
    `, {"fragmentName":"ProgramMoney"}) as unknown as TypedDocumentString<ProgramMoneyFragment, unknown>;
export const ProgramFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProgramFields on Program {
  id
  name
  description
  type
  status
  cycle
  currency
  engagementsPerCycle
  priceCap {
    ...ProgramMoney
  }
  budget {
    ...ProgramMoney
  }
  overage
  overageSurchargeBps
  overageLimit {
    ...ProgramMoney
  }
  startsOn
  endsOn
  termsLocked
  createdAt
  currentPeriod {
    startDate
    endDate
  }
}
    fragment ProgramMoney on Money {
  amountMinor
  currency
}`, {"fragmentName":"ProgramFields"}) as unknown as TypedDocumentString<ProgramFieldsFragment, unknown>;
export const ProgramAssignmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProgramAssignmentFields on ProgramAssignment {
  id
  programId
  userId
  status
  startsOn
  endsOn
  revokedReason
}
    `, {"fragmentName":"ProgramAssignmentFields"}) as unknown as TypedDocumentString<ProgramAssignmentFieldsFragment, unknown>;
export const PurchasePaymentFieldsFragmentDoc = new TypedDocumentString(`
    fragment PurchasePaymentFields on Payment {
  id
  status
  payerKind
  funding
  organizationId
  reference
  priceSource
  settledAt
  amount {
    ...BillingMoney
  }
  listAmount {
    ...BillingMoney
  }
}
    fragment BillingMoney on Money {
  amountMinor
  currency
}`, {"fragmentName":"PurchasePaymentFields"}) as unknown as TypedDocumentString<PurchasePaymentFieldsFragment, unknown>;
export const BillingNextActionFragmentDoc = new TypedDocumentString(`
    fragment BillingNextAction on PaymentAction {
  provider
  orderId
  clientSecret
  publicKey
  testCheckoutUrl
}
    `, {"fragmentName":"BillingNextAction"}) as unknown as TypedDocumentString<BillingNextActionFragment, unknown>;
export const PurchasesPaymentFieldsFragmentDoc = new TypedDocumentString(`
    fragment PurchasesPaymentFields on Payment {
  id
  purpose
  kind
  reference
  payerKind
  organizationId
  funding
  provider
  status
  disputed
  startsAt
  settledAt
  cancelledAt
  createdAt
  amount {
    ...BillingMoney
  }
  refunded {
    ...BillingMoney
  }
  refunds {
    id
    source
    status
    reason
    createdAt
    amount {
      ...BillingMoney
    }
  }
  nextAction {
    ...BillingNextAction
  }
}
    fragment BillingMoney on Money {
  amountMinor
  currency
}
fragment BillingNextAction on PaymentAction {
  provider
  orderId
  clientSecret
  publicKey
  testCheckoutUrl
}`, {"fragmentName":"PurchasesPaymentFields"}) as unknown as TypedDocumentString<PurchasesPaymentFieldsFragment, unknown>;
export const SettingsCredentialFragmentDoc = new TypedDocumentString(`
    fragment SettingsCredential on OrgCredential {
  id
  name
  secretHint
  scopes
  status
  expiresAt
  revokedAt
  lastUsedAt
  createdAt
}
    `, {"fragmentName":"SettingsCredential"}) as unknown as TypedDocumentString<SettingsCredentialFragment, unknown>;
export const SettingsDomainClaimFragmentDoc = new TypedDocumentString(`
    fragment SettingsDomainClaim on DomainClaim {
  id
  domain
  status
  txtRecordName
  txtRecordValue
  lastError
  createdAt
  verifiedAt
  lastCheckedAt
}
    `, {"fragmentName":"SettingsDomainClaim"}) as unknown as TypedDocumentString<SettingsDomainClaimFragment, unknown>;
export const SettingsOrganizationFieldsFragmentDoc = new TypedDocumentString(`
    fragment SettingsOrganizationFields on Organization {
  id
  name
  canSponsor
  canHost
  depth
  parent {
    id
    name
    depth
  }
}
    `, {"fragmentName":"SettingsOrganizationFields"}) as unknown as TypedDocumentString<SettingsOrganizationFieldsFragment, unknown>;
export const SettingsSsoConnectionFragmentDoc = new TypedDocumentString(`
    fragment SettingsSsoConnection on SsoConnection {
  id
  kind
  name
  enabled
  enforceSso
  autoJoin
  defaultRoleForAutoJoin
  saml {
    entryPoint
    issuer
    certificateFingerprint
    certificateValidTo
  }
  oidc {
    issuer
    clientId
    scopes
    clientSecretSet
  }
  createdAt
  updatedAt
}
    `, {"fragmentName":"SettingsSsoConnection"}) as unknown as TypedDocumentString<SettingsSsoConnectionFragment, unknown>;
export const SettingsWebhookEndpointFragmentDoc = new TypedDocumentString(`
    fragment SettingsWebhookEndpoint on WebhookEndpoint {
  id
  url
  description
  eventTypes
  status
  disabledReason
  creatorRole
  secretRotatedAt
  previousSecretExpiresAt
  consecutiveFailures
  failingSince
  lastSuccessAt
  lastFailureAt
  createdAt
}
    `, {"fragmentName":"SettingsWebhookEndpoint"}) as unknown as TypedDocumentString<SettingsWebhookEndpointFragment, unknown>;
export const SettingsWebhookDeliveryFragmentDoc = new TypedDocumentString(`
    fragment SettingsWebhookDelivery on WebhookDelivery {
  id
  eventId
  eventType
  body
  status
  attempts
  nextAttemptAt
  lastAttemptAt
  lastHttpStatus
  lastLatencyMs
  lastError
  createdAt
  attemptLog {
    attempt
    attemptedAt
    httpStatus
    latencyMs
    error
    outcome
  }
}
    `, {"fragmentName":"SettingsWebhookDelivery"}) as unknown as TypedDocumentString<SettingsWebhookDeliveryFragment, unknown>;
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
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($organizationId: ID!, $first: Int, $after: String, $category: AuditCategory, $action: String, $actorId: String, $targetType: String, $targetId: String, $from: DateTimeISO, $to: DateTimeISO) {
  organization(id: $organizationId) {
    id
    auditLog(
      first: $first
      after: $after
      category: $category
      action: $action
      actorId: $actorId
      targetType: $targetType
      targetId: $targetId
      from: $from
      to: $to
    ) {
      nodes {
        ...AuditLogEntry
      }
      pageInfo {
        hasNextPage
        endCursor
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
}
fragment AuditLogEntry on AuditEntry {
  ...ActivityEntry
  actorKind
  actorId
  ip
  userAgent
}`) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const AuditLogLiveDocument = new TypedDocumentString(`
    subscription AuditLogLive($organizationId: ID!) {
  organizationActivity(organizationId: $organizationId) {
    ...AuditLogEntry
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
}
fragment AuditLogEntry on AuditEntry {
  ...ActivityEntry
  actorKind
  actorId
  ip
  userAgent
}`) as unknown as TypedDocumentString<AuditLogLiveSubscription, AuditLogLiveSubscriptionVariables>;
export const BillingOverviewDocument = new TypedDocumentString(`
    query BillingOverview($organizationId: ID!) {
  billingAccount(organizationId: $organizationId) {
    ...BillingAccountFields
  }
}
    fragment BillingMoney on Money {
  amountMinor
  currency
}
fragment BillingAccountFields on BillingAccount {
  id
  mode
  fundingMode
  currency
  status
  frozenReason
  spendingRoles
  requiresPurchaseOrder
  createdAt
  creditLimit {
    ...BillingMoney
  }
  creditBalance {
    ...BillingMoney
  }
  unbilledCharges {
    ...BillingMoney
  }
}`) as unknown as TypedDocumentString<BillingOverviewQuery, BillingOverviewQueryVariables>;
export const BillingPaymentStatusDocument = new TypedDocumentString(`
    query BillingPaymentStatus($id: ID!) {
  payment(id: $id) {
    id
    purpose
    status
    settledAt
    amount {
      ...BillingMoney
    }
    nextAction {
      ...BillingNextAction
    }
  }
}
    fragment BillingMoney on Money {
  amountMinor
  currency
}
fragment BillingNextAction on PaymentAction {
  provider
  orderId
  clientSecret
  publicKey
  testCheckoutUrl
}`) as unknown as TypedDocumentString<BillingPaymentStatusQuery, BillingPaymentStatusQueryVariables>;
export const BillingLedgerDocument = new TypedDocumentString(`
    query BillingLedger($organizationId: ID!, $after: String, $first: Int) {
  billingAccount(organizationId: $organizationId) {
    id
    ledgerTransactions(after: $after, first: $first) {
      nodes {
        id
        kind
        memo
        paymentId
        createdAt
        entries {
          accountKind
          side
          amount {
            ...BillingMoney
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment BillingMoney on Money {
  amountMinor
  currency
}`) as unknown as TypedDocumentString<BillingLedgerQuery, BillingLedgerQueryVariables>;
export const BillingInvoicesDocument = new TypedDocumentString(`
    query BillingInvoices($organizationId: ID!, $status: InvoiceStatus, $after: String, $first: Int) {
  billingAccount(organizationId: $organizationId) {
    id
    mode
    invoices(status: $status, after: $after, first: $first) {
      nodes {
        id
        number
        status
        periodStart
        periodEnd
        dueDate
        issuedAt
        paidAt
        pdfUrl
        total {
          ...BillingMoney
        }
        paid {
          ...BillingMoney
        }
        credited {
          ...BillingMoney
        }
        outstanding {
          ...BillingMoney
        }
        creditNotes {
          id
          number
          settlement
          issuedAt
          pdfUrl
          total {
            ...BillingMoney
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment BillingMoney on Money {
  amountMinor
  currency
}`) as unknown as TypedDocumentString<BillingInvoicesQuery, BillingInvoicesQueryVariables>;
export const BillingPurchaseOrdersDocument = new TypedDocumentString(`
    query BillingPurchaseOrders($organizationId: ID!, $status: PurchaseOrderStatus) {
  billingAccount(organizationId: $organizationId) {
    id
    currency
    requiresPurchaseOrder
    purchaseOrders(status: $status) {
      id
      number
      status
      validFrom
      validUntil
      createdAt
      amount {
        ...BillingMoney
      }
      remaining {
        ...BillingMoney
      }
    }
  }
}
    fragment BillingMoney on Money {
  amountMinor
  currency
}`) as unknown as TypedDocumentString<BillingPurchaseOrdersQuery, BillingPurchaseOrdersQueryVariables>;
export const BillingPaymentsDocument = new TypedDocumentString(`
    query BillingPayments($organizationId: ID!, $after: String, $first: Int) {
  billingAccount(organizationId: $organizationId) {
    id
    payments(after: $after, first: $first) {
      nodes {
        id
        purpose
        kind
        reference
        payerKind
        funding
        status
        provider
        disputed
        createdAt
        settledAt
        amount {
          ...BillingMoney
        }
        refunded {
          ...BillingMoney
        }
        refunds {
          id
          status
          source
          reason
          createdAt
          amount {
            ...BillingMoney
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment BillingMoney on Money {
  amountMinor
  currency
}`) as unknown as TypedDocumentString<BillingPaymentsQuery, BillingPaymentsQueryVariables>;
export const BillingUpdateSettingsDocument = new TypedDocumentString(`
    mutation BillingUpdateSettings($input: UpdateBillingSettingsInput!) {
  updateBillingSettings(input: $input) {
    billingAccount {
      ...BillingAccountFields
    }
    userErrors {
      ...BillingUserError
    }
  }
}
    fragment BillingMoney on Money {
  amountMinor
  currency
}
fragment BillingUserError on UserError {
  code
  field
  message
}
fragment BillingAccountFields on BillingAccount {
  id
  mode
  fundingMode
  currency
  status
  frozenReason
  spendingRoles
  requiresPurchaseOrder
  createdAt
  creditLimit {
    ...BillingMoney
  }
  creditBalance {
    ...BillingMoney
  }
  unbilledCharges {
    ...BillingMoney
  }
}`) as unknown as TypedDocumentString<BillingUpdateSettingsMutation, BillingUpdateSettingsMutationVariables>;
export const BillingPurchaseCreditsDocument = new TypedDocumentString(`
    mutation BillingPurchaseCredits($input: PurchaseCreditsInput!) {
  purchaseCredits(input: $input) {
    payment {
      id
      status
      amount {
        ...BillingMoney
      }
    }
    nextAction {
      ...BillingNextAction
    }
    replayed
    userErrors {
      ...BillingUserError
    }
  }
}
    fragment BillingMoney on Money {
  amountMinor
  currency
}
fragment BillingNextAction on PaymentAction {
  provider
  orderId
  clientSecret
  publicKey
  testCheckoutUrl
}
fragment BillingUserError on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<BillingPurchaseCreditsMutation, BillingPurchaseCreditsMutationVariables>;
export const BillingGenerateInvoiceDocument = new TypedDocumentString(`
    mutation BillingGenerateInvoice($input: OrganizationInput!) {
  generateInvoice(input: $input) {
    invoice {
      id
      status
    }
    userErrors {
      ...BillingUserError
    }
  }
}
    fragment BillingUserError on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<BillingGenerateInvoiceMutation, BillingGenerateInvoiceMutationVariables>;
export const BillingIssueInvoiceDocument = new TypedDocumentString(`
    mutation BillingIssueInvoice($input: InvoiceInput!) {
  issueInvoice(input: $input) {
    invoice {
      id
      number
      status
    }
    userErrors {
      ...BillingUserError
    }
  }
}
    fragment BillingUserError on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<BillingIssueInvoiceMutation, BillingIssueInvoiceMutationVariables>;
export const BillingVoidDraftInvoiceDocument = new TypedDocumentString(`
    mutation BillingVoidDraftInvoice($input: InvoiceInput!) {
  voidDraftInvoice(input: $input) {
    invoice {
      id
      status
    }
    userErrors {
      ...BillingUserError
    }
  }
}
    fragment BillingUserError on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<BillingVoidDraftInvoiceMutation, BillingVoidDraftInvoiceMutationVariables>;
export const BillingPayInvoiceDocument = new TypedDocumentString(`
    mutation BillingPayInvoice($input: PayInvoiceInput!) {
  payInvoice(input: $input) {
    payment {
      id
      status
      amount {
        ...BillingMoney
      }
    }
    nextAction {
      ...BillingNextAction
    }
    replayed
    userErrors {
      ...BillingUserError
    }
  }
}
    fragment BillingMoney on Money {
  amountMinor
  currency
}
fragment BillingNextAction on PaymentAction {
  provider
  orderId
  clientSecret
  publicKey
  testCheckoutUrl
}
fragment BillingUserError on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<BillingPayInvoiceMutation, BillingPayInvoiceMutationVariables>;
export const BillingCreatePurchaseOrderDocument = new TypedDocumentString(`
    mutation BillingCreatePurchaseOrder($input: CreatePurchaseOrderInput!) {
  createPurchaseOrder(input: $input) {
    purchaseOrder {
      id
      number
    }
    userErrors {
      ...BillingUserError
    }
  }
}
    fragment BillingUserError on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<BillingCreatePurchaseOrderMutation, BillingCreatePurchaseOrderMutationVariables>;
export const BillingCancelPurchaseOrderDocument = new TypedDocumentString(`
    mutation BillingCancelPurchaseOrder($input: CancelPurchaseOrderInput!) {
  cancelPurchaseOrder(input: $input) {
    purchaseOrder {
      id
      number
      status
    }
    userErrors {
      ...BillingUserError
    }
  }
}
    fragment BillingUserError on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<BillingCancelPurchaseOrderMutation, BillingCancelPurchaseOrderMutationVariables>;
export const BillingRefundPaymentDocument = new TypedDocumentString(`
    mutation BillingRefundPayment($input: RefundPaymentInput!) {
  refundPayment(input: $input) {
    refund {
      id
      status
      adjustment
      amount {
        ...BillingMoney
      }
    }
    replayed
    userErrors {
      ...BillingUserError
    }
  }
}
    fragment BillingMoney on Money {
  amountMinor
  currency
}
fragment BillingUserError on UserError {
  code
  field
  message
}`) as unknown as TypedDocumentString<BillingRefundPaymentMutation, BillingRefundPaymentMutationVariables>;
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
export const InvitationsListDocument = new TypedDocumentString(`
    query InvitationsList($organizationId: ID!, $first: Int, $after: String, $status: InvitationStatus) {
  organization(id: $organizationId) {
    id
    invitations(first: $first, after: $after, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...InvitationRow
      }
    }
  }
}
    fragment InvitationRow on Invitation {
  id
  email
  role
  status
  expiresAt
  createdAt
  invitedBy {
    id
    name
  }
}`) as unknown as TypedDocumentString<InvitationsListQuery, InvitationsListQueryVariables>;
export const InviteMemberDocument = new TypedDocumentString(`
    mutation InviteMember($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    invitation {
      ...InvitationRow
    }
    emailSent
    userErrors {
      code
      field
      message
    }
  }
}
    fragment InvitationRow on Invitation {
  id
  email
  role
  status
  expiresAt
  createdAt
  invitedBy {
    id
    name
  }
}`) as unknown as TypedDocumentString<InviteMemberMutation, InviteMemberMutationVariables>;
export const InviteMembersDocument = new TypedDocumentString(`
    mutation InviteMembers($input: InviteMembersInput!) {
  inviteMembers(input: $input) {
    results {
      row
      email
      emailSent
      invitation {
        id
        role
        expiresAt
      }
      userErrors {
        code
        field
        message
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<InviteMembersMutation, InviteMembersMutationVariables>;
export const ResendInvitationDocument = new TypedDocumentString(`
    mutation ResendInvitation($input: InvitationInput!) {
  resendInvitation(input: $input) {
    invitation {
      ...InvitationRow
    }
    emailSent
    userErrors {
      code
      field
      message
    }
  }
}
    fragment InvitationRow on Invitation {
  id
  email
  role
  status
  expiresAt
  createdAt
  invitedBy {
    id
    name
  }
}`) as unknown as TypedDocumentString<ResendInvitationMutation, ResendInvitationMutationVariables>;
export const RevokeInvitationDocument = new TypedDocumentString(`
    mutation RevokeInvitation($input: InvitationInput!) {
  revokeInvitation(input: $input) {
    invitation {
      ...InvitationRow
    }
    userErrors {
      code
      field
      message
    }
  }
}
    fragment InvitationRow on Invitation {
  id
  email
  role
  status
  expiresAt
  createdAt
  invitedBy {
    id
    name
  }
}`) as unknown as TypedDocumentString<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const InvitationPreviewDocument = new TypedDocumentString(`
    query InvitationPreview($token: String!) {
  invitationPreview(token: $token) {
    organizationName
    role
    inviterName
    expiresAt
    status
  }
}
    `) as unknown as TypedDocumentString<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    membership {
      id
      role
      status
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const MemberAdminFactsDocument = new TypedDocumentString(`
    query MemberAdminFacts($organizationId: ID!) {
  organization(id: $organizationId) {
    id
    canHost
    canSponsor
    seatsTotal
    seatsUsed
    activeOwners: members(role: OWNER, status: ACTIVE, first: 1) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<MemberAdminFactsQuery, MemberAdminFactsQueryVariables>;
export const MembersListDocument = new TypedDocumentString(`
    query MembersList($organizationId: ID!, $first: Int, $after: String, $role: Role, $status: MemberStatus, $search: String) {
  organization(id: $organizationId) {
    id
    members(
      first: $first
      after: $after
      role: $role
      status: $status
      search: $search
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...MemberRow
      }
    }
  }
}
    fragment MemberRow on Membership {
  id
  role
  status
  createdAt
  email
  user {
    id
    name
  }
}`) as unknown as TypedDocumentString<MembersListQuery, MembersListQueryVariables>;
export const ChangeMemberRoleDocument = new TypedDocumentString(`
    mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
  changeMemberRole(input: $input) {
    membership {
      ...MemberRow
    }
    userErrors {
      code
      field
      message
    }
  }
}
    fragment MemberRow on Membership {
  id
  role
  status
  createdAt
  email
  user {
    id
    name
  }
}`) as unknown as TypedDocumentString<ChangeMemberRoleMutation, ChangeMemberRoleMutationVariables>;
export const SuspendMemberDocument = new TypedDocumentString(`
    mutation SuspendMember($input: MemberInput!) {
  suspendMember(input: $input) {
    membership {
      ...MemberRow
    }
    userErrors {
      code
      field
      message
    }
  }
}
    fragment MemberRow on Membership {
  id
  role
  status
  createdAt
  email
  user {
    id
    name
  }
}`) as unknown as TypedDocumentString<SuspendMemberMutation, SuspendMemberMutationVariables>;
export const ReactivateMemberDocument = new TypedDocumentString(`
    mutation ReactivateMember($input: MemberInput!) {
  reactivateMember(input: $input) {
    membership {
      ...MemberRow
    }
    userErrors {
      code
      field
      message
    }
  }
}
    fragment MemberRow on Membership {
  id
  role
  status
  createdAt
  email
  user {
    id
    name
  }
}`) as unknown as TypedDocumentString<ReactivateMemberMutation, ReactivateMemberMutationVariables>;
export const RemoveMemberDocument = new TypedDocumentString(`
    mutation RemoveMember($input: RemoveMemberInput!) {
  removeMember(input: $input) {
    membership {
      ...MemberRow
    }
    userErrors {
      code
      field
      message
    }
  }
}
    fragment MemberRow on Membership {
  id
  role
  status
  createdAt
  email
  user {
    id
    name
  }
}`) as unknown as TypedDocumentString<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const MembersChangedDocument = new TypedDocumentString(`
    subscription MembersChanged($organizationId: ID!) {
  membersChanged(organizationId: $organizationId) {
    ...MemberRow
  }
}
    fragment MemberRow on Membership {
  id
  role
  status
  createdAt
  email
  user {
    id
    name
  }
}`) as unknown as TypedDocumentString<MembersChangedSubscription, MembersChangedSubscriptionVariables>;
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
export const PayoutAccountOfOrganizationDocument = new TypedDocumentString(`
    query PayoutAccountOfOrganization($organizationId: ID!) {
  account: payoutAccount(organizationId: $organizationId) {
    ...PayoutAccountFields
  }
}
    fragment PayoutAccountFields on PayoutAccount {
  id
  provider
  status
  statusDetail
  maskedDestination
  currency
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<PayoutAccountOfOrganizationQuery, PayoutAccountOfOrganizationQueryVariables>;
export const PayoutAccountOfMineDocument = new TypedDocumentString(`
    query PayoutAccountOfMine {
  account: myPayoutAccount {
    ...PayoutAccountFields
  }
}
    fragment PayoutAccountFields on PayoutAccount {
  id
  provider
  status
  statusDetail
  maskedDestination
  currency
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<PayoutAccountOfMineQuery, PayoutAccountOfMineQueryVariables>;
export const PayoutStatementOfOrganizationDocument = new TypedDocumentString(`
    query PayoutStatementOfOrganization($input: PayeeStatementInput!) {
  statement: payeeStatement(input: $input) {
    ...PayoutStatementFields
  }
}
    fragment PayoutMoney on Money {
  amountMinor
  currency
}
fragment PayoutFields on Payout {
  id
  provider
  gross {
    ...PayoutMoney
  }
  tdsSection
  tdsRateBps
  tds {
    ...PayoutMoney
  }
  net {
    ...PayoutMoney
  }
  status
  failureReason
  createdAt
  completedAt
}
fragment PayoutStatementFields on PayeeStatement {
  from
  to
  timeZone
  generatedAt
  balances {
    currency
    held {
      ...PayoutMoney
    }
    available {
      ...PayoutMoney
    }
    inPayout {
      ...PayoutMoney
    }
    paid {
      ...PayoutMoney
    }
  }
  totals {
    currency
    earned {
      ...PayoutMoney
    }
    clawedBack {
      ...PayoutMoney
    }
    net {
      ...PayoutMoney
    }
    paidGross {
      ...PayoutMoney
    }
    tdsWithheld {
      ...PayoutMoney
    }
    paidNet {
      ...PayoutMoney
    }
  }
  entries {
    id
    kind
    paymentId
    amount {
      ...PayoutMoney
    }
    status
    releaseAt
    payoutId
    createdAt
  }
  payouts {
    ...PayoutFields
  }
}`) as unknown as TypedDocumentString<PayoutStatementOfOrganizationQuery, PayoutStatementOfOrganizationQueryVariables>;
export const PayoutStatementOfMineDocument = new TypedDocumentString(`
    query PayoutStatementOfMine($from: String!, $to: String!) {
  statement: myPayeeStatement(from: $from, to: $to) {
    ...PayoutStatementFields
  }
}
    fragment PayoutMoney on Money {
  amountMinor
  currency
}
fragment PayoutFields on Payout {
  id
  provider
  gross {
    ...PayoutMoney
  }
  tdsSection
  tdsRateBps
  tds {
    ...PayoutMoney
  }
  net {
    ...PayoutMoney
  }
  status
  failureReason
  createdAt
  completedAt
}
fragment PayoutStatementFields on PayeeStatement {
  from
  to
  timeZone
  generatedAt
  balances {
    currency
    held {
      ...PayoutMoney
    }
    available {
      ...PayoutMoney
    }
    inPayout {
      ...PayoutMoney
    }
    paid {
      ...PayoutMoney
    }
  }
  totals {
    currency
    earned {
      ...PayoutMoney
    }
    clawedBack {
      ...PayoutMoney
    }
    net {
      ...PayoutMoney
    }
    paidGross {
      ...PayoutMoney
    }
    tdsWithheld {
      ...PayoutMoney
    }
    paidNet {
      ...PayoutMoney
    }
  }
  entries {
    id
    kind
    paymentId
    amount {
      ...PayoutMoney
    }
    status
    releaseAt
    payoutId
    createdAt
  }
  payouts {
    ...PayoutFields
  }
}`) as unknown as TypedDocumentString<PayoutStatementOfMineQuery, PayoutStatementOfMineQueryVariables>;
export const PayoutStatementCsvOfOrganizationDocument = new TypedDocumentString(`
    query PayoutStatementCsvOfOrganization($input: PayeeStatementInput!) {
  statement: payeeStatement(input: $input) {
    csv
  }
}
    `) as unknown as TypedDocumentString<PayoutStatementCsvOfOrganizationQuery, PayoutStatementCsvOfOrganizationQueryVariables>;
export const PayoutStatementCsvOfMineDocument = new TypedDocumentString(`
    query PayoutStatementCsvOfMine($from: String!, $to: String!) {
  statement: myPayeeStatement(from: $from, to: $to) {
    csv
  }
}
    `) as unknown as TypedDocumentString<PayoutStatementCsvOfMineQuery, PayoutStatementCsvOfMineQueryVariables>;
export const PayoutListOfOrganizationDocument = new TypedDocumentString(`
    query PayoutListOfOrganization($organizationId: ID!, $status: PayoutStatus, $first: Int, $after: String) {
  payouts: payouts(
    organizationId: $organizationId
    status: $status
    first: $first
    after: $after
  ) {
    nodes {
      ...PayoutFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment PayoutMoney on Money {
  amountMinor
  currency
}
fragment PayoutFields on Payout {
  id
  provider
  gross {
    ...PayoutMoney
  }
  tdsSection
  tdsRateBps
  tds {
    ...PayoutMoney
  }
  net {
    ...PayoutMoney
  }
  status
  failureReason
  createdAt
  completedAt
}`) as unknown as TypedDocumentString<PayoutListOfOrganizationQuery, PayoutListOfOrganizationQueryVariables>;
export const PayoutListOfMineDocument = new TypedDocumentString(`
    query PayoutListOfMine($status: PayoutStatus, $first: Int, $after: String) {
  payouts: myPayouts(status: $status, first: $first, after: $after) {
    nodes {
      ...PayoutFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment PayoutMoney on Money {
  amountMinor
  currency
}
fragment PayoutFields on Payout {
  id
  provider
  gross {
    ...PayoutMoney
  }
  tdsSection
  tdsRateBps
  tds {
    ...PayoutMoney
  }
  net {
    ...PayoutMoney
  }
  status
  failureReason
  createdAt
  completedAt
}`) as unknown as TypedDocumentString<PayoutListOfMineQuery, PayoutListOfMineQueryVariables>;
export const PayoutTaxProfileDocument = new TypedDocumentString(`
    query PayoutTaxProfile($payee: PayeeInput!) {
  taxProfile: payeeTaxProfile(payee: $payee) {
    ...PayoutTaxProfileFields
  }
}
    fragment PayoutTaxProfileFields on PayeeTaxProfile {
  tdsSection
  panOnFile
  treatyRateBps
  residencyCountry
  purposeCode
  msmeStatus
  msmeWrittenAgreement
  tdsRateBps
  isDefault
  updatedAt
}`) as unknown as TypedDocumentString<PayoutTaxProfileQuery, PayoutTaxProfileQueryVariables>;
export const PayoutLinkAccountDocument = new TypedDocumentString(`
    mutation PayoutLinkAccount($input: LinkPayoutAccountInput!) {
  linkPayoutAccount(input: $input) {
    payoutAccount {
      ...PayoutAccountFields
    }
    onboardingUrl
    userErrors {
      code
      field
      message
    }
  }
}
    fragment PayoutAccountFields on PayoutAccount {
  id
  provider
  status
  statusDetail
  maskedDestination
  currency
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<PayoutLinkAccountMutation, PayoutLinkAccountMutationVariables>;
export const PayoutOnboardingLinkDocument = new TypedDocumentString(`
    mutation PayoutOnboardingLink($input: PayoutOnboardingLinkInput!) {
  payoutOnboardingLink(input: $input) {
    url
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PayoutOnboardingLinkMutation, PayoutOnboardingLinkMutationVariables>;
export const PayoutSetTaxProfileDocument = new TypedDocumentString(`
    mutation PayoutSetTaxProfile($input: SetPayeeTaxProfileInput!) {
  setPayeeTaxProfile(input: $input) {
    taxProfile {
      ...PayoutTaxProfileFields
    }
    userErrors {
      code
      field
      message
    }
  }
}
    fragment PayoutTaxProfileFields on PayeeTaxProfile {
  tdsSection
  panOnFile
  treatyRateBps
  residencyCountry
  purposeCode
  msmeStatus
  msmeWrittenAgreement
  tdsRateBps
  isDefault
  updatedAt
}`) as unknown as TypedDocumentString<PayoutSetTaxProfileMutation, PayoutSetTaxProfileMutationVariables>;
export const PlatformOrganizationDocument = new TypedDocumentString(`
    query PlatformOrganization($id: ID!) {
  organization(id: $id) {
    ...PlatformOrganizationSummary
  }
}
    fragment PlatformOrganizationSummary on Organization {
  id
  name
  slug
  status
  seatsTotal
  seatsUsed
  canSponsor
  canHost
  country
  timezone
  createdAt
}`) as unknown as TypedDocumentString<PlatformOrganizationQuery, PlatformOrganizationQueryVariables>;
export const PlatformOrganizationMembersDocument = new TypedDocumentString(`
    query PlatformOrganizationMembers($id: ID!) {
  organization(id: $id) {
    id
    activeOwners: members(role: OWNER, status: ACTIVE, first: 1) {
      totalCount
    }
    members(status: ACTIVE, first: 100) {
      nodes {
        id
        role
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlatformOrganizationMembersQuery, PlatformOrganizationMembersQueryVariables>;
export const PlatformDirectoryDocument = new TypedDocumentString(`
    query PlatformDirectory($search: String, $after: String, $first: Int) {
  organizationDirectory(search: $search, after: $after, first: $first) {
    nodes {
      id
      name
      slug
      canHost
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<PlatformDirectoryQuery, PlatformDirectoryQueryVariables>;
export const PlatformTransitionOrganizationDocument = new TypedDocumentString(`
    mutation PlatformTransitionOrganization($input: TransitionOrganizationInput!) {
  transitionOrganization(input: $input) {
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PlatformTransitionOrganizationMutation, PlatformTransitionOrganizationMutationVariables>;
export const PlatformGrantCreditsDocument = new TypedDocumentString(`
    mutation PlatformGrantCredits($input: GrantCreditsInput!) {
  grantCredits(input: $input) {
    billingAccount {
      ...PlatformBillingAccount
    }
    userErrors {
      code
      field
      message
    }
  }
}
    fragment PlatformBillingAccount on BillingAccount {
  id
  mode
  status
  currency
  creditBalance {
    amountMinor
    currency
  }
  creditLimit {
    amountMinor
    currency
  }
  unbilledCharges {
    amountMinor
    currency
  }
}`) as unknown as TypedDocumentString<PlatformGrantCreditsMutation, PlatformGrantCreditsMutationVariables>;
export const PlatformSetCreditLimitDocument = new TypedDocumentString(`
    mutation PlatformSetCreditLimit($input: SetCreditLimitInput!) {
  setCreditLimit(input: $input) {
    billingAccount {
      ...PlatformBillingAccount
    }
    userErrors {
      code
      field
      message
    }
  }
}
    fragment PlatformBillingAccount on BillingAccount {
  id
  mode
  status
  currency
  creditBalance {
    amountMinor
    currency
  }
  creditLimit {
    amountMinor
    currency
  }
  unbilledCharges {
    amountMinor
    currency
  }
}`) as unknown as TypedDocumentString<PlatformSetCreditLimitMutation, PlatformSetCreditLimitMutationVariables>;
export const PlatformAppointOwnerDocument = new TypedDocumentString(`
    mutation PlatformAppointOwner($input: AppointOrganizationOwnerInput!) {
  appointOrganizationOwner(input: $input) {
    membership {
      id
      role
      status
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PlatformAppointOwnerMutation, PlatformAppointOwnerMutationVariables>;
export const PlatformErasureRequestsDocument = new TypedDocumentString(`
    query PlatformErasureRequests($status: ErasureRequestStatus, $first: Int, $after: String) {
  erasureRequests(status: $status, first: $first, after: $after) {
    nodes {
      ...PlatformErasureRequest
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment PlatformErasureRequest on ErasureRequest {
  id
  status
  requestedAt
  dueAt
  processedAt
  completedAt
  rejectedAt
  rejectionReason
  ownerlessOrganizationIds
  user {
    id
    name
  }
}`) as unknown as TypedDocumentString<PlatformErasureRequestsQuery, PlatformErasureRequestsQueryVariables>;
export const PlatformProcessErasureDocument = new TypedDocumentString(`
    mutation PlatformProcessErasure($input: ProcessErasureRequestInput!) {
  processErasureRequest(input: $input) {
    erasureRequest {
      ...PlatformErasureRequest
    }
    userErrors {
      code
      field
      message
    }
  }
}
    fragment PlatformErasureRequest on ErasureRequest {
  id
  status
  requestedAt
  dueAt
  processedAt
  completedAt
  rejectedAt
  rejectionReason
  ownerlessOrganizationIds
  user {
    id
    name
  }
}`) as unknown as TypedDocumentString<PlatformProcessErasureMutation, PlatformProcessErasureMutationVariables>;
export const PlatformRejectErasureDocument = new TypedDocumentString(`
    mutation PlatformRejectErasure($input: RejectErasureRequestInput!) {
  rejectErasureRequest(input: $input) {
    erasureRequest {
      ...PlatformErasureRequest
    }
    userErrors {
      code
      field
      message
    }
  }
}
    fragment PlatformErasureRequest on ErasureRequest {
  id
  status
  requestedAt
  dueAt
  processedAt
  completedAt
  rejectedAt
  rejectionReason
  ownerlessOrganizationIds
  user {
    id
    name
  }
}`) as unknown as TypedDocumentString<PlatformRejectErasureMutation, PlatformRejectErasureMutationVariables>;
export const PlatformMaintenanceWindowsDocument = new TypedDocumentString(`
    query PlatformMaintenanceWindows($active: Boolean) {
  maintenanceWindows(active: $active) {
    ...PlatformMaintenanceWindow
  }
}
    fragment PlatformMaintenanceWindow on MaintenanceWindow {
  id
  scope
  organizationId
  startsAt
  endsAt
  message
  active
  cancelledAt
}`) as unknown as TypedDocumentString<PlatformMaintenanceWindowsQuery, PlatformMaintenanceWindowsQueryVariables>;
export const PlatformScheduleMaintenanceDocument = new TypedDocumentString(`
    mutation PlatformScheduleMaintenance($input: ScheduleMaintenanceWindowInput!) {
  scheduleMaintenanceWindow(input: $input) {
    maintenanceWindow {
      ...PlatformMaintenanceWindow
    }
    userErrors {
      code
      field
      message
    }
  }
}
    fragment PlatformMaintenanceWindow on MaintenanceWindow {
  id
  scope
  organizationId
  startsAt
  endsAt
  message
  active
  cancelledAt
}`) as unknown as TypedDocumentString<PlatformScheduleMaintenanceMutation, PlatformScheduleMaintenanceMutationVariables>;
export const PlatformCancelMaintenanceDocument = new TypedDocumentString(`
    mutation PlatformCancelMaintenance($id: ID!) {
  cancelMaintenanceWindow(id: $id) {
    maintenanceWindow {
      ...PlatformMaintenanceWindow
    }
    userErrors {
      code
      field
      message
    }
  }
}
    fragment PlatformMaintenanceWindow on MaintenanceWindow {
  id
  scope
  organizationId
  startsAt
  endsAt
  message
  active
  cancelledAt
}`) as unknown as TypedDocumentString<PlatformCancelMaintenanceMutation, PlatformCancelMaintenanceMutationVariables>;
export const PlatformPayoutBatchesDocument = new TypedDocumentString(`
    query PlatformPayoutBatches {
  payoutBatches {
    ...PlatformPayoutBatch
  }
}
    fragment PlatformPayoutBatch on PayoutBatch {
  id
  period
  trigger
  createdAt
  payouts
  net {
    amountMinor
    currency
  }
}`) as unknown as TypedDocumentString<PlatformPayoutBatchesQuery, PlatformPayoutBatchesQueryVariables>;
export const PlatformRunPayoutBatchDocument = new TypedDocumentString(`
    mutation PlatformRunPayoutBatch {
  runPayoutBatch {
    batch {
      ...PlatformPayoutBatch
    }
    created
    submitted
  }
}
    fragment PlatformPayoutBatch on PayoutBatch {
  id
  period
  trigger
  createdAt
  payouts
  net {
    amountMinor
    currency
  }
}`) as unknown as TypedDocumentString<PlatformRunPayoutBatchMutation, PlatformRunPayoutBatchMutationVariables>;
export const PlatformOrganizationsByStatusDocument = new TypedDocumentString(`
    query PlatformOrganizationsByStatus($status: OrganizationStatus!, $after: String, $first: Int) {
  organizationsByStatus(status: $status, after: $after, first: $first) {
    nodes {
      id
      name
      slug
      createdAt
      members(status: ACTIVE, first: 1) {
        totalCount
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<PlatformOrganizationsByStatusQuery, PlatformOrganizationsByStatusQueryVariables>;
export const PricingRateCardsDocument = new TypedDocumentString(`
    query PricingRateCards($organizationId: ID!) {
  organization(id: $organizationId) {
    id
    canHost
  }
  billingAccount(organizationId: $organizationId) {
    id
    currency
    rateCards {
      ...PricingRateCard
    }
  }
}
    fragment PricingMoney on Money {
  amountMinor
  currency
}
fragment PricingSplit on RevenueSplit {
  platformBps
  hostBps
  expertBps
}
fragment PricingRateCardPrice on RateCardPrice {
  id
  kind
  expertUserId
  unitPrice {
    ...PricingMoney
  }
  split {
    ...PricingSplit
  }
  effectiveFrom
  effectiveUntil
}
fragment PricingRateCard on RateCard {
  id
  name
  currency
  isDefault
  archivedAt
  createdAt
  prices {
    ...PricingRateCardPrice
  }
  history: prices(history: true) {
    ...PricingRateCardPrice
  }
}`) as unknown as TypedDocumentString<PricingRateCardsQuery, PricingRateCardsQueryVariables>;
export const PricingContractsDocument = new TypedDocumentString(`
    query PricingContracts($organizationId: ID!, $status: ContractStatus) {
  organization(id: $organizationId) {
    id
    canHost
    canSponsor
  }
  billingAccount(organizationId: $organizationId) {
    id
    currency
  }
  contracts(organizationId: $organizationId, status: $status) {
    ...PricingContract
  }
}
    fragment PricingMoney on Money {
  amountMinor
  currency
}
fragment PricingSplit on RevenueSplit {
  platformBps
  hostBps
  expertBps
}
fragment PricingTerms on ContractTermsView {
  rateCardId
  currency
  startsOn
  endsOn
  monthlySpendCap {
    ...PricingMoney
  }
  rates {
    kind
    expertUserId
    unitPrice {
      ...PricingMoney
    }
    split {
      ...PricingSplit
    }
  }
}
fragment PricingContract on Contract {
  id
  title
  status
  side
  inForce
  sponsorOrganizationId
  hostOrganizationId
  terminatedAt
  createdAt
  updatedAt
  acceptedVersion {
    version
    terms {
      ...PricingTerms
    }
  }
  versions {
    version
    status
    proposedBySide
    proposedBy
    decidedBy
    decidedAt
    reason
    createdAt
  }
}`) as unknown as TypedDocumentString<PricingContractsQuery, PricingContractsQueryVariables>;
export const PricingContractVersionsDocument = new TypedDocumentString(`
    query PricingContractVersions($organizationId: ID!, $id: ID!) {
  contract(id: $id, organizationId: $organizationId) {
    id
    versions {
      version
      terms {
        ...PricingTerms
      }
    }
  }
}
    fragment PricingMoney on Money {
  amountMinor
  currency
}
fragment PricingSplit on RevenueSplit {
  platformBps
  hostBps
  expertBps
}
fragment PricingTerms on ContractTermsView {
  rateCardId
  currency
  startsOn
  endsOn
  monthlySpendCap {
    ...PricingMoney
  }
  rates {
    kind
    expertUserId
    unitPrice {
      ...PricingMoney
    }
    split {
      ...PricingSplit
    }
  }
}`) as unknown as TypedDocumentString<PricingContractVersionsQuery, PricingContractVersionsQueryVariables>;
export const PricingMembersDocument = new TypedDocumentString(`
    query PricingMembers($organizationId: ID!) {
  organization(id: $organizationId) {
    id
    members(first: 100) {
      nodes {
        id
        user {
          id
          name
        }
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PricingMembersQuery, PricingMembersQueryVariables>;
export const PricingDirectoryDocument = new TypedDocumentString(`
    query PricingDirectory($search: String) {
  organizationDirectory(search: $search, first: 10) {
    nodes {
      id
      name
      slug
      canHost
    }
  }
}
    `) as unknown as TypedDocumentString<PricingDirectoryQuery, PricingDirectoryQueryVariables>;
export const PricingPolicyDocument = new TypedDocumentString(`
    query PricingPolicy($organizationId: ID!) {
  billingAccount(organizationId: $organizationId) {
    id
    cancellationPolicy {
      ...PricingPolicy
    }
  }
}
    fragment PricingPolicy on CancellationPolicy {
  version
  tiers {
    minHoursBefore
    refundBps
  }
  expertCancelledBps
}`) as unknown as TypedDocumentString<PricingPolicyQuery, PricingPolicyQueryVariables>;
export const PricingCreateRateCardDocument = new TypedDocumentString(`
    mutation PricingCreateRateCard($input: CreateRateCardInput!) {
  createRateCard(input: $input) {
    rateCard {
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
    `) as unknown as TypedDocumentString<PricingCreateRateCardMutation, PricingCreateRateCardMutationVariables>;
export const PricingSetRateCardPriceDocument = new TypedDocumentString(`
    mutation PricingSetRateCardPrice($input: SetRateCardPriceInput!) {
  setRateCardPrice(input: $input) {
    price {
      id
      effectiveFrom
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PricingSetRateCardPriceMutation, PricingSetRateCardPriceMutationVariables>;
export const PricingSetDefaultRateCardDocument = new TypedDocumentString(`
    mutation PricingSetDefaultRateCard($input: RateCardRefInput!) {
  setDefaultRateCard(input: $input) {
    rateCard {
      id
      isDefault
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PricingSetDefaultRateCardMutation, PricingSetDefaultRateCardMutationVariables>;
export const PricingArchiveRateCardDocument = new TypedDocumentString(`
    mutation PricingArchiveRateCard($input: RateCardRefInput!) {
  archiveRateCard(input: $input) {
    rateCard {
      id
      archivedAt
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PricingArchiveRateCardMutation, PricingArchiveRateCardMutationVariables>;
export const PricingProposeContractDocument = new TypedDocumentString(`
    mutation PricingProposeContract($input: ProposeContractInput!) {
  proposeContract(input: $input) {
    contract {
      id
      title
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PricingProposeContractMutation, PricingProposeContractMutationVariables>;
export const PricingAmendContractDocument = new TypedDocumentString(`
    mutation PricingAmendContract($input: AmendContractInput!) {
  amendContract(input: $input) {
    contract {
      id
      title
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PricingAmendContractMutation, PricingAmendContractMutationVariables>;
export const PricingAcceptContractDocument = new TypedDocumentString(`
    mutation PricingAcceptContract($input: ContractVersionRefInput!) {
  acceptContract(input: $input) {
    contract {
      id
      status
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PricingAcceptContractMutation, PricingAcceptContractMutationVariables>;
export const PricingRejectContractDocument = new TypedDocumentString(`
    mutation PricingRejectContract($input: RejectContractInput!) {
  rejectContract(input: $input) {
    contract {
      id
      status
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PricingRejectContractMutation, PricingRejectContractMutationVariables>;
export const PricingWithdrawContractProposalDocument = new TypedDocumentString(`
    mutation PricingWithdrawContractProposal($input: ContractVersionRefInput!) {
  withdrawContractProposal(input: $input) {
    contract {
      id
      status
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PricingWithdrawContractProposalMutation, PricingWithdrawContractProposalMutationVariables>;
export const PricingTerminateContractDocument = new TypedDocumentString(`
    mutation PricingTerminateContract($input: TerminateContractInput!) {
  terminateContract(input: $input) {
    contract {
      id
      status
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PricingTerminateContractMutation, PricingTerminateContractMutationVariables>;
export const PricingSetCancellationPolicyDocument = new TypedDocumentString(`
    mutation PricingSetCancellationPolicy($input: SetCancellationPolicyInput!) {
  setCancellationPolicy(input: $input) {
    cancellationPolicy {
      ...PricingPolicy
    }
    userErrors {
      code
      field
      message
    }
  }
}
    fragment PricingPolicy on CancellationPolicy {
  version
  tiers {
    minHoursBefore
    refundBps
  }
  expertCancelledBps
}`) as unknown as TypedDocumentString<PricingSetCancellationPolicyMutation, PricingSetCancellationPolicyMutationVariables>;
export const DataExportsDocument = new TypedDocumentString(`
    query DataExports($organizationId: ID!) {
  dataExports(organizationId: $organizationId) {
    ...DataExportItem
  }
}
    fragment DataExportItem on DataExport {
  id
  status
  sectionsReady
  sectionsTotal
  bytes
  failure
  requestedAt
  readyAt
  expiresAt
  downloadedAt
  downloadUrl
}`) as unknown as TypedDocumentString<DataExportsQuery, DataExportsQueryVariables>;
export const RequestDataExportDocument = new TypedDocumentString(`
    mutation RequestDataExport($organizationId: ID!) {
  requestDataExport(organizationId: $organizationId) {
    dataExport {
      ...DataExportItem
    }
    userErrors {
      code
      field
      message
    }
  }
}
    fragment DataExportItem on DataExport {
  id
  status
  sectionsReady
  sectionsTotal
  bytes
  failure
  requestedAt
  readyAt
  expiresAt
  downloadedAt
  downloadUrl
}`) as unknown as TypedDocumentString<RequestDataExportMutation, RequestDataExportMutationVariables>;
export const MyErasureRequestDocument = new TypedDocumentString(`
    query MyErasureRequest {
  myErasureRequest {
    ...ErasureRequestItem
  }
}
    fragment ErasureRequestItem on ErasureRequest {
  id
  status
  requestedAt
  dueAt
  processedAt
  completedAt
  rejectedAt
  rejectionReason
}`) as unknown as TypedDocumentString<MyErasureRequestQuery, MyErasureRequestQueryVariables>;
export const RequestErasureDocument = new TypedDocumentString(`
    mutation RequestErasure {
  requestErasure {
    erasureRequest {
      ...ErasureRequestItem
    }
    userErrors {
      code
      field
      message
    }
  }
}
    fragment ErasureRequestItem on ErasureRequest {
  id
  status
  requestedAt
  dueAt
  processedAt
  completedAt
  rejectedAt
  rejectionReason
}`) as unknown as TypedDocumentString<RequestErasureMutation, RequestErasureMutationVariables>;
export const ProgramMyAssignmentsDocument = new TypedDocumentString(`
    query ProgramMyAssignments($organizationId: ID!) {
  myProgramAssignments(organizationId: $organizationId) {
    id
    programId
    programName
    programType
    programStatus
    overage
    overageSurchargeBps
    startsOn
    endsOn
    currentPeriod {
      startDate
      endDate
    }
    engagementsPerCycle
    priceCap {
      ...ProgramMoney
    }
    engagementsUsed
    engagementsRemaining
    budgetRemaining {
      ...ProgramMoney
    }
  }
}
    fragment ProgramMoney on Money {
  amountMinor
  currency
}`) as unknown as TypedDocumentString<ProgramMyAssignmentsQuery, ProgramMyAssignmentsQueryVariables>;
export const ProgramListDocument = new TypedDocumentString(`
    query ProgramList($organizationId: ID!, $status: ProgramStatus) {
  organization(id: $organizationId) {
    id
    canSponsor
  }
  billingAccount(organizationId: $organizationId) {
    id
    mode
    currency
    programs(status: $status) {
      ...ProgramFields
      assignments(status: ACTIVE) {
        ...ProgramAssignmentFields
      }
      usage {
        startDate
        endDate
        engagements
        covered {
          ...ProgramMoney
        }
        overage {
          ...ProgramMoney
        }
        budgetRemaining {
          ...ProgramMoney
        }
        members {
          userId
          engagements
          engagementsRemaining
          covered {
            ...ProgramMoney
          }
          overage {
            ...ProgramMoney
          }
        }
      }
    }
  }
}
    fragment ProgramMoney on Money {
  amountMinor
  currency
}
fragment ProgramFields on Program {
  id
  name
  description
  type
  status
  cycle
  currency
  engagementsPerCycle
  priceCap {
    ...ProgramMoney
  }
  budget {
    ...ProgramMoney
  }
  overage
  overageSurchargeBps
  overageLimit {
    ...ProgramMoney
  }
  startsOn
  endsOn
  termsLocked
  createdAt
  currentPeriod {
    startDate
    endDate
  }
}
fragment ProgramAssignmentFields on ProgramAssignment {
  id
  programId
  userId
  status
  startsOn
  endsOn
  revokedReason
}`) as unknown as TypedDocumentString<ProgramListQuery, ProgramListQueryVariables>;
export const ProgramMembersDocument = new TypedDocumentString(`
    query ProgramMembers($organizationId: ID!) {
  organization(id: $organizationId) {
    id
    members(status: ACTIVE, first: 100) {
      totalCount
      nodes {
        id
        role
        status
        email
        user {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProgramMembersQuery, ProgramMembersQueryVariables>;
export const ProgramCreateDocument = new TypedDocumentString(`
    mutation ProgramCreate($input: CreateProgramInput!) {
  createProgram(input: $input) {
    program {
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
    `) as unknown as TypedDocumentString<ProgramCreateMutation, ProgramCreateMutationVariables>;
export const ProgramUpdateDocument = new TypedDocumentString(`
    mutation ProgramUpdate($input: UpdateProgramInput!) {
  updateProgram(input: $input) {
    program {
      id
      name
      description
      endsOn
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ProgramUpdateMutation, ProgramUpdateMutationVariables>;
export const ProgramSetStatusDocument = new TypedDocumentString(`
    mutation ProgramSetStatus($input: SetProgramStatusInput!) {
  setProgramStatus(input: $input) {
    program {
      id
      status
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ProgramSetStatusMutation, ProgramSetStatusMutationVariables>;
export const ProgramAssignDocument = new TypedDocumentString(`
    mutation ProgramAssign($input: AssignProgramInput!) {
  assignProgram(input: $input) {
    program {
      id
      termsLocked
    }
    results {
      userId
      outcome
      assignment {
        ...ProgramAssignmentFields
      }
      userErrors {
        code
        field
        message
      }
    }
    userErrors {
      code
      field
      message
    }
  }
}
    fragment ProgramAssignmentFields on ProgramAssignment {
  id
  programId
  userId
  status
  startsOn
  endsOn
  revokedReason
}`) as unknown as TypedDocumentString<ProgramAssignMutation, ProgramAssignMutationVariables>;
export const ProgramUnassignDocument = new TypedDocumentString(`
    mutation ProgramUnassign($input: UnassignProgramInput!) {
  unassignProgram(input: $input) {
    assignment {
      ...ProgramAssignmentFields
    }
    userErrors {
      code
      field
      message
    }
  }
}
    fragment ProgramAssignmentFields on ProgramAssignment {
  id
  programId
  userId
  status
  startsOn
  endsOn
  revokedReason
}`) as unknown as TypedDocumentString<ProgramUnassignMutation, ProgramUnassignMutationVariables>;
export const PurchaseHostsDocument = new TypedDocumentString(`
    query PurchaseHosts($search: String) {
  organizationDirectory(search: $search, first: 50) {
    nodes {
      id
      name
      canHost
    }
  }
}
    `) as unknown as TypedDocumentString<PurchaseHostsQuery, PurchaseHostsQueryVariables>;
export const PurchaseQuoteDocument = new TypedDocumentString(`
    query PurchaseQuote($input: BookingQuoteInput!) {
  bookingQuote(input: $input) {
    source
    contractId
    price {
      ...BillingMoney
    }
  }
}
    fragment BillingMoney on Money {
  amountMinor
  currency
}`) as unknown as TypedDocumentString<PurchaseQuoteQuery, PurchaseQuoteQueryVariables>;
export const PurchaseCheckoutDocument = new TypedDocumentString(`
    mutation PurchaseCheckout($input: CheckoutInput!) {
  checkout(input: $input) {
    payment {
      ...PurchasePaymentFields
    }
    nextAction {
      ...BillingNextAction
    }
    replayed
    userErrors {
      ...BillingUserError
    }
  }
}
    fragment BillingMoney on Money {
  amountMinor
  currency
}
fragment BillingNextAction on PaymentAction {
  provider
  orderId
  clientSecret
  publicKey
  testCheckoutUrl
}
fragment BillingUserError on UserError {
  code
  field
  message
}
fragment PurchasePaymentFields on Payment {
  id
  status
  payerKind
  funding
  organizationId
  reference
  priceSource
  settledAt
  amount {
    ...BillingMoney
  }
  listAmount {
    ...BillingMoney
  }
}`) as unknown as TypedDocumentString<PurchaseCheckoutMutation, PurchaseCheckoutMutationVariables>;
export const PurchasePaymentDocument = new TypedDocumentString(`
    query PurchasePayment($id: ID!) {
  payment(id: $id) {
    ...PurchasePaymentFields
    nextAction {
      ...BillingNextAction
    }
  }
}
    fragment BillingMoney on Money {
  amountMinor
  currency
}
fragment BillingNextAction on PaymentAction {
  provider
  orderId
  clientSecret
  publicKey
  testCheckoutUrl
}
fragment PurchasePaymentFields on Payment {
  id
  status
  payerKind
  funding
  organizationId
  reference
  priceSource
  settledAt
  amount {
    ...BillingMoney
  }
  listAmount {
    ...BillingMoney
  }
}`) as unknown as TypedDocumentString<PurchasePaymentQuery, PurchasePaymentQueryVariables>;
export const PurchasesMineDocument = new TypedDocumentString(`
    query PurchasesMine($after: String, $first: Int) {
  myPayments(after: $after, first: $first) {
    nodes {
      ...PurchasesPaymentFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment BillingMoney on Money {
  amountMinor
  currency
}
fragment BillingNextAction on PaymentAction {
  provider
  orderId
  clientSecret
  publicKey
  testCheckoutUrl
}
fragment PurchasesPaymentFields on Payment {
  id
  purpose
  kind
  reference
  payerKind
  organizationId
  funding
  provider
  status
  disputed
  startsAt
  settledAt
  cancelledAt
  createdAt
  amount {
    ...BillingMoney
  }
  refunded {
    ...BillingMoney
  }
  refunds {
    id
    source
    status
    reason
    createdAt
    amount {
      ...BillingMoney
    }
  }
  nextAction {
    ...BillingNextAction
  }
}`) as unknown as TypedDocumentString<PurchasesMineQuery, PurchasesMineQueryVariables>;
export const PurchasesCancelDocument = new TypedDocumentString(`
    mutation PurchasesCancel($input: CancelPurchaseInput!) {
  cancelPurchase(input: $input) {
    payment {
      ...PurchasesPaymentFields
    }
    replayed
    userErrors {
      ...BillingUserError
    }
  }
}
    fragment BillingMoney on Money {
  amountMinor
  currency
}
fragment BillingNextAction on PaymentAction {
  provider
  orderId
  clientSecret
  publicKey
  testCheckoutUrl
}
fragment BillingUserError on UserError {
  code
  field
  message
}
fragment PurchasesPaymentFields on Payment {
  id
  purpose
  kind
  reference
  payerKind
  organizationId
  funding
  provider
  status
  disputed
  startsAt
  settledAt
  cancelledAt
  createdAt
  amount {
    ...BillingMoney
  }
  refunded {
    ...BillingMoney
  }
  refunds {
    id
    source
    status
    reason
    createdAt
    amount {
      ...BillingMoney
    }
  }
  nextAction {
    ...BillingNextAction
  }
}`) as unknown as TypedDocumentString<PurchasesCancelMutation, PurchasesCancelMutationVariables>;
export const SessionDocument = new TypedDocumentString(`
    query Session {
  viewer {
    id
    name
    email
    platformAdmin
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
export const SettingsCredentialsDocument = new TypedDocumentString(`
    query SettingsCredentials($organizationId: ID!, $apiKeys: Boolean!, $scimTokens: Boolean!, $scimGroups: Boolean!) {
  organization(id: $organizationId) {
    id
    apiKeys @include(if: $apiKeys) {
      ...SettingsCredential
    }
    scimTokens @include(if: $scimTokens) {
      ...SettingsCredential
    }
    scimGroups @include(if: $scimGroups) {
      id
      displayName
      role
      memberCount
    }
  }
}
    fragment SettingsCredential on OrgCredential {
  id
  name
  secretHint
  scopes
  status
  expiresAt
  revokedAt
  lastUsedAt
  createdAt
}`) as unknown as TypedDocumentString<SettingsCredentialsQuery, SettingsCredentialsQueryVariables>;
export const CreateApiKeyDocument = new TypedDocumentString(`
    mutation CreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    credential {
      ...SettingsCredential
    }
    secret
    userErrors {
      code
      field
      message
    }
  }
}
    fragment SettingsCredential on OrgCredential {
  id
  name
  secretHint
  scopes
  status
  expiresAt
  revokedAt
  lastUsedAt
  createdAt
}`) as unknown as TypedDocumentString<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RotateApiKeyDocument = new TypedDocumentString(`
    mutation RotateApiKey($input: CredentialInput!) {
  rotateApiKey(input: $input) {
    credential {
      ...SettingsCredential
    }
    secret
    userErrors {
      code
      field
      message
    }
  }
}
    fragment SettingsCredential on OrgCredential {
  id
  name
  secretHint
  scopes
  status
  expiresAt
  revokedAt
  lastUsedAt
  createdAt
}`) as unknown as TypedDocumentString<RotateApiKeyMutation, RotateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = new TypedDocumentString(`
    mutation RevokeApiKey($input: CredentialInput!) {
  revokeApiKey(input: $input) {
    credential {
      ...SettingsCredential
    }
    userErrors {
      code
      field
      message
    }
  }
}
    fragment SettingsCredential on OrgCredential {
  id
  name
  secretHint
  scopes
  status
  expiresAt
  revokedAt
  lastUsedAt
  createdAt
}`) as unknown as TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const CreateScimTokenDocument = new TypedDocumentString(`
    mutation CreateScimToken($input: CreateScimTokenInput!) {
  createScimToken(input: $input) {
    credential {
      ...SettingsCredential
    }
    secret
    userErrors {
      code
      field
      message
    }
  }
}
    fragment SettingsCredential on OrgCredential {
  id
  name
  secretHint
  scopes
  status
  expiresAt
  revokedAt
  lastUsedAt
  createdAt
}`) as unknown as TypedDocumentString<CreateScimTokenMutation, CreateScimTokenMutationVariables>;
export const RotateScimTokenDocument = new TypedDocumentString(`
    mutation RotateScimToken($input: CredentialInput!) {
  rotateScimToken(input: $input) {
    credential {
      ...SettingsCredential
    }
    secret
    userErrors {
      code
      field
      message
    }
  }
}
    fragment SettingsCredential on OrgCredential {
  id
  name
  secretHint
  scopes
  status
  expiresAt
  revokedAt
  lastUsedAt
  createdAt
}`) as unknown as TypedDocumentString<RotateScimTokenMutation, RotateScimTokenMutationVariables>;
export const RevokeScimTokenDocument = new TypedDocumentString(`
    mutation RevokeScimToken($input: CredentialInput!) {
  revokeScimToken(input: $input) {
    credential {
      ...SettingsCredential
    }
    userErrors {
      code
      field
      message
    }
  }
}
    fragment SettingsCredential on OrgCredential {
  id
  name
  secretHint
  scopes
  status
  expiresAt
  revokedAt
  lastUsedAt
  createdAt
}`) as unknown as TypedDocumentString<RevokeScimTokenMutation, RevokeScimTokenMutationVariables>;
export const MapScimGroupRoleDocument = new TypedDocumentString(`
    mutation MapScimGroupRole($input: MapScimGroupRoleInput!) {
  mapScimGroupRole(input: $input) {
    group {
      id
      displayName
      role
      memberCount
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MapScimGroupRoleMutation, MapScimGroupRoleMutationVariables>;
export const SettingsDomainsDocument = new TypedDocumentString(`
    query SettingsDomains($organizationId: ID!) {
  organization(id: $organizationId) {
    id
    domainClaims {
      ...SettingsDomainClaim
    }
  }
}
    fragment SettingsDomainClaim on DomainClaim {
  id
  domain
  status
  txtRecordName
  txtRecordValue
  lastError
  createdAt
  verifiedAt
  lastCheckedAt
}`) as unknown as TypedDocumentString<SettingsDomainsQuery, SettingsDomainsQueryVariables>;
export const ClaimDomainDocument = new TypedDocumentString(`
    mutation ClaimDomain($input: ClaimDomainInput!) {
  claimDomain(input: $input) {
    domainClaim {
      ...SettingsDomainClaim
    }
    userErrors {
      code
      field
      message
    }
  }
}
    fragment SettingsDomainClaim on DomainClaim {
  id
  domain
  status
  txtRecordName
  txtRecordValue
  lastError
  createdAt
  verifiedAt
  lastCheckedAt
}`) as unknown as TypedDocumentString<ClaimDomainMutation, ClaimDomainMutationVariables>;
export const VerifyDomainDocument = new TypedDocumentString(`
    mutation VerifyDomain($input: DomainClaimInput!) {
  verifyDomain(input: $input) {
    domainClaim {
      ...SettingsDomainClaim
    }
    userErrors {
      code
      field
      message
    }
  }
}
    fragment SettingsDomainClaim on DomainClaim {
  id
  domain
  status
  txtRecordName
  txtRecordValue
  lastError
  createdAt
  verifiedAt
  lastCheckedAt
}`) as unknown as TypedDocumentString<VerifyDomainMutation, VerifyDomainMutationVariables>;
export const RemoveDomainClaimDocument = new TypedDocumentString(`
    mutation RemoveDomainClaim($input: DomainClaimInput!) {
  removeDomainClaim(input: $input) {
    domainClaim {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RemoveDomainClaimMutation, RemoveDomainClaimMutationVariables>;
export const SettingsOrganizationDocument = new TypedDocumentString(`
    query SettingsOrganization($organizationId: ID!) {
  organization(id: $organizationId) {
    ...SettingsOrganizationFields
  }
}
    fragment SettingsOrganizationFields on Organization {
  id
  name
  canSponsor
  canHost
  depth
  parent {
    id
    name
    depth
  }
}`) as unknown as TypedDocumentString<SettingsOrganizationQuery, SettingsOrganizationQueryVariables>;
export const SettingsOrganizationCapabilitiesDocument = new TypedDocumentString(`
    mutation SettingsOrganizationCapabilities($input: SetCapabilitiesInput!) {
  setOrganizationCapabilities(input: $input) {
    organization {
      ...SettingsOrganizationFields
    }
    userErrors {
      code
      field
      message
    }
  }
}
    fragment SettingsOrganizationFields on Organization {
  id
  name
  canSponsor
  canHost
  depth
  parent {
    id
    name
    depth
  }
}`) as unknown as TypedDocumentString<SettingsOrganizationCapabilitiesMutation, SettingsOrganizationCapabilitiesMutationVariables>;
export const SettingsOrganizationParentDocument = new TypedDocumentString(`
    mutation SettingsOrganizationParent($input: SetParentOrganizationInput!) {
  setParentOrganization(input: $input) {
    organization {
      ...SettingsOrganizationFields
    }
    userErrors {
      code
      field
      message
    }
  }
}
    fragment SettingsOrganizationFields on Organization {
  id
  name
  canSponsor
  canHost
  depth
  parent {
    id
    name
    depth
  }
}`) as unknown as TypedDocumentString<SettingsOrganizationParentMutation, SettingsOrganizationParentMutationVariables>;
export const SettingsProfileDocument = new TypedDocumentString(`
    query SettingsProfile($organizationId: ID!, $finance: Boolean!) {
  organization(id: $organizationId) {
    id
    name
    status
    logoUrl
    timezone
    country
    paymentTermsDays @include(if: $finance)
    billingEmail @include(if: $finance)
    legalName @include(if: $finance)
    gstin @include(if: $finance)
    panLast4 @include(if: $finance)
    msmeUdyam @include(if: $finance)
    registeredAddress @include(if: $finance) {
      line1
      line2
      city
      stateCode
      postalCode
      country
    }
  }
}
    `) as unknown as TypedDocumentString<SettingsProfileQuery, SettingsProfileQueryVariables>;
export const UpdateOrganizationProfileDocument = new TypedDocumentString(`
    mutation UpdateOrganizationProfile($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) {
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
    `) as unknown as TypedDocumentString<UpdateOrganizationProfileMutation, UpdateOrganizationProfileMutationVariables>;
export const SettingsSsoDocument = new TypedDocumentString(`
    query SettingsSso($organizationId: ID!) {
  organization(id: $organizationId) {
    id
    ssoConnections {
      ...SettingsSsoConnection
    }
  }
}
    fragment SettingsSsoConnection on SsoConnection {
  id
  kind
  name
  enabled
  enforceSso
  autoJoin
  defaultRoleForAutoJoin
  saml {
    entryPoint
    issuer
    certificateFingerprint
    certificateValidTo
  }
  oidc {
    issuer
    clientId
    scopes
    clientSecretSet
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<SettingsSsoQuery, SettingsSsoQueryVariables>;
export const CreateSsoConnectionDocument = new TypedDocumentString(`
    mutation CreateSsoConnection($input: SsoConnectionInput!) {
  createSsoConnection(input: $input) {
    connection {
      ...SettingsSsoConnection
    }
    userErrors {
      code
      field
      message
    }
  }
}
    fragment SettingsSsoConnection on SsoConnection {
  id
  kind
  name
  enabled
  enforceSso
  autoJoin
  defaultRoleForAutoJoin
  saml {
    entryPoint
    issuer
    certificateFingerprint
    certificateValidTo
  }
  oidc {
    issuer
    clientId
    scopes
    clientSecretSet
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CreateSsoConnectionMutation, CreateSsoConnectionMutationVariables>;
export const UpdateSsoConnectionDocument = new TypedDocumentString(`
    mutation UpdateSsoConnection($connectionId: ID!, $input: SsoConnectionInput!) {
  updateSsoConnection(connectionId: $connectionId, input: $input) {
    connection {
      ...SettingsSsoConnection
    }
    userErrors {
      code
      field
      message
    }
  }
}
    fragment SettingsSsoConnection on SsoConnection {
  id
  kind
  name
  enabled
  enforceSso
  autoJoin
  defaultRoleForAutoJoin
  saml {
    entryPoint
    issuer
    certificateFingerprint
    certificateValidTo
  }
  oidc {
    issuer
    clientId
    scopes
    clientSecretSet
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<UpdateSsoConnectionMutation, UpdateSsoConnectionMutationVariables>;
export const DeleteSsoConnectionDocument = new TypedDocumentString(`
    mutation DeleteSsoConnection($input: SsoConnectionRefInput!) {
  deleteSsoConnection(input: $input) {
    deletedId
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteSsoConnectionMutation, DeleteSsoConnectionMutationVariables>;
export const SettingsWebhooksDocument = new TypedDocumentString(`
    query SettingsWebhooks($organizationId: ID!) {
  webhookEventTypes
  webhookEndpoints(organizationId: $organizationId) {
    ...SettingsWebhookEndpoint
  }
}
    fragment SettingsWebhookEndpoint on WebhookEndpoint {
  id
  url
  description
  eventTypes
  status
  disabledReason
  creatorRole
  secretRotatedAt
  previousSecretExpiresAt
  consecutiveFailures
  failingSince
  lastSuccessAt
  lastFailureAt
  createdAt
}`) as unknown as TypedDocumentString<SettingsWebhooksQuery, SettingsWebhooksQueryVariables>;
export const WebhookDeliveriesDocument = new TypedDocumentString(`
    query WebhookDeliveries($endpointId: ID!, $status: WebhookDeliveryStatus, $first: Int, $after: String) {
  webhookDeliveries(
    endpointId: $endpointId
    status: $status
    first: $first
    after: $after
  ) {
    nodes {
      ...SettingsWebhookDelivery
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment SettingsWebhookDelivery on WebhookDelivery {
  id
  eventId
  eventType
  body
  status
  attempts
  nextAttemptAt
  lastAttemptAt
  lastHttpStatus
  lastLatencyMs
  lastError
  createdAt
  attemptLog {
    attempt
    attemptedAt
    httpStatus
    latencyMs
    error
    outcome
  }
}`) as unknown as TypedDocumentString<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const CreateWebhookEndpointDocument = new TypedDocumentString(`
    mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    endpoint {
      ...SettingsWebhookEndpoint
    }
    secret
    userErrors {
      code
      field
      message
    }
  }
}
    fragment SettingsWebhookEndpoint on WebhookEndpoint {
  id
  url
  description
  eventTypes
  status
  disabledReason
  creatorRole
  secretRotatedAt
  previousSecretExpiresAt
  consecutiveFailures
  failingSince
  lastSuccessAt
  lastFailureAt
  createdAt
}`) as unknown as TypedDocumentString<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>;
export const UpdateWebhookEndpointDocument = new TypedDocumentString(`
    mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
  updateWebhookEndpoint(input: $input) {
    endpoint {
      ...SettingsWebhookEndpoint
    }
    userErrors {
      code
      field
      message
    }
  }
}
    fragment SettingsWebhookEndpoint on WebhookEndpoint {
  id
  url
  description
  eventTypes
  status
  disabledReason
  creatorRole
  secretRotatedAt
  previousSecretExpiresAt
  consecutiveFailures
  failingSince
  lastSuccessAt
  lastFailureAt
  createdAt
}`) as unknown as TypedDocumentString<UpdateWebhookEndpointMutation, UpdateWebhookEndpointMutationVariables>;
export const PauseWebhookEndpointDocument = new TypedDocumentString(`
    mutation PauseWebhookEndpoint($input: WebhookEndpointInput!) {
  pauseWebhookEndpoint(input: $input) {
    endpoint {
      ...SettingsWebhookEndpoint
    }
    userErrors {
      code
      field
      message
    }
  }
}
    fragment SettingsWebhookEndpoint on WebhookEndpoint {
  id
  url
  description
  eventTypes
  status
  disabledReason
  creatorRole
  secretRotatedAt
  previousSecretExpiresAt
  consecutiveFailures
  failingSince
  lastSuccessAt
  lastFailureAt
  createdAt
}`) as unknown as TypedDocumentString<PauseWebhookEndpointMutation, PauseWebhookEndpointMutationVariables>;
export const ResumeWebhookEndpointDocument = new TypedDocumentString(`
    mutation ResumeWebhookEndpoint($input: WebhookEndpointInput!) {
  resumeWebhookEndpoint(input: $input) {
    endpoint {
      ...SettingsWebhookEndpoint
    }
    userErrors {
      code
      field
      message
    }
  }
}
    fragment SettingsWebhookEndpoint on WebhookEndpoint {
  id
  url
  description
  eventTypes
  status
  disabledReason
  creatorRole
  secretRotatedAt
  previousSecretExpiresAt
  consecutiveFailures
  failingSince
  lastSuccessAt
  lastFailureAt
  createdAt
}`) as unknown as TypedDocumentString<ResumeWebhookEndpointMutation, ResumeWebhookEndpointMutationVariables>;
export const RotateWebhookSecretDocument = new TypedDocumentString(`
    mutation RotateWebhookSecret($input: WebhookEndpointInput!) {
  rotateWebhookSecret(input: $input) {
    endpoint {
      ...SettingsWebhookEndpoint
    }
    secret
    userErrors {
      code
      field
      message
    }
  }
}
    fragment SettingsWebhookEndpoint on WebhookEndpoint {
  id
  url
  description
  eventTypes
  status
  disabledReason
  creatorRole
  secretRotatedAt
  previousSecretExpiresAt
  consecutiveFailures
  failingSince
  lastSuccessAt
  lastFailureAt
  createdAt
}`) as unknown as TypedDocumentString<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export const DeleteWebhookEndpointDocument = new TypedDocumentString(`
    mutation DeleteWebhookEndpoint($input: WebhookEndpointInput!) {
  deleteWebhookEndpoint(input: $input) {
    deletedEndpointId
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DeleteWebhookEndpointMutation, DeleteWebhookEndpointMutationVariables>;
export const SendWebhookPingDocument = new TypedDocumentString(`
    mutation SendWebhookPing($input: WebhookEndpointInput!) {
  sendWebhookPing(input: $input) {
    delivery {
      ...SettingsWebhookDelivery
    }
    userErrors {
      code
      field
      message
    }
  }
}
    fragment SettingsWebhookDelivery on WebhookDelivery {
  id
  eventId
  eventType
  body
  status
  attempts
  nextAttemptAt
  lastAttemptAt
  lastHttpStatus
  lastLatencyMs
  lastError
  createdAt
  attemptLog {
    attempt
    attemptedAt
    httpStatus
    latencyMs
    error
    outcome
  }
}`) as unknown as TypedDocumentString<SendWebhookPingMutation, SendWebhookPingMutationVariables>;
export const RedeliverWebhookDocument = new TypedDocumentString(`
    mutation RedeliverWebhook($input: WebhookDeliveryInput!) {
  redeliverWebhook(input: $input) {
    delivery {
      ...SettingsWebhookDelivery
    }
    userErrors {
      code
      field
      message
    }
  }
}
    fragment SettingsWebhookDelivery on WebhookDelivery {
  id
  eventId
  eventType
  body
  status
  attempts
  nextAttemptAt
  lastAttemptAt
  lastHttpStatus
  lastLatencyMs
  lastError
  createdAt
  attemptLog {
    attempt
    attemptedAt
    httpStatus
    latencyMs
    error
    outcome
  }
}`) as unknown as TypedDocumentString<RedeliverWebhookMutation, RedeliverWebhookMutationVariables>;
export const RedeliverFailedWebhooksDocument = new TypedDocumentString(`
    mutation RedeliverFailedWebhooks($input: WebhookEndpointInput!) {
  redeliverFailedWebhooks(input: $input) {
    scheduled
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RedeliverFailedWebhooksMutation, RedeliverFailedWebhooksMutationVariables>;