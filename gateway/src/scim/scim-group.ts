import { GROUP_SCHEMA, getAttribute, isPlainObject } from './scim-attributes.js';
import { ScimError } from './scim-errors.js';

/** A Group as this shim keeps it: a name, the IdP's id for it, and its members (SCIM User ids). */
export interface ScimGroupInput {
  displayName: string;
  externalId?: string;
  memberIds: string[];
}

export interface ScimGroupRecord {
  id: string;
  displayName: string;
  externalId?: string | null;
  members: readonly { id: string; userName: string }[];
  createdAt: Date;
  updatedAt: Date;
}

export interface ScimGroup {
  schemas: [typeof GROUP_SCHEMA];
  id: string;
  externalId?: string;
  displayName: string;
  members: { value: string; display: string; $ref: string; type: 'User' }[];
  meta: { resourceType: 'Group'; created: string; lastModified: string; location: string };
}

/** Validates a Group body (POST, PUT, and a PATCH's result). Members are Users only: nested groups are not supported. */
export function parseScimGroup(json: unknown): ScimGroupInput {
  if (!isPlainObject(json)) throw ScimError.invalidSyntax('A Group is a JSON object.');
  const schemas = getAttribute(json, 'schemas');
  if (!Array.isArray(schemas) || !schemas.some((s) => typeof s === 'string' && s.toLowerCase() === GROUP_SCHEMA.toLowerCase())) {
    throw ScimError.invalidSyntax(`"schemas" must include ${GROUP_SCHEMA}.`);
  }
  const displayName = getAttribute(json, 'displayName');
  if (typeof displayName !== 'string' || !displayName.trim()) throw ScimError.invalidValue('displayName is required and must be a string.');
  const externalId = getAttribute(json, 'externalId');
  if (externalId !== undefined && externalId !== null && typeof externalId !== 'string') throw ScimError.invalidValue('externalId must be a string.');
  const members = getAttribute(json, 'members') ?? [];
  if (!Array.isArray(members)) throw ScimError.invalidValue('members must be an array of {"value": "<user id>"}.');
  const memberIds = members.map((member, i) => {
    const value = isPlainObject(member) ? getAttribute(member, 'value') : undefined;
    if (typeof value !== 'string' || !value.trim()) throw ScimError.invalidValue(`members[${i}] must be an object with the user's id as "value".`);
    const type = getAttribute(member as object as Record<string, unknown>, 'type');
    if (typeof type === 'string' && type.toLowerCase() === 'group') throw ScimError.invalidValue('Nested groups are not supported; list the users.');
    return value.trim();
  });
  const input: ScimGroupInput = { displayName: displayName.trim(), memberIds: [...new Set(memberIds)] };
  if (typeof externalId === 'string' && externalId.trim()) input.externalId = externalId.trim();
  return input;
}

export function toScimGroup(group: ScimGroupRecord, baseUrl: string): ScimGroup {
  const base = baseUrl.replace(/\/+$/, '');
  const scim: ScimGroup = {
    schemas: [GROUP_SCHEMA],
    id: group.id,
    displayName: group.displayName,
    members: group.members.map((m) => ({ value: m.id, display: m.userName, $ref: `${base}/Users/${m.id}`, type: 'User' })),
    meta: { resourceType: 'Group', created: group.createdAt.toISOString(), lastModified: group.updatedAt.toISOString(), location: `${base}/Groups/${group.id}` },
  };
  if (group.externalId) scim.externalId = group.externalId;
  return scim;
}
