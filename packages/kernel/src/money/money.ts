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

/** `₹1,234.50`: for emails and messages; the dashboard formats with Intl itself. */
export function formatMoney(amountMinor: number, currency: string): string {
  return new Intl.NumberFormat('en-IN', { style: 'currency', currency }).format(amountMinor / 100);
}
