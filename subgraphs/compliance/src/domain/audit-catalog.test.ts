import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { canReadAuditCategory } from '@guildhall/roles';
import { AUDITED_EVENTS, AUDIT_CATEGORIES, NOT_AUDITED, RETENTION_YEARS } from './audit-catalog.js';

/** Every event type of the kernel's catalog, read from its source: the keys of `interface EventPayloads`. */
function catalogEventTypes(): string[] {
  const path = new URL('../../../../packages/kernel/src/events/catalog.ts', import.meta.url);
  const source = ts.createSourceFile('catalog.ts', readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const types: string[] = [];
  source.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'EventPayloads') return;
    for (const member of node.members) if (member.name && ts.isStringLiteral(member.name)) types.push(member.name.text);
  });
  return types;
}

describe('audit catalog', () => {
  it('decides every event type of the catalog: audited, or left out with a reason', () => {
    const types = catalogEventTypes();
    expect(types.length).toBeGreaterThan(50);
    const undecided = types.filter((t) => !(t in AUDITED_EVENTS) && !(t in NOT_AUDITED));
    expect(undecided).toEqual([]);
    expect(Object.keys(AUDITED_EVENTS).filter((t) => t in NOT_AUDITED)).toEqual([]);
    // nothing stale: every decision names an event that exists
    expect([...Object.keys(AUDITED_EVENTS), ...Object.keys(NOT_AUDITED)].filter((t) => !types.includes(t))).toEqual([]);
    for (const reason of Object.values(NOT_AUDITED)) expect(reason!.length).toBeGreaterThan(20);
  });

  it('keeps personal-data events and its own announcements out', () => {
    for (const type of ['identity.user.registered', 'organization.billing-profile-changed', 'compliance.audit-entry.recorded', 'billing.data-export.section-ready'] as const) {
      expect(AUDITED_EVENTS[type]).toBeUndefined();
      expect(NOT_AUDITED[type]).toBeDefined();
    }
  });

  it('audits its own upkeep as SYSTEM entries', () => {
    expect(AUDITED_EVENTS['compliance.audit.pruned']).toEqual({ category: 'SYSTEM', action: 'AUDIT_PRUNED', targetType: 'AUDIT_LOG' });
    expect(AUDITED_EVENTS['compliance.audit-log.exported']).toEqual({ category: 'SYSTEM', action: 'AUDIT_LOG_EXPORTED', targetType: 'AUDIT_LOG' });
    expect(AUDITED_EVENTS['compliance.maintenance-window.changed']?.category).toBe('SYSTEM');
    expect(AUDITED_EVENTS['billing.payment.failed']?.category).toBe('WALLET');
  });

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
