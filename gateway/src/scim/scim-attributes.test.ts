import { ENTERPRISE_USER_SCHEMA, canonicalName, findKey, getAttribute, isCoreSchema, isMultiValuedName, knownSchema, toBoolean } from './scim-attributes.js';

describe('SCIM attribute names', () => {
  it('spells known attributes canonically and leaves unknown ones as written', () => {
    expect(canonicalName('USERNAME')).toBe('userName');
    expect(canonicalName('givenname')).toBe('givenName');
    expect(canonicalName('customThing')).toBe('customThing');
  });

  it('finds an attribute whatever the case of its key', () => {
    const user = { UserName: 'a@b.c', name: { GivenName: 'Ada' } };
    expect(findKey(user, 'username')).toBe('UserName');
    expect(getAttribute(user.name, 'givenName')).toBe('Ada');
    expect(getAttribute(user, 'title')).toBeUndefined();
  });

  it('recognises the known schema URNs case-insensitively, and core schemas by prefix', () => {
    expect(knownSchema('urn:ietf:params:scim:schemas:extension:enterprise:2.0:user')).toBe(ENTERPRISE_USER_SCHEMA);
    expect(knownSchema('urn:example:custom')).toBeUndefined();
    expect(isCoreSchema('urn:ietf:params:scim:schemas:core:2.0:Group')).toBe(true);
    expect(isCoreSchema(ENTERPRISE_USER_SCHEMA)).toBe(false);
  });

  it('knows which core attributes are multi-valued', () => {
    expect(isMultiValuedName('Members')).toBe(true);
    expect(isMultiValuedName('emails')).toBe(true);
    expect(isMultiValuedName('displayName')).toBe(false);
  });

  it("reads booleans and Entra ID's \"True\"/\"False\" strings, and nothing else", () => {
    expect(toBoolean(false)).toBe(false);
    expect(toBoolean('True')).toBe(true);
    expect(toBoolean('False')).toBe(false);
    expect(toBoolean('no')).toBeUndefined();
    expect(toBoolean(0)).toBeUndefined();
  });
});
