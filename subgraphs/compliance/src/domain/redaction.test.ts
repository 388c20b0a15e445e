import { changesOf } from './audit-changes.js';
import { isPersonalKey, redact, REDACTED } from './redaction.js';

describe('redaction', () => {
  it('treats keys naming personal data as personal, whatever their case style', () => {
    for (const key of ['email', 'billingEmail', 'legal_name', 'name', 'phoneNumber', 'mobile', 'registeredAddress', 'panLast4', 'gstin', 'ipAddress', 'userAgent', 'username', 'accountNumber', 'dateOfBirth', 'upi-vpa']) {
      expect([key, isPersonalKey(key)]).toEqual([key, true]);
    }
    for (const key of ['userId', 'payerUserId', 'role', 'status', 'mode', 'spendingRoles', 'company', 'shipping', 'domain', 'fields', 'amountMinor', 'creditLimit']) {
      expect([key, isPersonalKey(key)]).toEqual([key, false]);
    }
  });

  it('redacts personal keys deeply and personal-looking strings anywhere, and keeps ids and facts', () => {
    const payload = {
      organizationId: 'org-1',
      userId: 'u-1',
      role: 'OWNER',
      fields: ['name', 'billingEmail'],
      billingEmail: 'finance@acme.test',
      address: { line1: '1 Main St', city: 'Pune' },
      note: 'contact ada@acme.test please',
      tax: { id: 'ABCDE1234F', gst: '27ABCDE1234F1Z5' },
      cleared: null,
    };
    expect(redact(payload)).toEqual({
      organizationId: 'org-1',
      userId: 'u-1',
      role: 'OWNER',
      fields: ['name', 'billingEmail'],
      billingEmail: REDACTED,
      address: REDACTED,
      note: REDACTED,
      tax: { id: REDACTED, gst: REDACTED },
      cleared: null,
    });
    expect(payload.billingEmail).toBe('finance@acme.test'); // a copy, the event is untouched
  });
});

describe('audit changes', () => {
  it('derives before/after from previousX beside x', () => {
    expect(changesOf({ organizationId: 'o', membershipId: 'm', userId: 'u', role: 'MANAGER', previousRole: 'LEARNER' })).toEqual({ role: { before: 'LEARNER', after: 'MANAGER' } });
    expect(changesOf({ organizationId: 'o', status: 'SUSPENDED', previousStatus: 'ACTIVE', reason: null })).toEqual({ status: { before: 'ACTIVE', after: 'SUSPENDED' } });
    expect(changesOf({ payoutAccountId: 'p', status: 'VERIFIED', previousStatus: null })).toEqual({ status: { before: null, after: 'VERIFIED' } });
  });

  it("takes a payload's own changes, redacting personal fields to whether they were set", () => {
    expect(
      changesOf({
        fields: ['mode', 'billingEmail', 'spendingRoles'],
        changes: {
          mode: { before: 'PAY_AS_YOU_GO', after: 'SEAT_PACK' },
          billingEmail: { before: null, after: 'ap@acme.test' },
          spendingRoles: { before: ['OWNER'], after: ['OWNER', 'MANAGER'] },
          note: { before: 'old', after: 'mail ap@acme.test' },
        },
      }),
    ).toEqual({
      mode: { before: 'PAY_AS_YOU_GO', after: 'SEAT_PACK' },
      billingEmail: { before: null, after: REDACTED },
      spendingRoles: { before: ['OWNER'], after: ['OWNER', 'MANAGER'] },
      note: { before: 'old', after: REDACTED },
    });
  });

  it('is null when the event carries no diff', () => {
    expect(changesOf({ organizationId: 'o', fields: ['name'] })).toBeNull();
    expect(changesOf({ status: 'ACTIVE', previousStatus: 'ACTIVE' })).toBeNull();
    expect(changesOf(null)).toBeNull();
  });
});
