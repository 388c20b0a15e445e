import { ALERT_DAYS_BEFORE, dueForAlert, msmeDeadline } from './msme.js';

describe('MSME deadlines', () => {
  it('gives micro and small enterprises 15 days, or 45 with a written agreement', () => {
    expect(msmeDeadline('MICRO', false, '2026-12-01')).toBe('2026-12-16');
    expect(msmeDeadline('SMALL', false, '2026-12-01')).toBe('2026-12-16');
    expect(msmeDeadline('MICRO', true, '2026-12-01')).toBe('2027-01-15');
    expect(msmeDeadline('SMALL', true, '2026-12-01')).toBe('2027-01-15');
  });

  it('protects nobody else', () => {
    expect(msmeDeadline('MEDIUM', false, '2026-12-01')).toBeNull();
    expect(msmeDeadline('MEDIUM', true, '2026-12-01')).toBeNull();
    expect(msmeDeadline('NONE', true, '2026-12-01')).toBeNull();
  });

  it('counts calendar days across month ends, leap days and years', () => {
    expect(msmeDeadline('MICRO', false, '2028-02-20')).toBe('2028-03-06'); // 2028 is a leap year
    expect(msmeDeadline('MICRO', false, '2027-02-20')).toBe('2027-03-07');
    expect(msmeDeadline('SMALL', false, '2026-12-25')).toBe('2027-01-09');
    expect(msmeDeadline('SMALL', true, '2028-01-31')).toBe('2028-03-16');
  });
});

describe('alert window', () => {
  const deadline = '2026-12-16';

  it(`opens ${ALERT_DAYS_BEFORE} days before the deadline and closes on it`, () => {
    expect(ALERT_DAYS_BEFORE).toBe(5);
    expect(dueForAlert(deadline, '2026-12-10')).toBe(false);
    expect(dueForAlert(deadline, '2026-12-11')).toBe(true);
    expect(dueForAlert(deadline, '2026-12-15')).toBe(true);
    expect(dueForAlert(deadline, '2026-12-16')).toBe(true);
  });

  it('is over once the deadline has passed (overdue, not approaching)', () => {
    expect(dueForAlert(deadline, '2026-12-17')).toBe(false);
    expect(dueForAlert(deadline, '2027-01-01')).toBe(false);
  });

  it('opens across a month and year boundary', () => {
    expect(dueForAlert('2027-01-03', '2026-12-29')).toBe(true);
    expect(dueForAlert('2027-01-03', '2026-12-28')).toBe(false);
    expect(dueForAlert('2028-03-02', '2028-02-26')).toBe(true); // 29 Feb counts as a day
    expect(dueForAlert('2028-03-02', '2028-02-25')).toBe(false);
  });
});
