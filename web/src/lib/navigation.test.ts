import { ROLES, type Role } from '@guildhall/roles';
import { mayOpen, navFor } from './navigation';

const labels = (role: Role, payouts = true) => navFor({ role, status: 'ACTIVE' }, { payouts }, false).map((item) => item.label);

describe('org navigation', () => {
  it('shows a LEARNER no billing, settings, audit or member administration', () => {
    expect(labels('LEARNER')).toEqual(['Home', 'Members', 'Programs', 'Privacy', 'Demo purchase', 'My purchases']);
  });

  it('shows a BILLING_ADMIN billing (and webhooks in settings) but not invitations', () => {
    const nav = labels('BILLING_ADMIN');
    expect(nav).toEqual(expect.arrayContaining(['Billing', 'Payouts', 'Settings', 'Audit log']));
    expect(nav).not.toContain('Invitations');
  });

  it('shows a MAINTAINER member administration and everything governance reads', () => {
    expect(labels('MAINTAINER')).toEqual(['Home', 'Members', 'Invitations', 'Billing', 'Programs', 'Payouts', 'Settings', 'Audit log', 'Privacy', 'Demo purchase', 'My purchases']);
  });

  it('hides payouts when the graph is composed without them', () => {
    for (const role of ROLES) expect(labels(role, false)).not.toContain('Payouts');
  });

  it('offers nothing to a suspended or missing membership', () => {
    expect(navFor({ role: 'OWNER', status: 'SUSPENDED' }, { payouts: true }, false)).toEqual([]);
    expect(navFor(undefined, { payouts: true }, false)).toEqual([]);
  });

  it('adds the platform console for platform administrators, in either context', () => {
    expect(navFor({ role: 'LEARNER', status: 'ACTIVE' }, { payouts: true }, false, true).at(-1)?.href).toBe('/platform');
    expect(navFor(undefined, { payouts: true }, true, true).at(-1)?.label).toBe('Platform');
    expect(navFor(undefined, { payouts: true }, true).map((item) => item.href)).not.toContain('/platform');
  });

  it('gates a deep link with the same predicate as its navigation entry', () => {
    expect(mayOpen('/billing', { role: 'LEARNER', status: 'ACTIVE' }, { payouts: true }, false)).toBe(false);
    expect(mayOpen('/billing', { role: 'MANAGER', status: 'ACTIVE' }, { payouts: true }, false)).toBe(true);
    expect(mayOpen('/payouts', undefined, { payouts: false }, true)).toBe(false);
  });
});
