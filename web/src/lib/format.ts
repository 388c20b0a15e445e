/** Money travels as integer minor units; only the screen turns it into a decimal amount. */
export function formatMoney(minor: number, currency = 'INR'): string {
  const digits = new Intl.NumberFormat('en-IN', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return new Intl.NumberFormat('en-IN', { style: 'currency', currency }).format(minor / 10 ** digits);
}

/** A decimal amount typed by a person, in minor units; null when it is not one. */
export function parseMoney(text: string, currency = 'INR'): number | null {
  const digits = new Intl.NumberFormat('en-IN', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  const cleaned = text.replace(/[,\s]/g, '');
  if (!new RegExp(`^\\d+(\\.\\d{1,${digits}})?$`).test(cleaned)) return null;
  const [whole, fraction = ''] = cleaned.split('.');
  return Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
}

/**
 * An instant in the browser's time zone; a calendar date (YYYY-MM-DD: due dates, periods) as written,
 * since reading it as midnight UTC would show the previous day west of Greenwich.
 */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return new Intl.DateTimeFormat('en-IN', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  return new Intl.DateTimeFormat('en-IN', { dateStyle: 'medium' }).format(new Date(iso));
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat('en-IN', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** ROLE_NAME → "Role name", for enums shown to people. */
export const humanize = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ');
