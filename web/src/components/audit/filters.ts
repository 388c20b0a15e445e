import { canReadAuditCategory, type Membership } from '@guildhall/roles';
import type { AuditCategory, AuditLogEntryFragment, AuditLogQueryVariables } from '../../gql/graphql';

/** Every category of the schema; the check below fails to compile when the graph adds one. */
export const AUDIT_CATEGORIES = ['MEMBER', 'SETTINGS', 'CONSENT', 'CATALOG', 'PROGRAM', 'WEBHOOK', 'SYSTEM', 'INVOICE', 'PAYOUT', 'WALLET', 'CONTRACT'] as const satisfies readonly AuditCategory[];
type Missing = Exclude<AuditCategory, (typeof AUDIT_CATEGORIES)[number]>;
const allCategoriesListed: [Missing] extends [never] ? true : Missing = true;
void allCategoriesListed;

/** The categories this role may read: the server's own predicate, so nothing offered is refused. */
export const readableCategories = (membership: Membership): AuditCategory[] => AUDIT_CATEGORIES.filter((category) => canReadAuditCategory(membership, category));

/** The filters as the URL keeps them (dates as yyyy-mm-dd, `to` inclusive for people). */
export interface AuditFilters {
  category: AuditCategory | '';
  action: string;
  actorId: string;
  targetType: string;
  targetId: string;
  from: string;
  to: string;
}

export const NO_FILTERS: AuditFilters = { category: '', action: '', actorId: '', targetType: '', targetId: '', from: '', to: '' };
const KEYS = Object.keys(NO_FILTERS) as (keyof AuditFilters)[];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the URL's query; a category the role may not read or a malformed date is dropped, not sent. */
export function parseFilters(params: URLSearchParams, allowed: readonly AuditCategory[]): AuditFilters {
  const text = (key: string) => (params.get(key) ?? '').trim().slice(0, 200);
  const category = text('category');
  return {
    category: (allowed as readonly string[]).includes(category) ? (category as AuditCategory) : '',
    action: normalizeConstant(text('action')),
    actorId: text('actorId'),
    targetType: normalizeConstant(text('targetType')),
    targetId: text('targetId'),
    from: DATE.test(text('from')) ? text('from') : '',
    to: DATE.test(text('to')) ? text('to') : '',
  };
}

/** Actions and target types are catalog constants (MEMBER_ADDED); people type "member added". */
export const normalizeConstant = (value: string) => value.trim().toUpperCase().replace(/[\s-]+/g, '_');

/** Only the filters that are set, in a stable order: the page's shareable query string. */
export function filtersQuery(filters: AuditFilters): string {
  const params = new URLSearchParams();
  for (const key of KEYS) if (filters[key]) params.set(key, filters[key]);
  return params.toString();
}

export const activeFilterCount = (filters: AuditFilters) => KEYS.filter((key) => filters[key]).length;

/** Local midnight of a yyyy-mm-dd, as an instant; `to` is inclusive on screen, exclusive in the graph. */
function bounds(filters: AuditFilters): { from: string | null; to: string | null } {
  const midnight = (day: string, plusDays = 0) => {
    const date = new Date(`${day}T00:00:00`);
    date.setDate(date.getDate() + plusDays);
    return date.toISOString();
  };
  return { from: filters.from ? midnight(filters.from) : null, to: filters.to ? midnight(filters.to, 1) : null };
}

export function queryVariables(organizationId: string, filters: AuditFilters, first: number): AuditLogQueryVariables {
  const { from, to } = bounds(filters);
  return {
    organizationId,
    first,
    category: filters.category || null,
    action: filters.action || null,
    actorId: filters.actorId || null,
    targetType: filters.targetType || null,
    targetId: filters.targetId || null,
    from,
    to,
  };
}

/**
 * The gateway's CSV export takes the organization, category and dates only
 * (gateway/src/audit/audit-log-csv-route.ts); the other filters cannot travel with it.
 */
export function csvHref(organizationId: string, filters: AuditFilters): string {
  const params = new URLSearchParams({ organizationId });
  const { from, to } = bounds(filters);
  for (const name of ['category', 'action', 'actorId', 'targetType', 'targetId'] as const) if (filters[name]) params.set(name, filters[name]);
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  return `/exports/audit-log.csv?${params.toString()}`;
}

/** Whether a live entry belongs in the filtered view: the same tests the graph applies to the list. */
export function matchesFilters(entry: AuditLogEntryFragment, filters: AuditFilters): boolean {
  const { from, to } = bounds(filters);
  const at = Date.parse(entry.occurredAt);
  return (
    (!filters.category || entry.category === filters.category) &&
    (!filters.action || entry.action === filters.action) &&
    (!filters.actorId || entry.actorId === filters.actorId) &&
    (!filters.targetType || entry.targetType === filters.targetType) &&
    (!filters.targetId || entry.targetId === filters.targetId) &&
    (!from || at >= Date.parse(from)) &&
    (!to || at < Date.parse(to))
  );
}
