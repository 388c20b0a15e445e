import type { Role } from '@guildhall/roles';
import type { Actor, RequestOrigin } from '../auth/principal.js';

/**
 * Every domain event and its payload: the one shared contract between contexts.
 * Names are `<context>.<entity>.<past tense>` (the organization's own entity drops the repeat).
 * Payloads carry ids and facts, no personal data, so the audit log and webhooks never leak it.
 */
export interface EventPayloads {
  'organization.created': { organizationId: string; name: string; slug: string; ownerUserId: string };
  /** Names the changed fields, never their values. */
  'organization.updated': { organizationId: string; fields: string[] };
  'organization.seats-reconciled': { organizationId: string; recorded: number; actual: number };
  /**
   * What invoicing needs of an org, after a change to any of it. The billing email is an org's
   * finance contact (invoices and reminders go there); this event is neither audited nor webhooked.
   */
  'organization.billing-profile-changed': {
    organizationId: string;
    name: string;
    legalName: string | null;
    gstin: string | null;
    stateCode: string | null;
    country: string;
    timezone: string;
    paymentTermsDays: number;
    billingEmail: string | null;
    address: { line1: string; line2?: string | null; city: string; stateCode?: string | null; postalCode?: string | null; country: string } | null;
  };
  /** Whether the org sponsors learners and hosts experts: billing gates programs, rate cards and contracts on it. */
  'organization.capabilities-changed': { organizationId: string; canSponsor: boolean; canHost: boolean };
  'organization.status-changed': { organizationId: string; status: string; previousStatus: string; reason: string | null };
  'organization.member.added': MemberChange & { source: MemberSource };
  /** `source` is set when the change did not come from an administrator (SCIM, for one). */
  'organization.member.role-changed': MemberChange & { previousRole: Role; source?: MemberSource };
  'organization.member.suspended': MemberChange & { source?: MemberSource };
  'organization.member.reactivated': MemberChange & { source?: MemberSource };
  'organization.member.removed': MemberChange & { source: MemberSource };
  /** An OWNER mapped an IdP group to a role (null: unmapped). */
  'organization.scim-group.role-mapped': { organizationId: string; groupId: string; role: Role | null };
  'organization.invitation.created': InvitationChange;
  'organization.invitation.accepted': InvitationChange;
  'organization.invitation.revoked': InvitationChange;
  'organization.invitation.expired': InvitationChange;
  /** Carries email and name for the contexts that show them (organization's user directory); never audited or sent out. */
  'identity.user.registered': { userId: string; email: string; name: string };
  'identity.session.revoked': { userId: string; sessionId: string };
  'identity.domain.claimed': DomainClaimChange;
  'identity.domain.verified': DomainClaimChange;
  /** A VERIFIED domain whose TXT record was gone at re-verification. */
  'identity.domain.lapsed': DomainClaimChange;
  'identity.domain.removed': DomainClaimChange;
  'identity.sso-connection.changed': { organizationId: string; connectionId: string; kind: 'SAML' | 'OIDC'; change: 'created' | 'updated' | 'deleted' };
  /** A person signed in through an org's OIDC connection (created or linked by verified email). */
  /** `autoJoinRole`: the role the org admits verified-domain users at, when it admits them automatically. */
  'identity.sso.signed-in': { userId: string; organizationId: string; connectionId: string; autoJoinRole: Role | null };
  'identity.credential.issued': CredentialChange;
  'identity.credential.rotated': CredentialChange;
  'identity.credential.revoked': CredentialChange;
  /** A revoked or expired API key or SCIM token was presented. */
  'identity.credential.refused': CredentialChange & { reason: 'revoked' | 'expired' };
  'billing.account.opened': { organizationId: string; billingAccountId: string; mode: string };
  /** Names the changed settings (mode, funding, credit limit, spending roles, PO requirement); `changes`: their values before and after (no personal data among them). */
  'billing.account.changed': { organizationId: string; billingAccountId: string; fields: string[]; mode: string; changes?: FieldChanges };
  /** A wallet drift or unbalanced transaction: spending of the named orgs is frozen until fixed. */
  'billing.ledger.drift-detected': { organizationId: string | null; findings: string[] };
  'billing.payment.created': PaymentChange & { status: string };
  /** Money moved: a card capture settled, or an org-funded purchase was charged. */
  'billing.payment.settled': PaymentChange;
  'billing.payment.failed': PaymentChange & { status: 'FAILED' | 'EXPIRED' };
  'billing.payment.cancelled': PaymentChange & { cancelledBy: 'BUYER' | 'EXPERT'; refundBps: number };
  /** Payouts claw back the payee's earnings by this amount. `adjustment`: owed to the org as a credit note. */
  'billing.payment.refunded': PaymentChange & { refundId: string; refundMinor: number; source: string; adjustment: boolean };
  'billing.dispute.changed': { organizationId: string | null; disputeId: string; paymentId: string; payeeId: string | null; status: string; amountMinor: number; currency: string; evidenceDueBy: string | null };
  'billing.invoice.issued': InvoiceChange & { number: string; totalMinor: number; dueDate: string };
  'billing.invoice.paid': InvoiceChange & { number: string };
  'billing.invoice.overdue': InvoiceChange & { number: string; dueDate: string };
  'billing.credit-note.issued': InvoiceChange & { creditNoteId: string; number: string; refundId: string; totalMinor: number; settlement: string };
  'billing.purchase-order.changed': { organizationId: string; purchaseOrderId: string; number: string; status: string; change: 'created' | 'drawn' | 'restored' | 'voided' | 'cancelled' };
  'billing.program.changed': { organizationId: string; programId: string; type: string; status: string; change: 'created' | 'updated' | 'paused' | 'resumed' | 'cancelled' };
  'billing.program.assigned': ProgramAssignmentChange;
  'billing.program.unassigned': ProgramAssignmentChange & { reason: string };
  /** A rate card was created, archived or made the default, or one of its prices changed (from `effectiveFrom`). */
  'billing.rate-card.changed': { organizationId: string; rateCardId: string; change: 'created' | 'price-set' | 'default-set' | 'archived'; kind: string | null; effectiveFrom: string | null };
  /** Recorded once for each party (`organizationId`), so each sees it in its own audit log and webhooks. */
  'billing.contract.proposed': ContractChange;
  'billing.contract.signed': ContractChange;
  'billing.contract.rejected': ContractChange;
  'billing.contract.terminated': ContractChange;
  /** What a refund took back from a payee's balance (their share of it). */
  'payouts.clawback.recorded': PayeeRef & { paymentId: string; refundId: string; amountMinor: number; currency: string };
  'payouts.batch.created': { organizationId: null; batchId: string; period: string; trigger: string; payouts: number };
  'payouts.payout.completed': PayoutChange;
  'payouts.payout.failed': PayoutChange & { reason: string | null };
  /** The bank sent a completed payout back: its earnings return to the payee's balance. */
  'payouts.payout.reversed': PayoutChange & { reason: string | null };
  /** A payee's tax profile was set: names the changed fields, never their values (no PAN, no residency). */
  'payouts.tax-profile.changed': PayeeRef & { fields: string[] };
  /** A MICRO or SMALL payee has unpaid earnings whose MSME Act deadline (YYYY-MM-DD, IST) is days away; once per payee and deadline. */
  'payouts.msme-deadline-approaching': PayeeRef & { deadline: string; earnings: number; outstanding: { amountMinor: number; currency: string }[] };
  /**
   * A payee's payout account was linked, replaced by a newer one (DISABLED), or its provider changed its
   * status (verified, rejected). Ids and statuses only: never the destination, masked or not.
   */
  'payouts.account.changed': PayeeRef & { payoutAccountId: string; provider: string; status: string; previousStatus: string | null; change: 'linked' | 'replaced' | 'status-changed' };
  /** DPDP §12: a person asked to be erased (one open request at a time). */
  'compliance.erasure.requested': ErasureChange;
  /** A platform admin approved it: the saga starts; each context erases what it holds of `userId`. */
  'compliance.erasure.approved': ErasureChange & { pseudonymId: string };
  'compliance.erasure.rejected': ErasureChange & { reason: string };
  'compliance.erasure.completed': ErasureChange & { pseudonymId: string };
  /** An open request is close to its 30-day deadline. */
  'compliance.erasure.sla-warning': ErasureChange & { dueBy: string };
  /** Identity replaced the person's data; `userId` stays as the key of their records, now pseudonymous. */
  'identity.user.erased': { organizationId: null; userId: string; pseudonymId: string };
  /**
   * Organization erased what it kept of the person (memberships ERASED with their seats, user directory,
   * invitations to their email, SCIM profiles). `ownerlessOrganizationIds`: orgs left without an ACTIVE
   * OWNER, for a platform admin to appoint one (`appointOrganizationOwner`).
   */
  'organization.user.erased': { organizationId: null; userId: string; pseudonymId: string; memberships: number; ownerlessOrganizationIds: string[] };
  /** DPDP §11: an org's data export was asked for; each context adds its section. */
  'compliance.data-export.requested': DataExportChange;
  'compliance.data-export.ready': DataExportChange;
  'compliance.data-export.failed': DataExportChange & { reason: string };
  'compliance.data-export.downloaded': DataExportChange;
  /** A context wrote its part of an export (`section`, `rows`) to the export store. */
  'organization.data-export.section-ready': DataExportSection;
  'billing.data-export.section-ready': DataExportSection;
  'payouts.data-export.section-ready': DataExportSection;
  'compliance.webhook-endpoint.changed': { organizationId: string; endpointId: string; change: 'created' | 'updated' | 'paused' | 'resumed' | 'disabled' | 'deleted' | 'secret-rotated' };
  /** A delivery exhausted its retries (dead letter), or failed permanently. */
  'compliance.webhook-delivery.failed': { organizationId: string; endpointId: string; deliveryId: string; eventType: string; attempts: number };
  /** One summary per org and retention run: how many entries of each category were deleted. */
  'compliance.audit.pruned': { organizationId: string | null; deleted: Record<string, number>; olderThan: Record<string, string> };
  'compliance.audit-log.exported': { organizationId: string; rows: number };
  'compliance.maintenance-window.changed': { organizationId: string | null; windowId: string; change: 'scheduled' | 'updated' | 'cancelled' };
  'compliance.audit-entry.recorded': { auditEntryId: string; organizationId: string | null; action: string; category: string };
}

