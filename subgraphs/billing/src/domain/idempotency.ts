import { createHash } from 'node:crypto';

/** A client's idempotency key: 8–128 characters of letters, digits and `-_.:` (UUIDs fit). */
export const isIdempotencyKey = (value: string): boolean => /^[A-Za-z0-9_.:-]{8,128}$/.test(value);

/** The same request, whatever the order of its fields, hashes the same. */
export function requestHash(input: unknown): string {
  return createHash('sha256').update(stableJson(input)).digest('hex');
}

function stableJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value instanceof Date ? value.toISOString() : value);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined && v !== null);
  return `{${entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
}
