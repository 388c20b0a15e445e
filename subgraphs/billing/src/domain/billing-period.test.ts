import { lastClosedPeriod, localDatePlusDays, monthStart, periodContaining } from './billing-period.js';

describe('billing periods', () => {
  it('start at local midnight on the 1st', () => {
    expect(monthStart(2026, 12, 'Asia/Kolkata').toISOString()).toBe('2026-11-30T18:30:00.000Z');
    expect(monthStart(2026, 13, 'Asia/Kolkata').toISOString()).toBe('2026-12-31T18:30:00.000Z');
    expect(monthStart(2026, 4, 'America/New_York').toISOString()).toBe('2026-04-01T04:00:00.000Z'); // EDT
    expect(monthStart(2026, 12, 'America/New_York').toISOString()).toBe('2026-12-01T05:00:00.000Z'); // EST
  });

  it('a moment belongs to the month of its own timezone', () => {
    // 30 Nov 20:00 UTC is already 1 December in India
    expect(periodContaining(new Date('2026-11-30T20:00:00Z'), 'Asia/Kolkata')).toMatchObject({ startDate: '2026-12-01', endDate: '2027-01-01' });
    expect(periodContaining(new Date('2026-11-30T20:00:00Z'), 'UTC')).toMatchObject({ startDate: '2026-11-01', endDate: '2026-12-01' });
  });

  it('the last closed period is the month before', () => {
    expect(lastClosedPeriod(new Date('2027-01-05T00:00:00Z'), 'Asia/Kolkata')).toMatchObject({ startDate: '2026-12-01', endDate: '2027-01-01' });
    expect(lastClosedPeriod(new Date('2026-01-01T00:00:00Z'), 'Asia/Kolkata')).toMatchObject({ startDate: '2025-12-01', endDate: '2026-01-01' });
  });

  it('adds days to the local date', () => {
    expect(localDatePlusDays(new Date('2026-11-30T20:00:00Z'), 'Asia/Kolkata', 60)).toBe('2027-01-30');
  });
});
