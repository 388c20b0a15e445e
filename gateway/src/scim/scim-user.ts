import { isEmailAddress } from '@guildhall/kernel';
import { ENTERPRISE_USER_SCHEMA, USER_SCHEMA, getAttribute, isPlainObject, toBoolean, type ScimObject } from './scim-attributes.js';
import { ScimError } from './scim-errors.js';

/**
 * The SCIM User as this shim stores it: one email, a name, a title and whether the membership is active.
 * POST and PUT bodies go through parseScimUser; PATCH is applied to toScimUser's output and the result
 * goes through parseScimUser too, so every write is validated by the same rules.
 */
export interface ScimUserInput {
  /** An email address, lowercased: members are matched by email across the platform. */
  userName: string;
  externalId?: string;
  givenName?: string;
  familyName?: string;
  displayName?: string;
  /** The primary email, else the work email, else userName; lowercased. */
  email: string;
  active: boolean;
  title?: string;
}

export interface ScimUserRecord {
  id: string;
  userName: string;
  externalId?: string | null;
  givenName?: string | null;
  familyName?: string | null;
  displayName?: string | null;
  email: string;
  active: boolean;
  title?: string | null;
  groups: readonly { value: string; display: string }[];
  created: Date;
  lastModified: Date;
}

export interface ScimUser {
  schemas: [typeof USER_SCHEMA];
  id: string;
  externalId?: string;
  userName: string;
  name?: { formatted?: string; givenName?: string; familyName?: string };
  displayName?: string;
  title?: string;
  emails: { value: string; type: 'work'; primary: true }[];
  active: boolean;
  groups: { value: string; display: string; $ref: string }[];
  meta: { resourceType: 'User'; created: string; lastModified: string; location: string };
}

// Okta sends only the core schema; Entra ID adds the enterprise extension for employeeId, department, manager
const ACCEPTED_SCHEMAS = [USER_SCHEMA, ENTERPRISE_USER_SCHEMA];

/** Validates a User body. Attributes not stored (password, phoneNumbers, the enterprise extension) are ignored. */
export function parseScimUser(json: unknown): ScimUserInput {
  if (!isPlainObject(json)) throw ScimError.invalidSyntax('A User is a JSON object.');
  checkSchemas(getAttribute(json, 'schemas'));
  const rawUserName = readString(json, 'userName', 'userName');
  if (rawUserName === undefined) throw ScimError.invalidValue('userName is required.');
  const userName = rawUserName.toLowerCase();
  if (!isEmailAddress(userName)) throw ScimError.invalidValue(`userName must be an email address, not ${JSON.stringify(rawUserName)}.`);
  const input: ScimUserInput = { userName, email: chosenEmail(getAttribute(json, 'emails')) ?? userName, active: readActive(getAttribute(json, 'active')) };
  const name = getAttribute(json, 'name');
  if (name !== undefined && name !== null && !isPlainObject(name)) throw ScimError.invalidValue('name must be an object, as in {"givenName": "Ada", "familyName": "Lovelace"}.');
  const fields: [keyof ScimUserInput, string | undefined][] = [
    ['externalId', readString(json, 'externalId', 'externalId')],
    ['givenName', name ? readString(name, 'givenName', 'name.givenName') : undefined],
    ['familyName', name ? readString(name, 'familyName', 'name.familyName') : undefined],
    // a client that sends only name.formatted still names the user
    ['displayName', readString(json, 'displayName', 'displayName') ?? (name ? readString(name, 'formatted', 'name.formatted') : undefined)],
    ['title', readString(json, 'title', 'title')],
  ];
  for (const [field, value] of fields) if (value !== undefined) Object.assign(input, { [field]: value });
  return input;
}

