import { isDeepStrictEqual } from 'node:util';
import {
  USER_SCHEMA,
  canonicalName,
  findKey,
  getAttribute,
  isCoreSchema,
  isMultiValuedName,
  isPlainObject,
  knownSchema,
  toBoolean,
  type ScimObject,
} from './scim-attributes.js';
import { ScimError } from './scim-errors.js';
import { matches, sameValue } from './scim-filter-match.js';
import { parsePatchPath, type Filter, type PatchPath } from './scim-filter.js';

/**
 * RFC 7644 §3.5.2 PATCH, applied to a resource's SCIM JSON. The caller validates the result as it would a
 * PUT (a removed `userName` fails there), so this file knows paths and multi-valued rules, not the User
 * schema. All operations apply or none do: the input is never touched and the first error is thrown.
 */
export const PATCH_OP_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

export type PatchOperationType = 'add' | 'remove' | 'replace';

export interface PatchOperation {
  op: PatchOperationType;
  path?: string;
  value?: unknown;
}

type Target = { path: PatchPath; label: string; value: unknown };

/** `active` and `emails[].primary` arrive from Entra ID as "True" / "False". */
const BOOLEAN_ATTRIBUTES = new Set(['active', 'primary']);

export function parsePatchRequest(body: unknown): PatchOperation[] {
  if (!isPlainObject(body)) throw ScimError.invalidSyntax('A PATCH body is a JSON object with "schemas" and "Operations".');
  const schemas = getAttribute(body, 'schemas');
  if (!Array.isArray(schemas) || !schemas.some((s) => typeof s === 'string' && s.toLowerCase() === PATCH_OP_SCHEMA.toLowerCase())) {
    throw ScimError.invalidSyntax(`A PATCH body's "schemas" must list ${PATCH_OP_SCHEMA}.`);
  }
  const operations = getAttribute(body, 'Operations');
  if (!Array.isArray(operations) || operations.length === 0) throw ScimError.invalidSyntax('A PATCH body needs a non-empty "Operations" array.');
  return operations.map(parseOperation);
}

function parseOperation(raw: unknown, index: number): PatchOperation {
  const at = `Operation ${index + 1}`;
  if (!isPlainObject(raw)) throw ScimError.invalidSyntax(`${at} is not an object.`);
  const op = getAttribute(raw, 'op');
  // Entra ID sends "Replace" and "Add"; the RFC's op names are case-insensitive
  const type = typeof op === 'string' ? op.toLowerCase() : undefined;
  if (type !== 'add' && type !== 'remove' && type !== 'replace') throw ScimError.invalidSyntax(`${at}: "op" must be add, remove or replace, not ${JSON.stringify(op)}.`);
  const path = getAttribute(raw, 'path');
  if (path !== undefined && path !== null && typeof path !== 'string') throw ScimError.invalidPath(`${at}: "path" must be a string.`);
  const hasValue = findKey(raw, 'value') !== undefined;
  if (type !== 'remove' && !hasValue) throw ScimError.invalidValue(`${at}: "${type}" needs a "value".`);
  const operation: PatchOperation = { op: type };
  if (typeof path === 'string' && path.trim()) operation.path = path.trim();
  if (hasValue) operation.value = getAttribute(raw, 'value');
  return operation;
}

export function applyPatchRequest(resource: object, body: unknown): ScimObject {
  return applyPatch(resource, parsePatchRequest(body));
}

export function applyPatch(resource: object, operations: readonly PatchOperation[]): ScimObject {
  const result = structuredClone(resource) as ScimObject;
  for (const operation of operations) {
    if (operation.path === undefined && operation.op === 'remove') throw ScimError.noTarget('A "remove" operation needs a "path".');
    const targets = operation.path === undefined ? pathlessTargets(result, operation.value) : [{ path: parsePatchPath(operation.path), label: operation.path, value: operation.value }];
    for (const target of targets) applyTarget(result, operation.op, target);
  }
  return result;
}

/**
 * Without a path the value is a set of attributes (Okta: `{"active": false}`); its keys may be paths
 * themselves (Entra ID: `"name.givenName"`) or an extension's URN holding that extension's attributes.
 */
function pathlessTargets(resource: ScimObject, value: unknown): Target[] {
  if (!isPlainObject(value)) throw ScimError.invalidValue(`Without a "path", the value must be an object of attributes, not ${JSON.stringify(value)}.`);
  const declared = (Array.isArray(resource['schemas']) ? resource['schemas'] : []).filter((s): s is string => typeof s === 'string');
  return Object.entries(value).flatMap(([key, inner]): Target[] => {
    const schema = knownSchema(key) ?? declared.find((s) => s.toLowerCase() === key.toLowerCase());
    if (!schema) return [{ path: parsePatchPath(key), label: key, value: inner }];
    if (!isPlainObject(inner)) throw ScimError.invalidValue(`"${key}" holds that schema's attributes and must be an object.`);
    return Object.entries(inner).map(([name, v]) => ({ path: parsePatchPath(`${schema}:${name}`), label: `${schema}:${name}`, value: v }));
  });
}

