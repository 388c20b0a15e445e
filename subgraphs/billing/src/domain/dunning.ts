/**
 * Reminders of an unpaid invoice: one 3 days before the due date, then up to 3 after it, 7 days
 * apart. An org whose invoice is overdue beyond the grace period cannot run up more invoice charges.
 */
export type ReminderKind = 'BEFORE_DUE' | 'OVERDUE';
export const REMINDER_LEAD_DAYS = 3;
export const OVERDUE_REMINDERS = 3;
export const REMINDER_INTERVAL_DAYS = 7;

const DAY = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);

export function reminderDue(facts: { today: string; dueDate: string; remindersSent: number; lastReminderAt: Date | null; now: Date }): ReminderKind | null {
  const daysToDue = daysBetween(facts.today, facts.dueDate);
  if (daysToDue >= 0) return daysToDue <= REMINDER_LEAD_DAYS && facts.remindersSent === 0 ? 'BEFORE_DUE' : null;
  // at most one before and three after
  if (facts.remindersSent >= OVERDUE_REMINDERS + 1) return null;
  if (facts.lastReminderAt && facts.now.getTime() - facts.lastReminderAt.getTime() < REMINDER_INTERVAL_DAYS * DAY) return null;
  return 'OVERDUE';
}

/** Past the due date by more than the grace period: new invoiced checkouts are refused. */
export const pastGrace = (dueDate: string, today: string, graceDays: number) => daysBetween(dueDate, today) > graceDays;

export function dunningReminder(kind: ReminderKind, invoice: { number: string; dueDate: string; outstanding: string; organizationName: string; dashboardUrl: string }) {
  const subject = kind === 'BEFORE_DUE' ? `Invoice ${invoice.number} is due on ${invoice.dueDate}` : `Invoice ${invoice.number} is overdue`;
  const text = [
    `Hello ${invoice.organizationName},`,
    '',
    kind === 'BEFORE_DUE'
      ? `Invoice ${invoice.number} (${invoice.outstanding} outstanding) is due on ${invoice.dueDate}.`
      : `Invoice ${invoice.number} was due on ${invoice.dueDate} and ${invoice.outstanding} is still outstanding. New purchases charged to your invoice pause if it stays unpaid past the grace period.`,
    '',
    `Pay it or download it from your billing page: ${invoice.dashboardUrl}`,
  ].join('\n');
  return { subject, text };
}
