import { GROUP_SCHEMA } from './scim-attributes.js';
import { ScimError } from './scim-errors.js';
import { parseScimGroup, toScimGroup } from './scim-group.js';

const scimType = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof ScimError ? error.scimType : 'not a ScimError';
  }
  return 'no error';
};

describe('parseScimGroup', () => {
  it('reads name, externalId and member ids (deduplicated)', () => {
    expect(parseScimGroup({ schemas: [GROUP_SCHEMA], displayName: ' Eng ', externalId: 'g1', members: [{ value: 'a' }, { value: 'a', $ref: null }, { value: 'b' }] })).toEqual({
      displayName: 'Eng',
      externalId: 'g1',
      memberIds: ['a', 'b'],
    });
  });
  it('takes a group without members', () => {
    expect(parseScimGroup({ schemas: [GROUP_SCHEMA], displayName: 'Sales' }).memberIds).toEqual([]);
  });
  it('refuses malformed bodies with SCIM types', () => {
    expect(scimType(() => parseScimGroup([]))).toBe('invalidSyntax');
    expect(scimType(() => parseScimGroup({ displayName: 'x' }))).toBe('invalidSyntax');
    expect(scimType(() => parseScimGroup({ schemas: [GROUP_SCHEMA] }))).toBe('invalidValue');
    expect(scimType(() => parseScimGroup({ schemas: [GROUP_SCHEMA], displayName: 'x', members: 'a' }))).toBe('invalidValue');
    expect(scimType(() => parseScimGroup({ schemas: [GROUP_SCHEMA], displayName: 'x', members: [{ value: 7 }] }))).toBe('invalidValue');
    expect(scimType(() => parseScimGroup({ schemas: [GROUP_SCHEMA], displayName: 'x', members: [{ value: 'g', type: 'Group' }] }))).toBe('invalidValue');
  });
});

describe('toScimGroup', () => {
  it('renders members with references and meta', () => {
    const at = new Date('2026-01-01T00:00:00Z');
    const group = toScimGroup({ id: 'g', displayName: 'Eng', externalId: null, members: [{ id: 'u', userName: 'a@x.co' }], createdAt: at, updatedAt: at }, 'https://h/scim/v2/');
    expect(group.members).toEqual([{ value: 'u', display: 'a@x.co', $ref: 'https://h/scim/v2/Users/u', type: 'User' }]);
    expect(group.meta.location).toBe('https://h/scim/v2/Groups/g');
    expect(group).not.toHaveProperty('externalId');
  });
});
