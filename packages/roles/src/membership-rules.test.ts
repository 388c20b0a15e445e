import { checkGrant, checkRemoval, checkRoleChange, type MemberFacts, type OrgFacts } from './membership-rules.js';

const member = (userId: string, role: MemberFacts['role'], status: MemberFacts['status'] = 'ACTIVE'): MemberFacts => ({ userId, role, status });
const org = (overrides: Partial<OrgFacts> = {}): OrgFacts => ({ canHost: true, canSponsor: true, activeOwners: 2, ...overrides });
const codes = (errors: { code: string }[]) => errors.map((e) => e.code);

describe('role changes', () => {
  const owner = member('o', 'OWNER');
  const maintainer = member('m', 'MAINTAINER');

  it('refuses to change your own role', () => {
    expect(codes(checkRoleChange(owner, owner, 'MAINTAINER', org()))).toEqual(['ROLE_TRANSITION_BLOCKED']);
  });

  it('lets only an OWNER grant, change or remove OWNER, MAINTAINER or BILLING_ADMIN', () => {
    expect(codes(checkRoleChange(maintainer, member('x', 'MANAGER'), 'BILLING_ADMIN', org()))).toEqual(['ROLE_TRANSITION_BLOCKED']);
    expect(codes(checkRoleChange(maintainer, member('x', 'BILLING_ADMIN'), 'MANAGER', org()))).toEqual(['ROLE_TRANSITION_BLOCKED']);
    expect(codes(checkGrant(maintainer, 'OWNER', org()))).toEqual(['ROLE_TRANSITION_BLOCKED']);
    expect(codes(checkRemoval(maintainer, member('x', 'MAINTAINER'), org(), 'remove'))).toEqual(['ROLE_TRANSITION_BLOCKED']);
    expect(checkRoleChange(owner, member('x', 'MAINTAINER'), 'BILLING_ADMIN', org())).toEqual([]);
    expect(checkRoleChange(maintainer, member('x', 'MANAGER'), 'SUPPORT', org())).toEqual([]);
  });

  it('refuses LEARNER to EXPERT and EXPERT to LEARNER', () => {
    expect(codes(checkRoleChange(owner, member('x', 'LEARNER'), 'EXPERT', org()))).toEqual(['ROLE_TRANSITION_BLOCKED']);
    expect(codes(checkRoleChange(owner, member('x', 'EXPERT'), 'LEARNER', org()))).toEqual(['ROLE_TRANSITION_BLOCKED']);
  });

  it('requires canHost for EXPERT and canSponsor for LEARNER', () => {
    expect(codes(checkRoleChange(owner, member('x', 'MANAGER'), 'EXPERT', org({ canHost: false })))).toEqual(['ROLE_TRANSITION_BLOCKED']);
    expect(codes(checkGrant(owner, 'LEARNER', org({ canSponsor: false })))).toEqual(['ROLE_TRANSITION_BLOCKED']);
    expect(checkGrant(owner, 'EXPERT', org())).toEqual([]);
  });

  it('never demotes, suspends or removes the last active OWNER', () => {
    const other = member('p', 'OWNER');
    expect(codes(checkRoleChange(owner, other, 'MAINTAINER', org({ activeOwners: 1 })))).toEqual(['LAST_OWNER']);
    expect(codes(checkRemoval(owner, other, org({ activeOwners: 1 }), 'suspend'))).toEqual(['LAST_OWNER']);
    expect(codes(checkRemoval(owner, other, org({ activeOwners: 1 }), 'remove'))).toEqual(['LAST_OWNER']);
    expect(checkRoleChange(owner, other, 'MAINTAINER', org({ activeOwners: 2 }))).toEqual([]);
  });

  it('allows MAINTAINER to BILLING_ADMIN and back by an OWNER', () => {
    expect(checkRoleChange(owner, member('x', 'MAINTAINER'), 'BILLING_ADMIN', org())).toEqual([]);
    expect(checkRoleChange(owner, member('x', 'BILLING_ADMIN'), 'MAINTAINER', org())).toEqual([]);
  });

  it('refuses to suspend or remove yourself', () => {
    expect(codes(checkRemoval(owner, owner, org(), 'suspend'))).toEqual(['ROLE_TRANSITION_BLOCKED']);
    expect(codes(checkRemoval(maintainer, maintainer, org(), 'remove'))).toEqual(['ROLE_TRANSITION_BLOCKED']);
  });
});
