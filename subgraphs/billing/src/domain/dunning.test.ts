import { pastGrace, reminderDue } from './dunning.js';

const now = new Date('2026-12-10T06:00:00Z');
const base = { dueDate: '2026-12-10', remindersSent: 0, lastReminderAt: null, now };

describe('dunning', () => {
  it('reminds once, three days before the due date', () => {
    expect(reminderDue({ ...base, today: '2026-12-06' })).toBeNull();
    expect(reminderDue({ ...base, today: '2026-12-07' })).toBe('BEFORE_DUE');
    expect(reminderDue({ ...base, today: '2026-12-08', remindersSent: 1, lastReminderAt: now })).toBeNull();
  });
  it('then up to three times after it, a week apart', () => {
    expect(reminderDue({ ...base, today: '2026-12-11', remindersSent: 1, lastReminderAt: new Date('2026-12-07T06:00:00Z') })).toBeNull();
    expect(reminderDue({ ...base, today: '2026-12-15', remindersSent: 1, lastReminderAt: new Date('2026-12-03T06:00:00Z') })).toBe('OVERDUE');
    expect(reminderDue({ ...base, today: '2027-01-20', remindersSent: 4, lastReminderAt: new Date('2026-12-31T06:00:00Z') })).toBeNull();
  });
  it('knows when the grace period is over', () => {
    expect(pastGrace('2026-12-10', '2026-12-25', 15)).toBe(false);
    expect(pastGrace('2026-12-10', '2026-12-26', 15)).toBe(true);
  });
});
