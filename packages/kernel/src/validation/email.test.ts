import { isEmailAddress, normaliseEmail, validateEmail } from './email.js';

describe('the email rule', () => {
  it('accepts ordinary addresses, in any case once normalised', () => {
    expect(isEmailAddress(normaliseEmail(' Ada@Example.CO.IN '))).toBe(true);
    expect(validateEmail('first.last+tag@sub.example.test', ['input', 'email'])).toEqual([]);
  });

  it('refuses what is not one address', () => {
    for (const bad of ['not-an-email', 'a@b', 'a@@b.c', 'a b@c.d', 'a@b.c,d@e.f', 'a@.b.c', `${'x'.repeat(250)}@b.cd`]) expect(isEmailAddress(bad)).toBe(false);
    expect(validateEmail('nope', ['input', 'email'])[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: ['input', 'email'] });
  });
});
