import { hashPassword, verifyPassword, DECOY_HASH } from './password-hash.js';
import { validateEmail, validatePassword, normaliseEmail } from './credentials.js';
import { retryAfterSeconds, DEFAULT_THROTTLE } from './throttle.js';

describe('credentials', () => {
  it('accepts a valid email in any case and refuses malformed ones', () => {
    expect(validateEmail(' Ada@Example.COM ', ['email'])).toEqual([]);
    expect(normaliseEmail(' Ada@Example.COM ')).toBe('ada@example.com');
    expect(validateEmail('not-an-email', ['input', 'email'])[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: ['input', 'email'] });
  });

  it('refuses short passwords', () => {
    expect(validatePassword('short', ['password'])[0]?.code).toBe('BAD_USER_INPUT');
    expect(validatePassword('long enough password', ['password'])).toEqual([]);
  });

  it('verifies a scrypt hash and refuses a wrong password and the decoy', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('wrong horse battery', hash)).toBe(false);
    expect(await verifyPassword('anything at all', DECOY_HASH)).toBe(false);
  });

  it('blocks a bucket at its limit until the window ends', () => {
    const now = new Date('2026-11-29T10:00:00Z');
    const started = new Date('2026-11-29T09:55:00Z');
    expect(retryAfterSeconds({ windowStartedAt: started, failures: 4 }, 5, DEFAULT_THROTTLE, now)).toBe(0);
    expect(retryAfterSeconds({ windowStartedAt: started, failures: 5 }, 5, DEFAULT_THROTTLE, now)).toBe(600);
  });
});
