/**
 * Narrow readers for webhook JSON. Parsers walk untrusted (if signed) input with these and give up
 * with null on the first surprise, rather than trusting a cast.
 */
export type Json = Record<string, unknown>;

export function objectAt(value: unknown, ...path: string[]): Json | null {
  let node: unknown = value;
  for (const key of path) {
    if (!isObject(node)) return null;
    node = node[key];
  }
  return isObject(node) ? node : null;
}

export function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Minor units are whole, non-negative numbers. */
export function amount(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : null;
}

/** Unix seconds → Date; null when absent or not a number. */
export function unixDate(value: unknown): Date | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? new Date(value * 1000) : null;
}

/** Webhook bodies arrive parsed or raw; accept both. */
export function asBody(body: unknown): Json | null {
  if (typeof body !== 'string') return isObject(body) ? body : null;
  try {
    const parsed: unknown = JSON.parse(body);
    return isObject(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
