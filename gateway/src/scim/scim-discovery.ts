import { ENTERPRISE_USER_SCHEMA, GROUP_SCHEMA, USER_SCHEMA } from './scim-attributes.js';
import { ScimError } from './scim-errors.js';
import { DEFAULT_MAX_RESULTS, listResponse, type ListResponse } from './scim-list.js';

/**
 * The discovery documents (RFC 7644 §4, RFC 7643 §5–7). They describe what this shim does, not the whole
 * RFC: a client reading them should find the attributes we store and the features we answer, nothing more.
 */
export const SERVICE_PROVIDER_CONFIG_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig';
export const RESOURCE_TYPE_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:ResourceType';
export const SCHEMA_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Schema';

export interface DiscoveryMeta {
  resourceType: 'ServiceProviderConfig' | 'ResourceType' | 'Schema';
  location: string;
}

export interface ServiceProviderConfig {
  schemas: [typeof SERVICE_PROVIDER_CONFIG_SCHEMA];
  documentationUri?: string;
  patch: { supported: boolean };
  bulk: { supported: boolean; maxOperations: number; maxPayloadSize: number };
  filter: { supported: boolean; maxResults: number };
  changePassword: { supported: boolean };
  sort: { supported: boolean };
  etag: { supported: boolean };
  authenticationSchemes: { type: string; name: string; description: string; specUri: string; primary: boolean }[];
  meta: DiscoveryMeta;
}

export interface ResourceType {
  schemas: [typeof RESOURCE_TYPE_SCHEMA];
  id: string;
  name: string;
  endpoint: string;
  description: string;
  schema: string;
  schemaExtensions: { schema: string; required: boolean }[];
  meta: DiscoveryMeta;
}

export interface SchemaAttribute {
  name: string;
  type: 'string' | 'boolean' | 'complex' | 'reference';
  multiValued: boolean;
  description: string;
  required: boolean;
  caseExact?: boolean;
  mutability: 'readOnly' | 'readWrite' | 'immutable' | 'writeOnly';
  returned: 'always' | 'never' | 'default' | 'request';
  uniqueness: 'none' | 'server' | 'global';
  canonicalValues?: string[];
  referenceTypes?: string[];
  subAttributes?: SchemaAttribute[];
}

export interface ScimSchema {
  schemas: [typeof SCHEMA_SCHEMA];
  id: string;
  name: string;
  description: string;
  attributes: SchemaAttribute[];
  meta: DiscoveryMeta;
}

export function serviceProviderConfig(baseUrl: string, maxResults: number = DEFAULT_MAX_RESULTS): ServiceProviderConfig {
  return {
    schemas: [SERVICE_PROVIDER_CONFIG_SCHEMA],
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: false },
    authenticationSchemes: [
      {
        type: 'oauthbearertoken',
        name: 'OAuth Bearer Token',
        description: "A SCIM token issued by the organization's owner, sent as `Authorization: Bearer <token>`.",
        specUri: 'https://www.rfc-editor.org/info/rfc6750',
        primary: true,
      },
    ],
    meta: { resourceType: 'ServiceProviderConfig', location: `${trimBase(baseUrl)}/ServiceProviderConfig` },
  };
}

export function resourceTypes(baseUrl: string): ResourceType[] {
  const base = trimBase(baseUrl);
  const resourceType = (id: string, endpoint: string, description: string, schema: string, schemaExtensions: ResourceType['schemaExtensions']): ResourceType => ({
    schemas: [RESOURCE_TYPE_SCHEMA],
    id,
    name: id,
    endpoint,
    description,
    schema,
    schemaExtensions,
    meta: { resourceType: 'ResourceType', location: `${base}/ResourceTypes/${id}` },
  });
  return [
    // declared so Entra ID's requests carrying the enterprise URN are accepted; its attributes are not stored
    resourceType('User', '/Users', 'A member of the organization', USER_SCHEMA, [{ schema: ENTERPRISE_USER_SCHEMA, required: false }]),
    resourceType('Group', '/Groups', 'A group of users, mapped to an organization role', GROUP_SCHEMA, []),
  ];
}

