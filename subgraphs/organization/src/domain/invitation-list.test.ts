import { checkInitialInvitations } from './invitation-list.js';

const creator = { userId: 'u1', email: 'Owner@Example.test' };
const newOrg = { canHost: false, canSponsor: true };

describe('invitations a new org is created with', () => {
  it('accepts any invitable role the new OWNER may grant', () => {
    expect(checkInitialInvitations([{ email: 'a@example.test', role: 'MAINTAINER' }, { email: 'b@example.test', role: 'LEARNER' }], creator, newOrg)).toEqual([]);
  });

  it('points at each bad entry: email, role, EXPERT without hosting, a duplicate, the creator', () => {
    const errors = checkInitialInvitations(
      [
        { email: 'nope', role: 'LEARNER' },
        { email: 'c@example.test', role: 'SUPPORT' },
        { email: 'd@example.test', role: 'EXPERT' },
        { email: 'e@example.test', role: 'MANAGER' },
        { email: 'E@example.test', role: 'LEARNER' },
        { email: 'owner@example.test', role: 'MANAGER' },
      ],
      creator,
      newOrg,
    );
    expect(errors.map((e) => [e.code, e.field?.join('.')])).toEqual([
      ['BAD_USER_INPUT', 'input.invitations.0.email'],
      ['BAD_USER_INPUT', 'input.invitations.1.role'],
      ['ROLE_TRANSITION_BLOCKED', 'input.invitations.2.role'],
      ['CONFLICT', 'input.invitations.4.email'],
      ['CONFLICT', 'input.invitations.5.email'],
    ]);
  });

  it('refuses more than 500 at once, naming the list', () => {
    const many = Array.from({ length: 501 }, (_, i) => ({ email: `u${i}@example.test`, role: 'LEARNER' as const }));
    expect(checkInitialInvitations(many, creator, newOrg)).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'invitations'] })]);
  });
});
