/**
 * Monthly billing periods in the org's own timezone: a period runs from local midnight on the 1st
 * to local midnight on the next 1st. Offsets come from Intl, so DST zones are right too.
 */
function offsetMs(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/** The instant of local midnight starting `year`-`month` (1-12; 13 rolls over) in `timeZone`. */
export function monthStart(year: number, month: number, timeZone: string): Date {
  const naive = Date.UTC(year, month - 1, 1);
  // apply the offset twice: the first guess may sit on the other side of a DST change
  const first = naive - offsetMs(new Date(naive), timeZone);
  return new Date(naive - offsetMs(new Date(first), timeZone));
}

export interface BillingPeriod {
  /** Local calendar dates, YYYY-MM-DD (the end is exclusive). */
  startDate: string;
  endDate: string;
  start: Date;
  end: Date;
}

const ymd = (year: number, month: number) => `${year + Math.floor((month - 1) / 12)}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-01`;

/** The month that contains `at`, in `timeZone`. */
export function periodContaining(at: Date, timeZone: string): BillingPeriod {
  const local = new Date(at.getTime() + offsetMs(at, timeZone));
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth() + 1;
  return { startDate: ymd(year, month), endDate: ymd(year, month + 1), start: monthStart(year, month, timeZone), end: monthStart(year, month + 1, timeZone) };
}

/** The last month that has fully ended at `at`: what the monthly job invoices. */
export function lastClosedPeriod(at: Date, timeZone: string): BillingPeriod {
  const current = periodContaining(at, timeZone);
  return periodContaining(new Date(current.start.getTime() - 1), timeZone);
}

/** A local calendar date `days` after the local date of `at`. */
export function localDatePlusDays(at: Date, timeZone: string, days: number): string {
  const local = new Date(at.getTime() + offsetMs(at, timeZone));
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + days)).toISOString().slice(0, 10);
}