export function schemaDefinitions(baseUrl: string): ScimSchema[] {
  const base = trimBase(baseUrl);
  const schema = (id: string, name: string, description: string, attributes: SchemaAttribute[]): ScimSchema => ({
    schemas: [SCHEMA_SCHEMA],
    id,
    name,
    description,
    attributes,
    meta: { resourceType: 'Schema', location: `${base}/Schemas/${id}` },
  });
  return [
    schema(USER_SCHEMA, 'User', 'User Account', USER_ATTRIBUTES),
    schema(GROUP_SCHEMA, 'Group', 'Group', GROUP_ATTRIBUTES),
    schema(ENTERPRISE_USER_SCHEMA, 'EnterpriseUser', 'Enterprise User: accepted on requests; none of its attributes is stored or returned.', []),
  ];
}

/** GET /ResourceTypes/{id}: matched case-insensitively, 404 otherwise. */
export function getResourceType(baseUrl: string, id: string): ResourceType {
  const found = resourceTypes(baseUrl).find((type) => type.id.toLowerCase() === id.toLowerCase());
  if (!found) throw ScimError.notFound(`No resource type '${id}'.`);
  return found;
}

/** GET /Schemas/{urn}: matched case-insensitively, 404 otherwise. */
export function getSchemaDefinition(baseUrl: string, id: string): ScimSchema {
  const found = schemaDefinitions(baseUrl).find((schema) => schema.id.toLowerCase() === id.toLowerCase());
  if (!found) throw ScimError.notFound(`No schema '${id}'.`);
  return found;
}

export function listResourceTypes(baseUrl: string): ListResponse<ResourceType> {
  const all = resourceTypes(baseUrl);
  return listResponse(all, all.length);
}

export function listSchemaDefinitions(baseUrl: string): ListResponse<ScimSchema> {
  const all = schemaDefinitions(baseUrl);
  return listResponse(all, all.length);
}

function trimBase(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '');
}

function attribute(name: string, type: SchemaAttribute['type'], description: string, options: Partial<SchemaAttribute> = {}): SchemaAttribute {
  const textual = type === 'string' || type === 'reference';
  return {
    name,
    type,
    multiValued: false,
    description,
    required: false,
    ...(textual ? { caseExact: false } : {}),
    mutability: 'readWrite',
    returned: 'default',
    uniqueness: 'none',
    ...options,
  };
}

const USER_ATTRIBUTES: SchemaAttribute[] = [
  attribute('userName', 'string', "The user's email address, unique in the organization; compared case-insensitively.", { required: true, uniqueness: 'server' }),
  attribute('name', 'complex', "The components of the user's name.", {
    subAttributes: [
      attribute('formatted', 'string', 'The full name, for display.'),
      attribute('familyName', 'string', 'The family name, or last name.'),
      attribute('givenName', 'string', 'The given name, or first name.'),
    ],
  }),
  attribute('displayName', 'string', 'The name shown for the user.'),
  attribute('title', 'string', "The user's job title."),
  attribute('emails', 'complex', 'Email addresses; the primary or work one is stored.', {
    multiValued: true,
    subAttributes: [
      attribute('value', 'string', 'The email address.'),
      attribute('type', 'string', 'The kind of address.', { canonicalValues: ['work', 'home', 'other'] }),
      attribute('primary', 'boolean', 'Whether this is the preferred address.'),
    ],
  }),
  attribute('active', 'boolean', 'Whether the user may sign in; false suspends their membership.'),
  // externalId is an RFC 7643 §3.1 common attribute; listed here so a client sees it is stored and caseExact
  attribute('externalId', 'string', "The identifier the provisioning client gave the user.", { caseExact: true }),
  attribute('groups', 'complex', 'The groups the user belongs to; changed through the Group resource.', {
    multiValued: true,
    mutability: 'readOnly',
    subAttributes: [
      attribute('value', 'string', 'The id of the group.', { mutability: 'readOnly' }),
      attribute('$ref', 'reference', 'The URI of the group.', { mutability: 'readOnly', referenceTypes: ['Group'] }),
      attribute('display', 'string', "The group's display name.", { mutability: 'readOnly' }),
    ],
  }),
];

const GROUP_ATTRIBUTES: SchemaAttribute[] = [
  attribute('displayName', 'string', 'The name of the group.', { required: true }),
  attribute('members', 'complex', 'The users in the group.', {
    multiValued: true,
    subAttributes: [
      attribute('value', 'string', 'The id of the member user.', { mutability: 'immutable' }),
      attribute('display', 'string', "The member's userName.", { mutability: 'readOnly' }),
    ],
  }),
  attribute('externalId', 'string', 'The identifier the provisioning client gave the group.', { caseExact: true }),
];