function applyTarget(resource: ScimObject, op: PatchOperationType, { path, label, value: raw }: Target): void {
  const extension = path.schema && !isCoreSchema(path.schema) ? path.schema : undefined;
  const container = extension ? extensionOf(resource, extension, op !== 'remove') : resource;
  if (!container) return; // removing from an extension the resource does not have
  const key = findKey(container, path.attribute) ?? path.attribute;
  const value = normalize(path.subAttribute ?? key, raw);
  if (!extension && isReadOnly(resource, key)) {
    // Okta echoes a group's `id` in a pathless replace: the same value is no change
    if (op !== 'remove' && !path.subAttribute && !path.filter && isDeepStrictEqual(resource[key], value)) return;
    throw ScimError.mutability(`'${key}' is read-only and cannot be changed by PATCH.`);
  }
  if (op === 'remove') remove(container, key, path, value, label);
  else if (path.filter) setFiltered(container, key, path.filter, path.subAttribute, value, op, label);
  else if (path.subAttribute) setSubAttribute(container, key, path.subAttribute, value);
  else setAttribute(container, key, value, op);
  if (extension && Object.keys(container).length === 0) dropExtension(resource, extension);
}

function isReadOnly(resource: ScimObject, key: string): boolean {
  const name = key.toLowerCase();
  if (name === 'id' || name === 'meta') return true;
  // RFC 7643 §4.1.2: a user's groups change through the Group resource
  const schemas = resource['schemas'];
  return name === 'groups' && Array.isArray(schemas) && schemas.some((s) => typeof s === 'string' && s.toLowerCase() === USER_SCHEMA.toLowerCase());
}

function setAttribute(container: ScimObject, key: string, value: unknown, op: PatchOperationType): void {
  const current = container[key];
  if (value === null) {
    delete container[key]; // null and unassigned are the same state (RFC 7643 §2.5)
  } else if (Array.isArray(current) || Array.isArray(value) || isMultiValuedName(key)) {
    const existing = op === 'add' && Array.isArray(current) ? current : [];
    assign(container, key, addValues(existing, toArray(value)));
  } else if (isPlainObject(value) && (current === undefined || isPlainObject(current))) {
    // a complex attribute keeps the sub-attributes the value leaves out (RFC 7644 §3.5.2.1, §3.5.2.3)
    assign(container, key, merge(current ?? {}, value));
  } else {
    container[key] = value;
  }
}

function setSubAttribute(container: ScimObject, key: string, sub: string, value: unknown): void {
  const current = container[key];
  if (Array.isArray(current) && current.length > 0) {
    container[key] = current.map((element) => withSub(element, sub, value, key));
  } else if (current === undefined || current === null || Array.isArray(current)) {
    if (value !== null) container[key] = isMultiValuedName(key) ? [{ [sub]: value }] : { [sub]: value };
  } else {
    assign(container, key, withSub(current, sub, value, key));
  }
}

function setFiltered(container: ScimObject, key: string, filter: Filter, sub: string | undefined, value: unknown, op: PatchOperationType, label: string): void {
  const elements = multiValued(container, key, label);
  if (!sub && !isPlainObject(value)) throw ScimError.invalidValue(`'${label}' selects complex values, so the value must be an object.`);
  let matched = false;
  const updated = elements.map((element) => {
    if (!matchesElement(filter, element)) return element;
    matched = true;
    return sub ? withSub(element, sub, value, key) : merge(element as ScimObject, value as ScimObject);
  });
  if (matched) {
    container[key] = updated;
    return;
  }
  // an add creates the value its filter describes (Entra ID's first work email); a replace needs a match (§3.5.2.3)
  const seed = op === 'add' ? equalities(filter) : undefined;
  if (!seed) throw ScimError.noTarget(`No value of '${key}' matches '${label}'.`);
  const element = sub ? { ...seed, [sub]: value } : merge(seed, value as ScimObject);
  container[key] = addValues(elements, [element]);
}

function remove(container: ScimObject, key: string, path: PatchPath, value: unknown, label: string): void {
  const current = container[key];
  if (current === undefined) return; // already unassigned: an IdP retrying a remove is not an error
  if (path.filter) {
    const filter = path.filter;
    const elements = multiValued(container, key, label);
    const sub = path.subAttribute;
    assign(container, key, sub ? elements.map((e) => (matchesElement(filter, e) ? withSub(e, sub, null, key) : e)) : elements.filter((e) => !matchesElement(filter, e)));
  } else if (path.subAttribute) {
    setSubAttribute(container, key, path.subAttribute, null);
  } else if (Array.isArray(current) && value !== undefined && value !== null) {
    // Entra ID removes group members as {"op":"Remove","path":"members","value":[{"value":"<id>"}]}
    const doomed = toArray(value);
    assign(container, key, current.filter((element) => !doomed.some((d) => sameElement(element, d))));
  } else {
    delete container[key];
  }
}

