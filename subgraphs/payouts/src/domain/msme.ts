/**
 * MSME Act §15: a MICRO or SMALL enterprise is paid within 15 days of accepting the service, or 45
 * with a written agreement. The platform is alerted ahead of each deadline.
 */
export const MSME_STATUSES = ['MICRO', 'SMALL', 'MEDIUM', 'NONE'] as const;
export type MsmeStatus = (typeof MSME_STATUSES)[number];
export const ALERT_DAYS_BEFORE = 5;

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The statutory last day to pay, or null when the payee is not protected. */
export function msmeDeadline(status: MsmeStatus, writtenAgreement: boolean, earnedOn: string): string | null {
  if (status !== 'MICRO' && status !== 'SMALL') return null;
  return addDays(earnedOn, writtenAgreement ? 45 : 15);
}

/** Whether `today` is within the alert window of a deadline (and not past it: then it is overdue). */
export const dueForAlert = (deadline: string, today: string) => addDays(deadline, -ALERT_DAYS_BEFORE) <= today && today <= deadline;
