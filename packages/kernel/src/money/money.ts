/**
 * Money is an integer count of a currency's minor units (paise, cents) with an ISO 4217 code.
 * Amounts stay within the safe-integer range so JSON, JavaScript and bigint columns agree.
 */
export const SUPPORTED_CURRENCIES = ['INR', 'USD', 'EUR', 'GBP', 'SGD', 'AED', 'AUD', 'CAD'] as const;
export type Currency = (typeof SUPPORTED_CURRENCIES)[number];

export const isCurrency = (value: unknown): value is Currency =>
  typeof value === 'string' && (SUPPORTED_CURRENCIES as readonly string[]).includes(value);

/** A positive amount a payment may carry. */
export const isPositiveMinor = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) > 0;

/** A part of a whole by basis points, floored (the payer is never charged or refunded a fraction up). */
export const applyBps = (amountMinor: number, bps: number): number => Math.floor((amountMinor * bps) / 10_000);

/**
 * `INR 1,23,456.78`: the one way amounts are written (messages, emails, PDFs), in integer arithmetic
 * so no amount is ever rounded by a float, with Indian digit grouping for rupees. The currency code
 * rather than a symbol: the PDF fonts have no ₹. The dashboard formats with Intl itself.
 */
export function formatMoney(amountMinor: number, currency: string): string {
  return `${currency} ${formatAmount(amountMinor, currency)}`;
}

/** `1,23,456.78`: major units, two decimals. */
export function formatAmount(amountMinor: number, currency: string): string {
  if (!Number.isSafeInteger(amountMinor)) throw new Error(`not an amount in minor units: ${amountMinor}`);
  const abs = Math.abs(amountMinor);
  const major = String(Math.trunc(abs / 100));
  const cents = String(abs % 100).padStart(2, '0');
  return `${amountMinor < 0 ? '-' : ''}${groupDigits(major, currency === 'INR')}.${cents}`;
}

/** 1234567 → 12,34,567 (lakh, crore) or 1,234,567. */
function groupDigits(digits: string, indian: boolean): string {
  const last = digits.slice(-3);
  const rest = digits.slice(0, -3);
  if (!rest) return last;
  const size = indian ? 2 : 3;
  const head: string[] = [];
  for (let end = rest.length; end > 0; end -= size) head.unshift(rest.slice(Math.max(0, end - size), end));
  return `${head.join(',')},${last}`;
}
