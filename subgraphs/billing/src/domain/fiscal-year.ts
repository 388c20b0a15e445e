/**
 * India's fiscal year runs April to March, in IST. `26-27` is 1 April 2026 to 31 March 2027.
 */
const IST_OFFSET_MS = 5.5 * 3_600_000;

export function fiscalYearOf(at: Date): string {
  const ist = new Date(at.getTime() + IST_OFFSET_MS);
  const start = ist.getUTCMonth() >= 3 ? ist.getUTCFullYear() : ist.getUTCFullYear() - 1;
  const yy = (n: number) => String(n % 100).padStart(2, '0');
  return `${yy(start)}-${yy(start + 1)}`;
}
