import { ScimError } from './scim-errors.js';
import { applyPatch, applyPatchRequest, parsePatchRequest, PATCH_OP_SCHEMA, type PatchOperation } from './scim-patch.js';

const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
const GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

/** As toScimUser renders a user. */
const user = () => ({
  schemas: [USER_SCHEMA],
  id: 'u-1',
  externalId: '00u1abcd',
  userName: 'ada@example.com',
  name: { formatted: 'Ada Lovelace', givenName: 'Ada', familyName: 'Lovelace' },
  displayName: 'Ada Lovelace',
  emails: [{ value: 'ada@example.com', type: 'work', primary: true }],
  active: true,
  groups: [{ value: 'g-1', display: 'Engineering', $ref: 'https://app.example/scim/v2/Groups/g-1' }],
  meta: { resourceType: 'User', created: '2026-01-10T09:00:00.000Z', lastModified: '2026-03-01T12:30:00.000Z', location: 'https://app.example/scim/v2/Users/u-1' },
});

const group = () => ({
  schemas: [GROUP_SCHEMA],
  id: 'abf4dd94-a4c0-4f67-89c9-76b03340cb9b',
  displayName: 'Engineering',
  members: [
    { value: 'u-1', display: 'ada@example.com' },
    { value: 'u-2', display: 'grace@example.com' },
  ],
});

const patch = (...Operations: object[]) => ({ schemas: [PATCH_OP_SCHEMA], Operations });

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

function patchError(resource: object, body: unknown): ScimError {
  try {
    applyPatchRequest(resource, body);
  } catch (error) {
    if (error instanceof ScimError) return error;
    throw error;
  }
  throw new Error('expected the PATCH to be refused');
}

describe('reading a PATCH request', () => {
  it("reads Entra ID's capitalised op names", () => {
    const body = patch({ op: 'Replace', path: 'active', value: 'False' }, { op: 'Add', path: 'title', value: 'CTO' }, { op: 'Remove', path: 'nickName' });
    expect(parsePatchRequest(body).map((o) => o.op)).toEqual(['replace', 'add', 'remove']);
  });

  it('refuses a body that does not declare the PatchOp schema', () => {
    const error = patchError(user(), { schemas: [USER_SCHEMA], Operations: [{ op: 'replace', path: 'active', value: false }] });
    expect(error).toMatchObject({ status: 400, scimType: 'invalidSyntax' });
  });

  it('refuses a body without operations', () => {
    expect(patchError(user(), { schemas: [PATCH_OP_SCHEMA] }).scimType).toBe('invalidSyntax');
    expect(patchError(user(), patch()).scimType).toBe('invalidSyntax');
    expect(patchError(user(), 'replace active').scimType).toBe('invalidSyntax');
  });

  it('refuses an unknown op', () => {
    const error = patchError(user(), patch({ op: 'update', path: 'active', value: false }));
    expect(error).toMatchObject({ scimType: 'invalidSyntax' });
    expect(error.detail).toMatch(/Operation 1: "op" must be add, remove or replace, not "update"/);
  });

  it('refuses an add or replace without a value', () => {
    expect(patchError(user(), patch({ op: 'add', path: 'title' })).scimType).toBe('invalidValue');
  });

  it('refuses a path that is not a string', () => {
    expect(patchError(user(), patch({ op: 'replace', path: ['active'], value: false })).scimType).toBe('invalidPath');
  });
});

