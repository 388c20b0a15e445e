import { erasedIdentity, isErasedEmail, pseudonymIdOf } from './erasure.js';

describe('erasure replacements', () => {
  const salt = Buffer.alloc(32, 7);

  it('derives a stable pseudonymous id per user and salt, and different ones otherwise', () => {
    const a = pseudonymIdOf('0b7e8a4e-1d3c-4a57-9e59-8f5a2b1c0d9e', salt);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(pseudonymIdOf('0b7e8a4e-1d3c-4a57-9e59-8f5a2b1c0d9e', salt)).toBe(a);
    expect(pseudonymIdOf('0b7e8a4e-1d3c-4a57-9e59-8f5a2b1c0d9f', salt)).not.toBe(a);
    expect(pseudonymIdOf('0b7e8a4e-1d3c-4a57-9e59-8f5a2b1c0d9e', Buffer.alloc(32, 8))).not.toBe(a);
  });

  it('names and addresses the erased person from the hash only', () => {
    const id = 'abcdef0123456789'.repeat(4);
    expect(erasedIdentity(id)).toEqual({ name: 'Erased User abcdef01', email: 'erased-abcdef0123456789@erased.invalid' });
    expect(() => erasedIdentity('ada@example.com')).toThrow();
    expect(isErasedEmail(' Erased-abcdef0123456789@ERASED.invalid')).toBe(true);
    expect(isErasedEmail('ada@example.com')).toBe(false);
  });
});
