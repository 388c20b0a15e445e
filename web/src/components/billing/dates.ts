import { formatDate } from '../../lib/format';

/** An invoice period [start, end) as the month(s) it covers. */
export function formatPeriod(start: string, end: string): string {
  const month = (ymd: string) => new Intl.DateTimeFormat('en-IN', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${ymd}T00:00:00Z`));
  const last = new Date(Date.parse(`${end}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return month(start) === month(last) ? month(start) : `${formatDate(start)} – ${formatDate(last)}`;
}

/** Today in the browser's calendar, as the date inputs want it. */
export function todayYmd(offsetDays = 0): string {
  const now = new Date();
  now.setDate(now.getDate() + offsetDays);
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
