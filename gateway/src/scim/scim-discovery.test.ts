import { ScimError } from './scim-errors.js';
import {
  getResourceType,
  getSchemaDefinition,
  listResourceTypes,
  listSchemaDefinitions,
  resourceTypes,
  schemaDefinitions,
  serviceProviderConfig,
  type SchemaAttribute,
} from './scim-discovery.js';

const BASE = 'https://app.guildhall.example/scim/v2';
const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
const GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

const byName = (attributes: SchemaAttribute[], name: string) => attributes.find((a) => a.name === name);

describe('ServiceProviderConfig', () => {
  it('advertises patch and filtering, and no bulk, password change, sort or etag', () => {
    expect(serviceProviderConfig(BASE)).toMatchObject({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
      patch: { supported: true },
      bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
      filter: { supported: true, maxResults: 100 },
      changePassword: { supported: false },
      sort: { supported: false },
      etag: { supported: false },
    });
  });

  it('names OAuth bearer tokens as the authentication scheme', () => {
    expect(serviceProviderConfig(BASE).authenticationSchemes).toEqual([expect.objectContaining({ type: 'oauthbearertoken', primary: true })]);
  });

  it('reports the configured maxResults', () => {
    expect(serviceProviderConfig(BASE, 50).filter.maxResults).toBe(50);
  });

  it('locates itself under the base URL, a trailing slash or not', () => {
    expect(serviceProviderConfig(`${BASE}/`).meta).toEqual({ resourceType: 'ServiceProviderConfig', location: `${BASE}/ServiceProviderConfig` });
  });
});

describe('ResourceTypes', () => {
  it('declares User with the optional enterprise extension, and Group', () => {
    const [user, group] = resourceTypes(BASE);
    expect(user).toMatchObject({ id: 'User', name: 'User', endpoint: '/Users', schema: USER_SCHEMA, schemaExtensions: [{ schema: ENTERPRISE, required: false }] });
    expect(group).toMatchObject({ id: 'Group', name: 'Group', endpoint: '/Groups', schema: GROUP_SCHEMA, schemaExtensions: [] });
  });

  it('locates each resource type under the base URL', () => {
    expect(resourceTypes(BASE).map((t) => t.meta)).toEqual([
      { resourceType: 'ResourceType', location: `${BASE}/ResourceTypes/User` },
      { resourceType: 'ResourceType', location: `${BASE}/ResourceTypes/Group` },
    ]);
  });

  it('finds one by id, case-insensitively, and answers an unknown one with 404', () => {
    expect(getResourceType(BASE, 'group').id).toBe('Group');
    expect(() => getResourceType(BASE, 'Device')).toThrow(ScimError);
    expect(() => getResourceType(BASE, 'Device')).toThrow(expect.objectContaining({ status: 404 }));
  });

  it('lists them as a ListResponse', () => {
    expect(listResourceTypes(BASE)).toMatchObject({ schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: 2, itemsPerPage: 2, startIndex: 1 });
  });
});

describe('Schemas', () => {
  it('defines the User attributes this shim stores', () => {
    const user = getSchemaDefinition(BASE, USER_SCHEMA);
    expect(user.attributes.map((a) => a.name)).toEqual(['userName', 'name', 'displayName', 'title', 'emails', 'active', 'externalId', 'groups']);
    expect(byName(user.attributes, 'userName')).toMatchObject({ type: 'string', required: true, caseExact: false, uniqueness: 'server' });
    expect(byName(user.attributes, 'name')?.subAttributes?.map((a) => a.name)).toEqual(['formatted', 'familyName', 'givenName']);
    expect(byName(user.attributes, 'emails')).toMatchObject({ type: 'complex', multiValued: true });
    expect(byName(user.attributes, 'emails')?.subAttributes?.map((a) => a.name)).toEqual(['value', 'type', 'primary']);
    expect(byName(user.attributes, 'active')).toMatchObject({ type: 'boolean' });
    expect(byName(user.attributes, 'active')).not.toHaveProperty('caseExact');
  });

  it('declares externalId caseExact, as the filter compares it', () => {
    expect(byName(getSchemaDefinition(BASE, USER_SCHEMA).attributes, 'externalId')).toMatchObject({ caseExact: true });
  });

  it("declares a user's groups read-only", () => {
    const groups = byName(getSchemaDefinition(BASE, USER_SCHEMA).attributes, 'groups');
    expect(groups).toMatchObject({ multiValued: true, mutability: 'readOnly' });
    expect(groups?.subAttributes?.every((a) => a.mutability === 'readOnly')).toBe(true);
  });

  it('defines the Group attributes this shim stores', () => {
    const group = getSchemaDefinition(BASE, GROUP_SCHEMA);
    expect(group.attributes.map((a) => a.name)).toEqual(['displayName', 'members', 'externalId']);
    expect(byName(group.attributes, 'members')?.subAttributes?.map((a) => a.name)).toEqual(['value', 'display']);
  });

  it('defines the enterprise extension the User resource type names, with no stored attributes', () => {
    expect(getSchemaDefinition(BASE, ENTERPRISE)).toMatchObject({ id: ENTERPRISE, attributes: [] });
  });

  it('locates each schema under the base URL by its URN', () => {
    expect(schemaDefinitions(BASE).map((s) => s.meta.location)).toEqual([
      `${BASE}/Schemas/${USER_SCHEMA}`,
      `${BASE}/Schemas/${GROUP_SCHEMA}`,
      `${BASE}/Schemas/${ENTERPRISE}`,
    ]);
    expect(schemaDefinitions(BASE).every((s) => s.meta.resourceType === 'Schema')).toBe(true);
  });

  it('answers an unknown schema with 404', () => {
    expect(() => getSchemaDefinition(BASE, 'urn:example:nothing')).toThrow(expect.objectContaining({ status: 404 }));
  });

  it('lists them as a ListResponse', () => {
    expect(listSchemaDefinitions(BASE)).toMatchObject({ totalResults: 3, itemsPerPage: 3 });
  });
});
