import { checkObligations } from './member-obligations.js';

describe('member obligations', () => {
  it('lets a member without open obligations go', () => {
    expect(checkObligations([], 'MAINTAINER', false)).toEqual([]);
  });

  it('refuses removal while an obligation is open, naming it', () => {
    const [error] = checkObligations(['UNPAID_EARNINGS'], 'OWNER', false);
    expect(error).toMatchObject({ code: 'CONFLICT', field: ['input', 'force'] });
    expect(error?.message).toContain('earnings not yet paid out');
  });

  it('lets only an OWNER force it', () => {
    expect(checkObligations(['OPEN_DISPUTE'], 'OWNER', true)).toEqual([]);
    expect(checkObligations(['OPEN_DISPUTE'], 'MAINTAINER', true)).toHaveLength(1);
  });
});