function multiValued(container: ScimObject, key: string, label: string): unknown[] {
  const current = container[key];
  if (current === undefined || current === null) return [];
  if (!Array.isArray(current)) throw ScimError.invalidPath(`'${label}' filters '${key}', which is not multi-valued.`);
  return current;
}

/** Appends, merging a value already present (same `value`) instead of duplicating it; a new primary demotes the old. */
function addValues(existing: readonly unknown[], incoming: readonly unknown[]): unknown[] {
  const result = [...existing];
  const fresh = new Set<unknown>();
  for (const item of incoming) {
    const at = result.findIndex((element) => sameElement(element, item));
    // merging also drops null sub-attributes: Entra ID adds members as {"$ref": null, "value": "<id>"}
    const next = isPlainObject(item) ? merge(at >= 0 && isPlainObject(result[at]) ? (result[at] as ScimObject) : {}, item) : item;
    if (at >= 0) result[at] = next;
    else result.push(next);
    fresh.add(next);
  }
  if (![...fresh].some(isPrimary)) return result;
  return result.map((element) => (!fresh.has(element) && isPrimary(element) ? { ...(element as ScimObject), primary: false } : element));
}

function sameElement(a: unknown, b: unknown): boolean {
  if (isPlainObject(a) && isPlainObject(b)) {
    const [left, right] = [getAttribute(a, 'value'), getAttribute(b, 'value')];
    if (left !== undefined && right !== undefined) return sameValue(left, right);
    return isDeepStrictEqual(a, b);
  }
  return sameValue(a, b);
}

function isPrimary(element: unknown): boolean {
  return isPlainObject(element) && getAttribute(element, 'primary') === true;
}

function matchesElement(filter: Filter, element: unknown): boolean {
  return matches(filter, isPlainObject(element) ? element : { value: element });
}

/** `type eq "work" and primary eq true` → `{ type: "work", primary: true }`; anything else describes no single value. */
function equalities(filter: Filter): ScimObject | undefined {
  if (filter.op === 'eq' && !filter.path.subAttribute && !filter.path.schema && filter.value !== null) return { [filter.path.attribute]: filter.value };
  if (filter.op !== 'and') return undefined;
  const [left, right] = [equalities(filter.left), equalities(filter.right)];
  return left && right ? { ...left, ...right } : undefined;
}

function withSub(element: unknown, sub: string, value: unknown, key: string): ScimObject {
  if (!isPlainObject(element)) throw ScimError.invalidPath(`'${key}' is not a complex attribute, so it has no '${sub}'.`);
  return merge(element, { [sub]: value });
}

/** Shallow merge by case-insensitive name; a null value unassigns. SCIM complex attributes are one level deep. */
function merge(current: ScimObject, value: ScimObject): ScimObject {
  const result = { ...current };
  for (const [name, v] of Object.entries(value)) {
    const key = findKey(result, name) ?? name;
    if (v === null) delete result[key];
    else result[key] = v;
  }
  return result;
}

/** An empty complex or multi-valued attribute is unassigned (RFC 7643 §2.5), so it is dropped. */
function assign(container: ScimObject, key: string, value: ScimObject | unknown[]): void {
  if ((Array.isArray(value) ? value.length : Object.keys(value).length) === 0) delete container[key];
  else container[key] = value;
}

function toArray(value: unknown): unknown[] {
  return (Array.isArray(value) ? value : [value]).filter((v) => v !== null && v !== undefined);
}

/** Canonical attribute names inside complex values, and Entra ID's string booleans as booleans. */
function normalize(name: string, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => normalize(name, v));
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [canonicalName(k), normalize(k, v)]));
  return BOOLEAN_ATTRIBUTES.has(name.toLowerCase()) ? (toBoolean(value) ?? value) : value;
}

function extensionOf(resource: ScimObject, schema: string, create: boolean): ScimObject | undefined {
  const key = findKey(resource, schema);
  const current = key === undefined ? undefined : resource[key];
  if (isPlainObject(current)) return current;
  if (!create) return undefined;
  const created: ScimObject = {};
  resource[key ?? schema] = created;
  const schemas = Array.isArray(resource['schemas']) ? resource['schemas'] : [];
  if (!schemas.some((s) => typeof s === 'string' && s.toLowerCase() === schema.toLowerCase())) resource['schemas'] = [...schemas, schema];
  return created;
}

function dropExtension(resource: ScimObject, schema: string): void {
  const key = findKey(resource, schema);
  if (key !== undefined) delete resource[key];
  const schemas = resource['schemas'];
  if (Array.isArray(schemas)) resource['schemas'] = schemas.filter((s) => typeof s !== 'string' || s.toLowerCase() !== schema.toLowerCase());
}
