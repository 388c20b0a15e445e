import type { EventType } from '@guildhall/kernel';

/** The audit categories; money categories are shown only to finance roles (see @guildhall/roles). */
export const AUDIT_CATEGORIES = ['INVOICE', 'PAYOUT', 'WALLET', 'CONTRACT', 'CONSENT', 'MEMBER', 'SETTINGS', 'CATALOG', 'SYSTEM', 'PROGRAM', 'WEBHOOK'] as const;
export type AuditCategory = (typeof AUDIT_CATEGORIES)[number];

/** Retention per category: 7 years for financial and consent records, 2 for the rest. */
export const RETENTION_YEARS: Readonly<Record<AuditCategory, number>> = {
  INVOICE: 7, PAYOUT: 7, WALLET: 7, CONTRACT: 7, CONSENT: 7,
  MEMBER: 2, SETTINGS: 2, CATALOG: 2, SYSTEM: 2, PROGRAM: 2, WEBHOOK: 2,
};

export interface AuditMapping {
  category: AuditCategory;
  action: string;
  targetType: string;
}

/** Which domain events are audited, and as what. One catalog; an event not listed is not audited. */
export const AUDITED_EVENTS: Partial<Record<EventType, AuditMapping>> = {
  'organization.created': { category: 'SETTINGS', action: 'ORGANIZATION_CREATED', targetType: 'ORGANIZATION' },
  'organization.updated': { category: 'SETTINGS', action: 'ORGANIZATION_UPDATED', targetType: 'ORGANIZATION' },
  'organization.seats-reconciled': { category: 'SYSTEM', action: 'SEATS_RECONCILED', targetType: 'ORGANIZATION' },
  'organization.status-changed': { category: 'SETTINGS', action: 'ORGANIZATION_STATUS_CHANGED', targetType: 'ORGANIZATION' },
  'organization.member.added': { category: 'MEMBER', action: 'MEMBER_ADDED', targetType: 'MEMBERSHIP' },
  'organization.member.role-changed': { category: 'MEMBER', action: 'ROLE_CHANGED', targetType: 'MEMBERSHIP' },
  'organization.member.suspended': { category: 'MEMBER', action: 'MEMBER_SUSPENDED', targetType: 'MEMBERSHIP' },
  'organization.member.reactivated': { category: 'MEMBER', action: 'MEMBER_REACTIVATED', targetType: 'MEMBERSHIP' },
  'organization.member.removed': { category: 'MEMBER', action: 'MEMBER_REMOVED', targetType: 'MEMBERSHIP' },
  'organization.invitation.created': { category: 'MEMBER', action: 'INVITE_SENT', targetType: 'INVITATION' },
  'organization.invitation.accepted': { category: 'MEMBER', action: 'INVITE_ACCEPTED', targetType: 'INVITATION' },
  'organization.invitation.revoked': { category: 'MEMBER', action: 'INVITE_REVOKED', targetType: 'INVITATION' },
  'organization.invitation.expired': { category: 'MEMBER', action: 'INVITE_EXPIRED', targetType: 'INVITATION' },
  'organization.scim-group.role-mapped': { category: 'SETTINGS', action: 'SCIM_GROUP_ROLE_MAPPED', targetType: 'SCIM_GROUP' },
  'identity.sso-connection.changed': { category: 'SETTINGS', action: 'SSO_CONNECTION_CHANGED', targetType: 'SSO_CONNECTION' },
  'identity.sso.signed-in': { category: 'MEMBER', action: 'SSO_SIGNED_IN', targetType: 'USER' },
  'identity.credential.issued': { category: 'SETTINGS', action: 'CREDENTIAL_ISSUED', targetType: 'CREDENTIAL' },
  'identity.credential.rotated': { category: 'SETTINGS', action: 'CREDENTIAL_ROTATED', targetType: 'CREDENTIAL' },
  'identity.credential.revoked': { category: 'SETTINGS', action: 'CREDENTIAL_REVOKED', targetType: 'CREDENTIAL' },
  'identity.credential.refused': { category: 'SETTINGS', action: 'CREDENTIAL_USE_REFUSED', targetType: 'CREDENTIAL' },
  'billing.account.opened': { category: 'WALLET', action: 'BILLING_ACCOUNT_OPENED', targetType: 'BILLING_ACCOUNT' },
  'billing.account.changed': { category: 'SETTINGS', action: 'FUNDING_SOURCE_CHANGED', targetType: 'BILLING_ACCOUNT' },
  'billing.ledger.drift-detected': { category: 'SYSTEM', action: 'LEDGER_DRIFT_DETECTED', targetType: 'LEDGER' },
  'billing.payment.settled': { category: 'WALLET', action: 'PAYMENT_SETTLED', targetType: 'PAYMENT' },
  'billing.payment.cancelled': { category: 'WALLET', action: 'PURCHASE_CANCELLED', targetType: 'PAYMENT' },
  'billing.payment.refunded': { category: 'WALLET', action: 'PAYMENT_REFUNDED', targetType: 'PAYMENT' },
  'billing.dispute.changed': { category: 'WALLET', action: 'DISPUTE_CHANGED', targetType: 'DISPUTE' },
  'billing.invoice.issued': { category: 'INVOICE', action: 'INVOICE_ISSUED', targetType: 'INVOICE' },
  'billing.invoice.paid': { category: 'INVOICE', action: 'INVOICE_PAID', targetType: 'INVOICE' },
  'billing.invoice.overdue': { category: 'INVOICE', action: 'INVOICE_OVERDUE', targetType: 'INVOICE' },
  'billing.credit-note.issued': { category: 'INVOICE', action: 'CREDIT_NOTE_ISSUED', targetType: 'CREDIT_NOTE' },
  'billing.purchase-order.changed': { category: 'INVOICE', action: 'PURCHASE_ORDER_CHANGED', targetType: 'PURCHASE_ORDER' },
  'organization.capabilities-changed': { category: 'SETTINGS', action: 'CAPABILITIES_CHANGED', targetType: 'ORGANIZATION' },
  'billing.program.changed': { category: 'PROGRAM', action: 'PROGRAM_CHANGED', targetType: 'PROGRAM' },
  'billing.program.assigned': { category: 'PROGRAM', action: 'PROGRAM_ASSIGNED', targetType: 'PROGRAM_ASSIGNMENT' },
  'billing.program.unassigned': { category: 'PROGRAM', action: 'PROGRAM_UNASSIGNED', targetType: 'PROGRAM_ASSIGNMENT' },
  'billing.rate-card.changed': { category: 'CATALOG', action: 'RATE_CARD_CHANGED', targetType: 'RATE_CARD' },
  'billing.contract.proposed': { category: 'CONTRACT', action: 'CONTRACT_PROPOSED', targetType: 'CONTRACT' },
  'billing.contract.signed': { category: 'CONTRACT', action: 'CONTRACT_SIGNED', targetType: 'CONTRACT' },
  'billing.contract.rejected': { category: 'CONTRACT', action: 'CONTRACT_REJECTED', targetType: 'CONTRACT' },
  'billing.contract.terminated': { category: 'CONTRACT', action: 'CONTRACT_TERMINATED', targetType: 'CONTRACT' },
  'payouts.clawback.recorded': { category: 'PAYOUT', action: 'PAYOUT_CLAWBACK', targetType: 'PAYEE' },
  'payouts.batch.created': { category: 'PAYOUT', action: 'PAYOUT_BATCH_CREATED', targetType: 'PAYOUT_BATCH' },
  'payouts.payout.completed': { category: 'PAYOUT', action: 'PAYOUT_COMPLETED', targetType: 'PAYOUT' },
  'payouts.payout.failed': { category: 'PAYOUT', action: 'PAYOUT_FAILED', targetType: 'PAYOUT' },
  'payouts.payout.reversed': { category: 'PAYOUT', action: 'PAYOUT_REVERSED', targetType: 'PAYOUT' },
  'payouts.tax-profile.changed': { category: 'PAYOUT', action: 'PAYEE_TAX_PROFILE_CHANGED', targetType: 'PAYEE' },
  'payouts.msme-deadline-approaching': { category: 'PAYOUT', action: 'MSME_DEADLINE_APPROACHING', targetType: 'PAYEE' },
  'payouts.account.changed': { category: 'PAYOUT', action: 'PAYOUT_ACCOUNT_CHANGED', targetType: 'PAYOUT_ACCOUNT' },
  'identity.domain.claimed': { category: 'SETTINGS', action: 'DOMAIN_CLAIMED', targetType: 'DOMAIN' },
  'identity.domain.verified': { category: 'SETTINGS', action: 'DOMAIN_VERIFIED', targetType: 'DOMAIN' },
  'identity.domain.lapsed': { category: 'SETTINGS', action: 'DOMAIN_VERIFICATION_LAPSED', targetType: 'DOMAIN' },
  'identity.domain.removed': { category: 'SETTINGS', action: 'DOMAIN_REMOVED', targetType: 'DOMAIN' },
  // a failed or expired payment is a money fact finance asks about ("why was I not charged?")
  'billing.payment.failed': { category: 'WALLET', action: 'PAYMENT_FAILED', targetType: 'PAYMENT' },
  // the audit log's own upkeep and the platform's maintenance
  'compliance.audit.pruned': { category: 'SYSTEM', action: 'AUDIT_PRUNED', targetType: 'AUDIT_LOG' },
  'compliance.audit-log.exported': { category: 'SYSTEM', action: 'AUDIT_LOG_EXPORTED', targetType: 'AUDIT_LOG' },
  'compliance.maintenance-window.changed': { category: 'SYSTEM', action: 'MAINTENANCE_WINDOW_CHANGED', targetType: 'MAINTENANCE_WINDOW' },
  // DPDP §12 erasure: the request's life, kept as consent records (ids only; the rejection reason is the admin's)
  'compliance.erasure.requested': { category: 'CONSENT', action: 'ERASURE_REQUESTED', targetType: 'ERASURE_REQUEST' },
  'compliance.erasure.approved': { category: 'CONSENT', action: 'ERASURE_PROCESSED', targetType: 'ERASURE_REQUEST' },
  'compliance.erasure.rejected': { category: 'CONSENT', action: 'ERASURE_REJECTED', targetType: 'ERASURE_REQUEST' },
  'compliance.erasure.completed': { category: 'CONSENT', action: 'ERASURE_COMPLETED', targetType: 'ERASURE_REQUEST' },
  'compliance.erasure.sla-warning': { category: 'CONSENT', action: 'ERASURE_SLA_WARNING', targetType: 'ERASURE_REQUEST' },
  // DPDP §11 data exports: asked for, ready, failed, downloaded
  'compliance.data-export.requested': { category: 'CONSENT', action: 'DATA_EXPORT_REQUESTED', targetType: 'DATA_EXPORT' },
  'compliance.data-export.ready': { category: 'CONSENT', action: 'DATA_EXPORT_READY', targetType: 'DATA_EXPORT' },
  'compliance.data-export.failed': { category: 'CONSENT', action: 'DATA_EXPORT_FAILED', targetType: 'DATA_EXPORT' },
  'compliance.data-export.downloaded': { category: 'CONSENT', action: 'DATA_EXPORT_DOWNLOADED', targetType: 'DATA_EXPORT' },
  // outbound webhooks: endpoint changes (the payload's `change`: created, updated, paused, resumed, disabled, deleted, secret-rotated) and dead letters
  'compliance.webhook-endpoint.changed': { category: 'WEBHOOK', action: 'WEBHOOK_ENDPOINT_CHANGED', targetType: 'WEBHOOK_ENDPOINT' },
  'compliance.webhook-delivery.failed': { category: 'WEBHOOK', action: 'WEBHOOK_DELIVERY_FAILED', targetType: 'WEBHOOK_DELIVERY' },
};

