import { canReadAuditCategory } from '@guildhall/roles';
import { AUDITED_EVENTS, AUDIT_CATEGORIES, RETENTION_YEARS } from './audit-catalog.js';

describe('audit catalog', () => {
  it('keeps financial and consent categories for 7 years and the rest for 2', () => {
    expect(AUDIT_CATEGORIES.filter((c) => RETENTION_YEARS[c] === 7)).toEqual(['INVOICE', 'PAYOUT', 'WALLET', 'CONTRACT', 'CONSENT']);
  });

  it('audits every invitation event as a MEMBER entry about an INVITATION', () => {
    const types = ['organization.invitation.created', 'organization.invitation.accepted', 'organization.invitation.revoked', 'organization.invitation.expired'] as const;
    expect(types.map((t) => AUDITED_EVENTS[t])).toEqual(
      ['INVITE_SENT', 'INVITE_ACCEPTED', 'INVITE_REVOKED', 'INVITE_EXPIRED'].map((action) => ({ category: 'MEMBER', action, targetType: 'INVITATION' })),
    );
  });

  it('audits domain claims as SETTINGS entries about a DOMAIN', () => {
    const types = ['identity.domain.claimed', 'identity.domain.verified', 'identity.domain.lapsed', 'identity.domain.removed'] as const;
    expect(types.map((t) => AUDITED_EVENTS[t])).toEqual(
      ['DOMAIN_CLAIMED', 'DOMAIN_VERIFIED', 'DOMAIN_VERIFICATION_LAPSED', 'DOMAIN_REMOVED'].map((action) => ({ category: 'SETTINGS', action, targetType: 'DOMAIN' })),
    );
  });

  it('audits programs as PROGRAM entries and contracts as CONTRACT entries shown to money-audit roles only', () => {
    expect(['billing.program.changed', 'billing.program.assigned', 'billing.program.unassigned'].map((t) => AUDITED_EVENTS[t as 'billing.program.changed']!.category)).toEqual(['PROGRAM', 'PROGRAM', 'PROGRAM']);
    const contract = AUDITED_EVENTS['billing.contract.signed']!.category;
    expect(contract).toBe('CONTRACT');
    expect(canReadAuditCategory({ role: 'BILLING_ADMIN', status: 'ACTIVE' }, contract)).toBe(true);
    expect(canReadAuditCategory({ role: 'MANAGER', status: 'ACTIVE' }, contract)).toBe(false);
    expect(canReadAuditCategory({ role: 'MANAGER', status: 'ACTIVE' }, 'PROGRAM')).toBe(true);
  });

  it('never audits its own recorded-entry event', () => {
    expect(AUDITED_EVENTS['compliance.audit-entry.recorded']).toBeUndefined();
  });

  it('shows the billing-account entry to finance roles only', () => {
    const category = AUDITED_EVENTS['billing.account.opened']!.category;
    expect(canReadAuditCategory({ role: 'BILLING_ADMIN', status: 'ACTIVE' }, category)).toBe(true);
    expect(canReadAuditCategory({ role: 'MANAGER', status: 'ACTIVE' }, category)).toBe(false);
  });
});