describe('applying PATCH operations', () => {
  it('deactivates a user from Entra ID\'s string boolean "False"', () => {
    const body = { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'Replace', path: 'active', value: 'False' }] };
    expect(applyPatchRequest(user(), body).active).toBe(false);
  });

  it('reactivates a user from Entra ID\'s "True"', () => {
    expect(applyPatchRequest({ ...user(), active: false }, patch({ op: 'Replace', path: 'active', value: 'True' })).active).toBe(true);
  });

  it("deactivates a user from Okta's pathless replace", () => {
    const body = { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'replace', value: { active: false } }] };
    expect(applyPatchRequest(user(), body)).toEqual({ ...user(), active: false });
  });

  it('returns a new resource and never mutates its input', () => {
    const input = deepFreeze(user());
    const output = applyPatchRequest(input, patch({ op: 'replace', path: 'name.givenName', value: 'Augusta' }, { op: 'add', path: 'emails', value: [{ value: 'ada@home.example', type: 'home' }] }));
    expect(input).toEqual(user());
    expect(output).not.toBe(input);
    expect(output['name']).toMatchObject({ givenName: 'Augusta' });
  });

  it('applies the sub-attribute paths Entra ID sends as keys of a pathless add', () => {
    const body = patch({
      op: 'Add',
      value: { 'name.givenName': 'Augusta', 'name.familyName': 'King', displayName: 'Augusta King', title: 'Countess' },
    });
    expect(applyPatchRequest(user(), body)).toMatchObject({
      name: { formatted: 'Ada Lovelace', givenName: 'Augusta', familyName: 'King' },
      displayName: 'Augusta King',
      title: 'Countess',
    });
  });

  it('applies a value-filter path given as a pathless key', () => {
    const body = patch({ op: 'Replace', value: { 'emails[type eq "work"].value': 'augusta@example.com' } });
    expect(applyPatchRequest(user(), body)['emails']).toEqual([{ value: 'augusta@example.com', type: 'work', primary: true }]);
  });

  it('files extension attributes under their schema URN and declares the schema', () => {
    const viaPath = applyPatchRequest(user(), patch({ op: 'Add', path: `${ENTERPRISE}:employeeNumber`, value: '701984' }));
    expect(viaPath[ENTERPRISE]).toEqual({ employeeNumber: '701984' });
    expect(viaPath['schemas']).toEqual([USER_SCHEMA, ENTERPRISE]);
    const viaKey = applyPatchRequest(user(), patch({ op: 'add', value: { [ENTERPRISE]: { department: 'R&D' } } }));
    expect(viaKey[ENTERPRISE]).toEqual({ department: 'R&D' });
  });

  it('drops an extension and its schema when its last attribute is removed', () => {
    const withExtension = { ...user(), schemas: [USER_SCHEMA, ENTERPRISE], [ENTERPRISE]: { employeeNumber: '1' } };
    const result = applyPatchRequest(withExtension, patch({ op: 'remove', path: `${ENTERPRISE}:employeeNumber` }));
    expect(result).not.toHaveProperty(ENTERPRISE);
    expect(result['schemas']).toEqual([USER_SCHEMA]);
  });

  it('replaces a single-valued attribute, matching its name case-insensitively', () => {
    const result = applyPatchRequest(user(), patch({ op: 'Replace', path: 'DisplayName', value: 'A. Lovelace' }));
    expect(result['displayName']).toBe('A. Lovelace');
    expect(Object.keys(result).filter((k) => k.toLowerCase() === 'displayname')).toEqual(['displayName']);
  });

  it('adds an attribute that was unset, spelt canonically', () => {
    expect(applyPatchRequest(user(), patch({ op: 'add', path: 'TITLE', value: 'Analyst' }))['title']).toBe('Analyst');
  });

  it('merges a complex value into the existing one, keeping the sub-attributes it leaves out', () => {
    const result = applyPatchRequest(user(), patch({ op: 'replace', path: 'name', value: { familyName: 'King' } }));
    expect(result['name']).toEqual({ formatted: 'Ada Lovelace', givenName: 'Ada', familyName: 'King' });
  });

  it('sets a sub-attribute, creating its complex parent when unset', () => {
    const { name: _name, ...unnamed } = user();
    expect(applyPatchRequest(unnamed, patch({ op: 'add', path: 'name.givenName', value: 'Ada' }))['name']).toEqual({ givenName: 'Ada' });
  });

  it('replaces the sub-attribute of the elements a value filter selects (Entra ID email change)', () => {
    const body = patch({ op: 'replace', path: 'emails[type eq "work"].value', value: 'ada.king@example.com' }, { op: 'replace', path: 'name.familyName', value: 'King' });
    const result = applyPatchRequest({ ...user(), emails: [...user().emails, { value: 'ada@home.example', type: 'home', primary: false }] }, body);
    expect(result['emails']).toEqual([
      { value: 'ada.king@example.com', type: 'work', primary: true },
      { value: 'ada@home.example', type: 'home', primary: false },
    ]);
  });

  it('refuses a replace whose value filter selects nothing, with noTarget', () => {
    const error = patchError(user(), patch({ op: 'replace', path: 'emails[type eq "home"].value', value: 'ada@home.example' }));
    expect(error).toMatchObject({ status: 400, scimType: 'noTarget' });
  });

  it('creates the element an add with a value filter describes when none matches', () => {
    const result = applyPatchRequest({ ...user(), emails: [] }, patch({ op: 'Add', path: 'emails[type eq "work"].value', value: 'ada@example.com' }));
    expect(result['emails']).toEqual([{ type: 'work', value: 'ada@example.com' }]);
  });

  it('refuses an add whose unmatched value filter describes no single element', () => {
    expect(patchError(user(), patch({ op: 'add', path: 'emails[type ne "work"].value', value: 'x@y.z' })).scimType).toBe('noTarget');
  });

  it("adds group members as Okta pushes them, appending", () => {
    const body = { schemas: [PATCH_OP_SCHEMA], Operations: [{ op: 'add', path: 'members', value: [{ value: 'u-3', display: 'alan@example.com' }] }] };
    expect(applyPatchRequest(group(), body)['members']).toEqual([...group().members, { value: 'u-3', display: 'alan@example.com' }]);
  });

  it('adds group members as Entra ID sends them, leaving out their null $ref', () => {
    const body = { schemas: [PATCH_OP_SCHEMA], Operations: [{ op: 'Add', path: 'members', value: [{ $ref: null, value: 'u-3' }] }] };
    expect(applyPatchRequest(group(), body)['members']).toEqual([...group().members, { value: 'u-3' }]);
  });

  it('dedupes added values by value, merging into the existing one', () => {
    const body = patch({ op: 'Add', path: 'members', value: [{ value: 'u-2', display: 'grace.hopper@example.com' }, { value: 'u-3' }, { value: 'u-3' }] });
    expect(applyPatchRequest(group(), body)['members']).toEqual([
      { value: 'u-1', display: 'ada@example.com' },
      { value: 'u-2', display: 'grace.hopper@example.com' },
      { value: 'u-3' },
    ]);
  });

  it('wraps a single value added to a multi-valued attribute', () => {
    const { members: _members, ...empty } = group();
    expect(applyPatchRequest(empty, patch({ op: 'add', path: 'members', value: { value: 'u-9' } }))['members']).toEqual([{ value: 'u-9' }]);
  });

  it('demotes the old primary when a new primary value is added', () => {
    const result = applyPatchRequest(user(), patch({ op: 'add', path: 'emails', value: [{ value: 'ada@new.example', type: 'work', primary: 'True' }] }));
    expect(result['emails']).toEqual([
      { value: 'ada@example.com', type: 'work', primary: false },
      { value: 'ada@new.example', type: 'work', primary: true },
    ]);
  });

  it("removes a group member as Okta does, by value filter", () => {
    const body = { schemas: [PATCH_OP_SCHEMA], Operations: [{ op: 'remove', path: 'members[value eq "u-1"]' }] };
    expect(applyPatchRequest(group(), body)['members']).toEqual([{ value: 'u-2', display: 'grace@example.com' }]);
  });

  it('removes group members as Entra ID does, by listing them as the value', () => {
    const body = patch({ op: 'Remove', path: 'members', value: [{ value: 'u-2' }] });
    expect(applyPatchRequest(group(), body)['members']).toEqual([{ value: 'u-1', display: 'ada@example.com' }]);
  });

  it('unassigns a multi-valued attribute when its last value is removed', () => {
    const body = patch({ op: 'remove', path: 'members[value eq "u-1" or value eq "u-2"]' });
    expect(applyPatchRequest(group(), body)).not.toHaveProperty('members');
  });

  it('removes every value of a multi-valued attribute when neither filter nor value is given', () => {
    expect(applyPatchRequest(group(), patch({ op: 'remove', path: 'members' }))).not.toHaveProperty('members');
  });

  it('treats removing what is already gone as done, so an IdP retry succeeds', () => {
    expect(applyPatchRequest(group(), patch({ op: 'remove', path: 'members[value eq "u-404"]' }))).toEqual(group());
    expect(applyPatchRequest(user(), patch({ op: 'remove', path: 'title' }))).toEqual(user());
  });

  it('removes a sub-attribute, and the sub-attribute of the elements a filter selects', () => {
    const result = applyPatchRequest(user(), patch({ op: 'remove', path: 'name.givenName' }, { op: 'remove', path: 'emails[type eq "work"].primary' }));
    expect(result['name']).toEqual({ formatted: 'Ada Lovelace', familyName: 'Lovelace' });
    expect(result['emails']).toEqual([{ value: 'ada@example.com', type: 'work' }]);
  });

  it("replaces all members when Okta pushes the whole group", () => {
    const result = applyPatchRequest(group(), patch({ op: 'replace', path: 'members', value: [{ value: 'u-5' }, { value: 'u-6' }] }));
    expect(result['members']).toEqual([{ value: 'u-5' }, { value: 'u-6' }]);
  });

  it('unassigns an attribute replaced with null', () => {
    expect(applyPatchRequest(user(), patch({ op: 'replace', path: 'displayName', value: null }))).not.toHaveProperty('displayName');
  });

  it('refuses a remove without a path, with noTarget', () => {
    expect(patchError(user(), patch({ op: 'remove', value: { title: 'x' } })).scimType).toBe('noTarget');
  });

  it("accepts Okta's group rename, which echoes the unchanged id", () => {
    const body = patch({ op: 'replace', value: { id: 'abf4dd94-a4c0-4f67-89c9-76b03340cb9b', displayName: 'Test SCIMv2' } });
    expect(applyPatchRequest(group(), body)).toEqual({ ...group(), displayName: 'Test SCIMv2' });
  });

  it('refuses changing or removing id, with mutability', () => {
    expect(patchError(group(), patch({ op: 'replace', value: { id: 'another' } })).scimType).toBe('mutability');
    expect(patchError(user(), patch({ op: 'remove', path: 'id' })).scimType).toBe('mutability');
  });

  it('refuses changing meta, with mutability', () => {
    expect(patchError(user(), patch({ op: 'replace', path: 'meta.lastModified', value: '2030-01-01T00:00:00Z' })).scimType).toBe('mutability');
  });

  it("refuses changing a user's groups, which change through the Group resource", () => {
    expect(patchError(user(), patch({ op: 'add', path: 'groups', value: [{ value: 'g-2' }] })).scimType).toBe('mutability');
  });

  it('refuses a pathless operation whose value is not an object, with invalidValue', () => {
    expect(patchError(user(), patch({ op: 'replace', value: false })).scimType).toBe('invalidValue');
  });

  it('refuses a whole-element filter path whose value is not an object, with invalidValue', () => {
    expect(patchError(user(), patch({ op: 'replace', path: 'emails[type eq "work"]', value: 'x@y.z' })).scimType).toBe('invalidValue');
  });

  it('merges an object into the elements a whole-element filter path selects', () => {
    const result = applyPatchRequest(user(), patch({ op: 'replace', path: 'emails[type eq "work"]', value: { value: 'a@new.example' } }));
    expect(result['emails']).toEqual([{ value: 'a@new.example', type: 'work', primary: true }]);
  });

  it('refuses a value filter on a single-valued attribute, with invalidPath', () => {
    expect(patchError(user(), patch({ op: 'replace', path: 'userName[value eq "x"]', value: 'y' })).scimType).toBe('invalidPath');
  });

  it('refuses a sub-attribute of a simple attribute, with invalidPath', () => {
    expect(patchError(user(), patch({ op: 'replace', path: 'userName.first', value: 'x' })).scimType).toBe('invalidPath');
  });

  it('refuses a malformed path, with invalidPath', () => {
    const error = patchError(user(), patch({ op: 'replace', path: 'emails[type eq work].value', value: 'x' }));
    expect(error).toMatchObject({ status: 400, scimType: 'invalidPath' });
  });

  it('applies all operations or none: a failing one discards the ones before it', () => {
    const input = user();
    const operations: PatchOperation[] = [
      { op: 'replace', path: 'active', value: false },
      { op: 'replace', path: 'id', value: 'u-2' },
    ];
    expect(() => applyPatch(input, operations)).toThrow(expect.objectContaining({ scimType: 'mutability' }));
    expect(input.active).toBe(true);
  });
});
