import { can, canManageBilling, canReadAuditCategory, highestRole, ROLES, ROLE_RANK } from './index.js';

const active = (role: (typeof ROLES)[number]) => ({ role, status: 'ACTIVE' as const });

describe('roles', () => {
  it('ranks the seven roles as the domain settled', () => {
    expect(ROLES.map((r) => ROLE_RANK[r])).toEqual([100, 80, 70, 60, 40, 30, 20]);
  });

  it('refuses billing to a MAINTAINER although it outranks BILLING_ADMIN', () => {
    expect(ROLE_RANK.MAINTAINER).toBeGreaterThan(ROLE_RANK.BILLING_ADMIN);
    expect(canManageBilling(active('MAINTAINER'))).toBe(false);
    expect(canManageBilling(active('BILLING_ADMIN'))).toBe(true);
    expect(canManageBilling(active('OWNER'))).toBe(true);
  });

  it('lets nothing act through a membership that is not ACTIVE', () => {
    for (const status of ['PENDING', 'SUSPENDED', 'REMOVED', 'ERASED'] as const) {
      expect(can({ role: 'OWNER', status }, 'organization.read')).toBe(false);
    }
    expect(can(undefined, 'organization.read')).toBe(false);
  });

  it('shows money audit rows to finance roles and operations rows to the ops group', () => {
    expect(canReadAuditCategory(active('BILLING_ADMIN'), 'INVOICE')).toBe(true);
    expect(canReadAuditCategory(active('BILLING_ADMIN'), 'MEMBER')).toBe(false);
    expect(canReadAuditCategory(active('SUPPORT'), 'MEMBER')).toBe(true);
    expect(canReadAuditCategory(active('SUPPORT'), 'PAYOUT')).toBe(false);
    expect(canReadAuditCategory(active('LEARNER'), 'MEMBER')).toBe(false);
  });

  it('picks the highest-ranked role of a set', () => {
    expect(highestRole(['LEARNER', 'MANAGER', 'EXPERT'])).toBe('MANAGER');
    expect(highestRole([])).toBeUndefined();
  });
});
