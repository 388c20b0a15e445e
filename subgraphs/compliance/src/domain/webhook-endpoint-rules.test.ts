import { checkDescription, checkEventTypes, disableReason, statusTransition } from './webhook-endpoint-rules.js';

const now = new Date('2026-12-10T10:00:00Z');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);

describe('webhook endpoint rules', () => {
  it('keeps each known event type once, in the public order', () => {
    expect(checkEventTypes(['invoice.paid', 'member.added', 'invoice.paid'], ['input', 'eventTypes'])).toEqual({ ok: true, value: ['member.added', 'invoice.paid'] });
  });

  it('refuses an empty list and names each unknown type', () => {
    const empty = checkEventTypes([], ['input', 'eventTypes']);
    expect(!empty.ok && empty.errors.map((e) => [e.code, e.field])).toEqual([['BAD_USER_INPUT', ['input', 'eventTypes']]]);
    const unknown = checkEventTypes(['member.added', 'member.exploded', 'identity.user.registered'], ['input', 'eventTypes']);
    expect(!unknown.ok && unknown.errors.map((e) => e.field)).toEqual([['input', 'eventTypes', '1'], ['input', 'eventTypes', '2']]);
  });

  it('keeps descriptions short', () => {
    expect(checkDescription('  Ledger sync  ', ['d'])).toEqual({ ok: true, value: 'Ledger sync' });
    expect(checkDescription('   ', ['d'])).toEqual({ ok: true, value: null });
    expect(checkDescription('x'.repeat(201), ['d']).ok).toBe(false);
  });

  it('disables after 3 days of nothing but failures, or 25 permanent failures in a row', () => {
    expect(disableReason({ failingSince: null, consecutivePermanentFailures: 0 }, now)).toBeNull();
    expect(disableReason({ failingSince: hoursAgo(71), consecutivePermanentFailures: 24 }, now)).toBeNull();
    expect(disableReason({ failingSince: hoursAgo(72), consecutivePermanentFailures: 0 }, now)).toContain('3 days');
    expect(disableReason({ failingSince: hoursAgo(1), consecutivePermanentFailures: 25 }, now)).toContain('25 deliveries');
  });

  it('pauses only what is not disabled, resumes anything, and a repeat changes nothing', () => {
    expect(statusTransition('ACTIVE', 'paused')).toEqual({ ok: true, to: 'PAUSED', changed: true });
    expect(statusTransition('PAUSED', 'paused')).toEqual({ ok: true, to: 'PAUSED', changed: false });
    expect(statusTransition('DISABLED', 'paused')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(statusTransition('PAUSED', 'resumed')).toEqual({ ok: true, to: 'ACTIVE', changed: true });
    expect(statusTransition('DISABLED', 'resumed')).toEqual({ ok: true, to: 'ACTIVE', changed: true });
    expect(statusTransition('ACTIVE', 'resumed')).toEqual({ ok: true, to: 'ACTIVE', changed: false });
  });
});
