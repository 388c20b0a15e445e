/**
 * What the filter, PATCH and mapping code share about SCIM attributes: the schema URNs, and that
 * attribute names are case-insensitive (RFC 7643 §2.1), so `USERNAME`, `userName` and `username` are one.
 */
export const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';
export const ENTERPRISE_USER_SCHEMA = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

/** A SCIM resource or complex value as parsed JSON. */
export type ScimObject = { [attribute: string]: unknown };

const KNOWN_SCHEMAS = [USER_SCHEMA, GROUP_SCHEMA, ENTERPRISE_USER_SCHEMA];

/**
 * Spellings of the RFC 7643 attributes, so a path written `DisplayName` creates `displayName` and an
 * AST names attributes one way. Names not listed keep the client's spelling.
 */
const CANONICAL_NAMES = new Map(
  [
    'id', 'externalId', 'meta', 'schemas', 'userName', 'name', 'formatted', 'familyName', 'givenName', 'middleName',
    'honorificPrefix', 'honorificSuffix', 'displayName', 'nickName', 'profileUrl', 'title', 'userType',
    'preferredLanguage', 'locale', 'timezone', 'active', 'password', 'emails', 'phoneNumbers', 'ims', 'photos',
    'addresses', 'groups', 'entitlements', 'roles', 'x509Certificates', 'members', 'value', 'display', 'type',
    'primary', '$ref', 'resourceType', 'created', 'lastModified', 'location', 'version', 'employeeNumber',
    'costCenter', 'organization', 'division', 'department', 'manager',
  ].map((name) => [name.toLowerCase(), name]),
);

/** Multi-valued in the core schemas: a PATCH `add` appends to these even when they are still unset. */
const MULTI_VALUED = new Set(
  ['emails', 'phoneNumbers', 'ims', 'photos', 'addresses', 'groups', 'entitlements', 'roles', 'x509Certificates', 'members', 'schemas'].map((n) =>
    n.toLowerCase(),
  ),
);

export function canonicalName(name: string): string {
  return CANONICAL_NAMES.get(name.toLowerCase()) ?? name;
}

/** A known schema URN in its canonical spelling, or undefined. */
export function knownSchema(urn: string): string | undefined {
  const lower = urn.toLowerCase();
  return KNOWN_SCHEMAS.find((schema) => schema.toLowerCase() === lower);
}

/** Core-schema attributes live at the top of a resource; extension attributes under their schema URN. */
export function isCoreSchema(urn: string): boolean {
  return urn.toLowerCase().startsWith('urn:ietf:params:scim:schemas:core:');
}

export function isMultiValuedName(name: string): boolean {
  return MULTI_VALUED.has(name.toLowerCase());
}

export function isPlainObject(value: unknown): value is ScimObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The key of `object` that names `attribute`, whatever its case. */
export function findKey(object: ScimObject, attribute: string): string | undefined {
  if (Object.hasOwn(object, attribute)) return attribute;
  const lower = attribute.toLowerCase();
  return Object.keys(object).find((key) => key.toLowerCase() === lower);
}

export function getAttribute(object: ScimObject, attribute: string): unknown {
  const key = findKey(object, attribute);
  return key === undefined ? undefined : object[key];
}

/** SCIM's booleans, also as Entra ID sends them before its 2020 compliance flag: the strings "True" and "False". */
export function toBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const lower = value.trim().toLowerCase();
    if (lower === 'true') return true;
    if (lower === 'false') return false;
  }
  return undefined;
}
