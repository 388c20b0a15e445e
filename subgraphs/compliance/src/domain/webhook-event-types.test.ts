import { AUDITED_EVENTS } from './audit-catalog.js';
import { WEBHOOK_EVENT_MAP, WEBHOOK_EVENT_TYPES, webhookBody, webhookDomainEventTypes, webhookTypeOf } from './webhook-event-types.js';

describe('webhook event types', () => {
  it('maps domain events to the public types of the issue', () => {
    expect(webhookTypeOf('organization.member.added')).toBe('member.added');
    expect(webhookTypeOf('organization.member.removed')).toBe('member.removed');
    expect(webhookTypeOf('billing.invoice.issued')).toBe('invoice.issued');
    expect(webhookTypeOf('billing.invoice.paid')).toBe('invoice.paid');
    expect(webhookTypeOf('payouts.payout.completed')).toBe('payout.completed');
    expect(webhookTypeOf('payouts.payout.failed')).toBe('payout.failed');
    expect(webhookTypeOf('billing.program.assigned')).toBe('program.assigned');
    expect(webhookTypeOf('billing.contract.signed')).toBe('contract.signed');
  });

  it('never sends events that carry personal data or are internal', () => {
    for (const type of ['identity.user.registered', 'organization.billing-profile-changed', 'identity.session.revoked', 'compliance.audit-entry.recorded', 'compliance.webhook-delivery.failed']) {
      expect(webhookTypeOf(type)).toBeNull();
    }
  });

  it('has one public name per domain event, each also audited', () => {
    expect(new Set(WEBHOOK_EVENT_TYPES).size).toBe(webhookDomainEventTypes.length);
    for (const type of webhookDomainEventTypes) expect(AUDITED_EVENTS[type]).toBeDefined();
    expect(Object.keys(WEBHOOK_EVENT_MAP)).toEqual(webhookDomainEventTypes);
  });

  it('makes the body from the event: its id, the public type, when it happened, its payload', () => {
    const payload = { organizationId: 'o1', membershipId: 'm1', userId: 'u1', role: 'LEARNER', source: 'dpdp_erasure' };
    expect(webhookBody({ id: 'e1', occurredAt: '2026-12-01T10:00:00.000Z', payload }, 'member.removed')).toEqual({ id: 'e1', type: 'member.removed', createdAt: '2026-12-01T10:00:00.000Z', data: payload });
  });
});
