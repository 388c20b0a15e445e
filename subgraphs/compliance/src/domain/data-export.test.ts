import { nextExportAllowedAt } from './data-export.js';

describe('data export cooldown', () => {
  const now = new Date('2026-12-01T12:00:00Z');
  it('allows one export per org per 24 hours, and another at once after a failure', () => {
    expect(nextExportAllowedAt(null, null, now)).toBeNull();
    expect(nextExportAllowedAt(new Date('2026-12-01T00:00:00Z'), 'READY', now)).toEqual(new Date('2026-12-02T00:00:00Z'));
    expect(nextExportAllowedAt(new Date('2026-11-30T11:59:59Z'), 'READY', now)).toBeNull();
    expect(nextExportAllowedAt(new Date('2026-12-01T11:00:00Z'), 'FAILED', now)).toBeNull();
  });
});
