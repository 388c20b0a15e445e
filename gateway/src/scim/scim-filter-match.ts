import { getAttribute, isCoreSchema, isPlainObject, type ScimObject } from './scim-attributes.js';
import type { AttributePath, CompareOperator, Filter } from './scim-filter.js';

/**
 * Whether `resource` satisfies `filter`; PATCH value filters (`members[value eq "…"]`) select elements by
 * the same rules. Strings compare case-insensitively except `id` and `externalId`
 * (caseExact in RFC 7643); a multi-valued attribute matches when any of its values does; `ne` is
 * `not (eq)`, so an unset attribute is "not equal" to everything; dateTime strings order as instants.
 */
export function matches(filter: Filter, resource: object): boolean {
  return evaluate(filter, resource as ScimObject, true);
}

function evaluate(filter: Filter, resource: ScimObject, topLevel: boolean): boolean {
  switch (filter.op) {
    case 'and':
      return evaluate(filter.left, resource, topLevel) && evaluate(filter.right, resource, topLevel);
    case 'or':
      return evaluate(filter.left, resource, topLevel) || evaluate(filter.right, resource, topLevel);
    case 'not':
      return !evaluate(filter.filter, resource, topLevel);
    case 'pr':
      return valuesAt(resource, filter.path).some(isPresent);
    case 'valuePath': {
      // a primitive multi-valued attribute's elements are addressed as `value` (RFC 7644 §3.5.2)
      const inner = filter.filter;
      return valuesAt(resource, filter.path).some((element) => evaluate(inner, isPlainObject(element) ? element : { value: element }, false));
    }
    case 'ne':
      return !evaluate({ op: 'eq', path: filter.path, value: filter.value }, resource, topLevel);
    default: {
      const values = valuesAt(resource, filter.path);
      if (filter.value === null) return values.length === 0;
      const caseExact = topLevel && isCaseExact(filter.path);
      const { op, value } = filter;
      return values.some((actual) => compare(op, actual, value, caseExact));
    }
  }
}

/** Every value at `path`, arrays flattened, unset and null values left out. */
export function valuesAt(resource: ScimObject, path: AttributePath): unknown[] {
  const container = path.schema && !isCoreSchema(path.schema) ? getAttribute(resource, path.schema) : resource;
  if (!isPlainObject(container)) return [];
  const values = flatten(getAttribute(container, path.attribute));
  const sub = path.subAttribute;
  return sub ? values.flatMap((value) => (isPlainObject(value) ? flatten(getAttribute(value, sub)) : [])) : values;
}

function flatten(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value.filter((v) => v !== undefined && v !== null) : [value];
}

function isPresent(value: unknown): boolean {
  if (typeof value === 'string') return value.length > 0;
  if (Array.isArray(value)) return value.some(isPresent);
  if (isPlainObject(value)) return Object.values(value).some((v) => v !== undefined && v !== null && isPresent(v));
  return true;
}

function isCaseExact(path: AttributePath): boolean {
  if (path.subAttribute || (path.schema && !isCoreSchema(path.schema))) return false;
  return path.attribute === 'id' || path.attribute === 'externalId';
}

/** Equality of two attribute values by the same rules as `eq`; the PATCH code dedupes with it. */
export function sameValue(a: unknown, b: unknown, caseExact = false): boolean {
  if (typeof a === 'string' && typeof b === 'string') return compare('eq', a, b, caseExact);
  return a === b;
}

function compare(op: CompareOperator, actual: unknown, expected: string | number | boolean, caseExact: boolean): boolean {
  if (typeof expected === 'boolean') return op === 'eq' && actual === expected;
  if (typeof expected === 'number') return typeof actual === 'number' && ordered(op, actual - expected, actual === expected);
  if (typeof actual !== 'string') return false;
  const instants = [toInstant(actual), toInstant(expected)];
  if (instants[0] !== undefined && instants[1] !== undefined && op !== 'co' && op !== 'sw' && op !== 'ew') {
    return ordered(op, instants[0] - instants[1], instants[0] === instants[1]);
  }
  const a = caseExact ? actual : actual.toLowerCase();
  const e = caseExact ? expected : expected.toLowerCase();
  if (op === 'co') return a.includes(e);
  if (op === 'sw') return a.startsWith(e);
  if (op === 'ew') return a.endsWith(e);
  return ordered(op, a < e ? -1 : a > e ? 1 : 0, a === e);
}

function ordered(op: CompareOperator, difference: number, equal: boolean): boolean {
  switch (op) {
    case 'eq':
      return equal;
    case 'gt':
      return difference > 0;
    case 'ge':
      return difference >= 0;
    case 'lt':
      return difference < 0;
    case 'le':
      return difference <= 0;
    default:
      return false;
  }
}

/** `meta.lastModified gt "2026-01-01T00:00:00Z"` compares instants, whatever the precision written. */
function toInstant(value: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}
