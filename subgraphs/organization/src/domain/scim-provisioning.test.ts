import { checkScimGroupFields, checkScimGroupRole, checkScimUserFields, scimRoleFor } from './scim-provisioning.js';

describe('scimRoleFor', () => {
  it('takes the highest-ranked mapped role', () => {
    expect(scimRoleFor('LEARNER', ['SUPPORT', 'MANAGER', null])).toBe('MANAGER');
  });
  it('falls back to LEARNER when no group maps', () => {
    expect(scimRoleFor('MANAGER', [null, null])).toBe('LEARNER');
    expect(scimRoleFor('MAINTAINER', [])).toBe('LEARNER');
  });
  it('never changes an OWNER', () => {
    expect(scimRoleFor('OWNER', ['LEARNER'])).toBe('OWNER');
  });
});

describe('checkScimGroupRole', () => {
  const org = { canHost: false, canSponsor: true };
  it('refuses OWNER and roles the org cannot have', () => {
    expect(checkScimGroupRole('OWNER', org)[0]?.code).toBe('ROLE_TRANSITION_BLOCKED');
    expect(checkScimGroupRole('EXPERT', org)[0]?.code).toBe('ROLE_TRANSITION_BLOCKED');
  });
  it('allows unmapping and allowed roles', () => {
    expect(checkScimGroupRole(null, org)).toEqual([]);
    expect(checkScimGroupRole('MAINTAINER', org)).toEqual([]);
  });
});

describe('field checks', () => {
  it('refuses blank and overlong values', () => {
    expect(checkScimUserFields({ userName: ' ', email: 'a@b.co', active: true }).map((e) => e.field)).toEqual([['input', 'userName']]);
    expect(checkScimUserFields({ userName: 'a@b.co', email: 'a@b.co', active: true, title: 'x'.repeat(257) }).map((e) => e.field)).toEqual([['input', 'title']]);
  });
  it('refuses group members that are not ids', () => {
    expect(checkScimGroupFields({ displayName: 'Eng', memberIds: ['nope'] }).map((e) => e.field)).toEqual([['input', 'members']]);
    expect(checkScimGroupFields({ displayName: '', memberIds: [] }).map((e) => e.field)).toEqual([['input', 'displayName']]);
  });
});