/**
 * Domain events deliberately left out of the audit log, each with the reason. Every event type of the
 * kernel's catalog is in AUDITED_EVENTS or here (audit-catalog.test.ts fails otherwise), so a new
 * event is a decision, never an oversight.
 */
export const NOT_AUDITED: Partial<Record<EventType, string>> = {
  'identity.user.registered': 'carries the person’s email and name (personal data) and concerns no organization; joining an org is audited as MEMBER_ADDED',
  'identity.session.revoked': 'a person’s own sign-out: session housekeeping of no organization',
  'organization.billing-profile-changed': 'carries the billing email and postal address (personal data); the same change is audited as ORGANIZATION_UPDATED, with field names only',
  'billing.payment.created': 'a checkout that has moved no money yet; its outcome (settled, failed, cancelled, refunded) is what is audited',
  'organization.data-export.section-ready': 'an internal step of a data export; the export itself is audited',
  'billing.data-export.section-ready': 'an internal step of a data export; the export itself is audited',
  'payouts.data-export.section-ready': 'an internal step of a data export; the export itself is audited',
  'compliance.audit-entry.recorded': 'announces an audit entry (the live feed); auditing it would record entries about entries forever',
  'identity.user.erased': 'a step of the erasure saga; the request is audited (ERASURE_PROCESSED, ERASURE_COMPLETED) and each membership as MEMBER_REMOVED',
  'organization.user.erased': 'a step of the erasure saga; each membership it ended is audited as MEMBER_REMOVED (source dpdp_erasure), the request as ERASURE_COMPLETED',
};

export const auditedEventTypes = Object.keys(AUDITED_EVENTS) as EventType[];