export function toScimUser(user: ScimUserRecord, baseUrl: string): ScimUser {
  const base = baseUrl.replace(/\/+$/, '');
  const scim: ScimUser = {
    schemas: [USER_SCHEMA],
    id: user.id,
    userName: user.userName,
    // work and primary: Entra ID patches `emails[type eq "work"].value`, which must find this one
    emails: [{ value: user.email, type: 'work', primary: true }],
    active: user.active,
    groups: user.groups.map((group) => ({ value: group.value, display: group.display, $ref: `${base}/Groups/${group.value}` })),
    meta: { resourceType: 'User', created: user.created.toISOString(), lastModified: user.lastModified.toISOString(), location: `${base}/Users/${user.id}` },
  };
  if (user.externalId) scim.externalId = user.externalId;
  const formatted = [user.givenName, user.familyName].filter(Boolean).join(' ');
  if (formatted) {
    scim.name = { formatted };
    if (user.givenName) scim.name.givenName = user.givenName;
    if (user.familyName) scim.name.familyName = user.familyName;
  }
  if (user.displayName) scim.displayName = user.displayName;
  if (user.title) scim.title = user.title;
  return scim;
}

function checkSchemas(schemas: unknown): void {
  if (!Array.isArray(schemas) || !schemas.every((s): s is string => typeof s === 'string')) {
    throw ScimError.invalidSyntax(`"schemas" must be an array of schema URNs including ${USER_SCHEMA}.`);
  }
  const unknown = schemas.find((s) => !ACCEPTED_SCHEMAS.some((accepted) => accepted.toLowerCase() === s.toLowerCase()));
  if (unknown !== undefined) throw ScimError.invalidSyntax(`Unknown schema ${JSON.stringify(unknown)}: a User may use ${ACCEPTED_SCHEMAS.join(' and ')}.`);
  if (!schemas.some((s) => s.toLowerCase() === USER_SCHEMA.toLowerCase())) throw ScimError.invalidSyntax(`"schemas" must include ${USER_SCHEMA}.`);
}

/** The primary email, else the work one; an address that is not an email is refused rather than skipped. */
function chosenEmail(emails: unknown): string | undefined {
  if (emails === undefined || emails === null) return undefined;
  if (!Array.isArray(emails)) throw ScimError.invalidValue('emails must be an array of {"value", "type", "primary"} objects.');
  const entries = emails.map((entry, i) => {
    if (!isPlainObject(entry)) throw ScimError.invalidValue(`emails[${i}] must be an object with a "value".`);
    const primary = getAttribute(entry, 'primary');
    if (primary !== undefined && primary !== null && toBoolean(primary) === undefined) throw ScimError.invalidValue(`emails[${i}].primary must be true or false.`);
    return { entry, primary: toBoolean(primary) === true, type: readString(entry, 'type', `emails[${i}].type`)?.toLowerCase() };
  });
  const chosen = entries.find((e) => e.primary) ?? entries.find((e) => e.type === 'work');
  if (!chosen) return undefined;
  const value = readString(chosen.entry, 'value', 'emails.value')?.toLowerCase();
  if (value === undefined || !isEmailAddress(value)) throw ScimError.invalidValue(`The ${chosen.primary ? 'primary' : 'work'} email must be an email address, not ${JSON.stringify(getAttribute(chosen.entry, 'value') ?? null)}.`);
  return value;
}

function readActive(value: unknown): boolean {
  // RFC 7643 gives no default; a user created without `active` is a user the IdP means to be active
  if (value === undefined || value === null) return true;
  const active = toBoolean(value);
  if (active === undefined) throw ScimError.invalidValue(`active must be true or false, not ${JSON.stringify(value)}.`);
  return active;
}

/** What the store keeps of any one attribute; longer values are refused here, before anything is written. */
const MAX_LENGTH = 256;

/** A trimmed string, undefined when unset or blank; anything else than a string is invalidValue. */
function readString(object: ScimObject, attribute: string, label: string): string | undefined {
  const value = getAttribute(object, attribute);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw ScimError.invalidValue(`${label} must be a string, not ${JSON.stringify(value)}.`);
  if (value.trim().length > MAX_LENGTH) throw ScimError.invalidValue(`${label} is longer than ${MAX_LENGTH} characters.`);
  return value.trim() || undefined;
}