export interface ProgramAssignmentChange {
  organizationId: string;
  programId: string;
  assignmentId: string;
  userId: string;
}
export interface ContractChange {
  organizationId: string;
  contractId: string;
  sponsorOrganizationId: string;
  hostOrganizationId: string;
  version: number;
}
/** `organizationId` is the org payee's id, null for an expert paid as a person. */
export interface PayeeRef {
  organizationId: string | null;
  payeeKind: 'ORGANIZATION' | 'USER';
  payeeId: string;
}
export interface PayoutChange extends PayeeRef {
  payoutId: string;
  batchId: string;
  grossMinor: number;
  tdsMinor: number;
  netMinor: number;
  currency: string;
}
export interface ErasureChange {
  organizationId: null;
  requestId: string;
  userId: string;
}
export interface DataExportChange {
  organizationId: string;
  exportId: string;
}
export interface DataExportSection extends DataExportChange {
  section: string;
  rows: number;
}
/** A change's values, by field: what the audit log shows as its before/after diff. Settings only, never personal data. */
export type FieldValue = string | number | boolean | null | string[];
export type FieldChanges = Record<string, { before: FieldValue; after: FieldValue }>;
export interface InvoiceChange {
  organizationId: string;
  invoiceId: string;
  amountDueMinor: number;
  currency: string;
}
/** Ids and amounts only: who paid is a user id, never a name or card detail. */
export interface PaymentChange {
  organizationId: string | null;
  paymentId: string;
  payerUserId: string;
  payeeId: string | null;
  purpose: string;
  funding: string;
  amountMinor: number;
  currency: string;
  /** A purchase's booking as snapshotted at checkout: what payouts pays from. Null for top-ups and invoice payments. */
  booking?: BookedSplit | null;
}
export interface BookedSplit {
  kind: string | null;
  hostOrganizationId: string | null;
  /** When the service starts: holds run from the later of this and the capture. */
  startsAt: string | null;
  platformMinor: number;
  hostMinor: number;
  expertMinor: number;
}
export type MemberSource = 'organization.created' | 'invitation' | 'direct' | 'scim' | 'sso' | 'seed' | 'dpdp_erasure';
export interface CredentialChange {
  organizationId: string;
  credentialId: string;
  kind: 'API_KEY' | 'SCIM_TOKEN';
}
export interface MemberChange {
  organizationId: string;
  membershipId: string;
  userId: string;
  role: Role;
}
/** No email: who was invited is personal data and stays in the organization context. */
export interface InvitationChange {
  organizationId: string;
  invitationId: string;
  role: Role;
}
/** A domain name is not personal data: it names the organization's domain, not a person. */
export interface DomainClaimChange {
  organizationId: string;
  claimId: string;
  domain: string;
}
export type EventType = keyof EventPayloads;

export interface DomainEvent<T extends EventType = EventType> {
  id: string;
  type: T;
  /** The subgraph whose outbox recorded it. */
  source: string;
  organizationId: string | null;
  aggregateId: string;
  actor: Actor;
  origin: RequestOrigin | null;
  payload: EventPayloads[T];
  occurredAt: string;
}

/** What travels on the live channel to gateways: ids only; subscribers re-resolve the rest. */
export interface LiveEvent {
  id: string;
  type: EventType;
  organizationId: string | null;
  aggregateId: string;
  /** The user the event is about, when there is one (membership and session changes). */
  userId: string | null;
}

export const LIVE_CHANNEL = 'guildhall_live';
export const OUTBOX_CHANNEL = 'guildhall_outbox';

export function toLiveEvent(event: DomainEvent): LiveEvent {
  const payload = event.payload as { userId?: unknown };
  return {
    id: event.id,
    type: event.type,
    organizationId: event.organizationId,
    aggregateId: event.aggregateId,
    userId: typeof payload.userId === 'string' ? payload.userId : null,
  };
}
