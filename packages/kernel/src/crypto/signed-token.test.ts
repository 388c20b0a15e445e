import { randomBytes } from 'node:crypto';
import { signToken, verifyToken } from './signed-token.js';

const key = randomBytes(32);

describe('signed tokens', () => {
  it('carries its fields until it expires, then says so', () => {
    const token = signToken(key, ['EXPORT', 'abc'], new Date('2026-12-07T00:00:00Z'));
    expect(verifyToken(key, token, new Date('2026-12-01T00:00:00Z'))).toEqual({ fields: ['EXPORT', 'abc'], expiresAt: new Date('2026-12-07T00:00:00Z'), expired: false });
    expect(verifyToken(key, token, new Date('2026-12-08T00:00:00Z'))?.expired).toBe(true);
  });

  it('refuses a forged, edited or foreign token', () => {
    const token = signToken(key, ['EXPORT', 'abc'], new Date('2026-12-07T00:00:00Z'));
    const [payload, mac] = token.split('.');
    const edited = Buffer.from(Buffer.from(payload!, 'base64url').toString().replace('abc', 'abd')).toString('base64url');
    expect(verifyToken(key, `${edited}.${mac}`)).toBeNull();
    expect(verifyToken(randomBytes(32), token)).toBeNull();
    expect(verifyToken(key, `${token}.x`)).toBeNull();
    expect(verifyToken(key, 'garbage')).toBeNull();
    expect(() => signToken(key, ['a|b'], new Date())).toThrow();
  });
});
