import { ScimError } from './scim-errors.js';

/**
 * List responses and their paging (RFC 7644 §3.4.2.4): 1-based `startIndex`, `count` as a page size.
 * Okta pages with count=100 until `totalResults` is reached; Entra ID asks `count=1` after a filter.
 */
export const LIST_RESPONSE_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';

/** The most resources one page holds; also ServiceProviderConfig's `filter.maxResults`. */
export const DEFAULT_MAX_RESULTS = 100;

export interface ListResponse<T> {
  schemas: [typeof LIST_RESPONSE_SCHEMA];
  totalResults: number;
  itemsPerPage: number;
  startIndex: number;
  Resources: T[];
}

export interface ListPage {
  /** 1-based, at least 1. */
  startIndex: number;
  /** At most the configured maximum; 0 asks only for `totalResults`. */
  count: number;
  /** `startIndex - 1`, for the query that fetches the page. */
  offset: number;
}

export type ListQuery = URLSearchParams | Record<string, string | readonly string[] | undefined | null>;

/**
 * Reads `startIndex` and `count` from a query string. The RFC turns out-of-range numbers into the nearest
 * valid one (startIndex < 1 is 1, count < 0 is 0) rather than failing; only non-integers are refused.
 */
export function parseListPage(query: ListQuery, maxResults: number = DEFAULT_MAX_RESULTS): ListPage {
  const startIndex = Math.max(1, readInteger(query, 'startIndex') ?? 1);
  const count = Math.min(maxResults, Math.max(0, readInteger(query, 'count') ?? maxResults));
  return { startIndex, count, offset: startIndex - 1 };
}

/** A response for a page the caller fetched itself (with `offset` and `count`), knowing the total. */
export function listResponse<T>(resources: readonly T[], totalResults: number, startIndex = 1): ListResponse<T> {
  return { schemas: [LIST_RESPONSE_SCHEMA], totalResults, itemsPerPage: resources.length, startIndex, Resources: [...resources] };
}

/** Pages a list held in memory, such as the discovery documents or an already-filtered result. */
export function paginate<T>(all: readonly T[], page: ListPage): ListResponse<T> {
  return listResponse(all.slice(page.offset, page.offset + page.count), all.length, page.startIndex);
}

function readInteger(query: ListQuery, name: string): number | undefined {
  const values = readParameter(query, name);
  // an empty parameter (`?count=`) is taken as unset, as most web frameworks would
  if (values.length === 0 || (values.length === 1 && values[0] === '')) return undefined;
  if (values.length > 1) throw ScimError.invalidValue(`'${name}' is given ${values.length} times; give it once.`);
  const text = values[0]!.trim();
  const value = Number(text);
  if (!/^[+-]?\d+$/.test(text) || !Number.isSafeInteger(value)) throw ScimError.invalidValue(`'${name}' must be an integer, not ${JSON.stringify(values[0])}.`);
  return value;
}

/** Every value of a parameter; its name is matched case-insensitively, as SCIM matches attribute names. */
function readParameter(query: ListQuery, name: string): string[] {
  const lower = name.toLowerCase();
  const values: string[] = [];
  const entries: Iterable<[string, unknown]> = query instanceof URLSearchParams ? query.entries() : Object.entries(query);
  for (const [key, value] of entries) {
    if (key.toLowerCase() !== lower || value === undefined || value === null) continue;
    if (Array.isArray(value)) values.push(...value.map(String));
    else values.push(String(value));
  }
  return values;
}
