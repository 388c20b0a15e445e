import { importPKCS8, SignJWT } from 'jose';
import { createContextTokenSigner, createContextTokenVerifier, generateContextKeyPair, type ContextClaims } from './context-token.js';

const keys = generateContextKeyPair();
const claims: ContextClaims = {
  principal: { kind: 'user', userId: 'u-1', email: 'test@example.test', sessionId: 's-1', platformAdmin: false, memberships: { 'org-1': { role: 'OWNER', status: 'ACTIVE' } } },
  origin: { ip: '203.0.113.7', userAgent: 'jest' },
};

/** A token made like the gateway's, with one thing changed. */
async function forge(options: { issuer?: string; audience?: string; expiresAt?: number; payload?: Record<string, unknown> }) {
  const key = await importPKCS8(keys.privateKey, 'EdDSA');
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT(options.payload ?? { p: claims.principal, o: claims.origin })
    .setProtectedHeader({ alg: 'EdDSA' })
    .setIssuer(options.issuer ?? 'guildhall-gateway')
    .setAudience(options.audience ?? 'billing')
    .setIssuedAt(now - 120)
    .setExpirationTime(options.expiresAt ?? now + 60)
    .sign(key);
}

describe('context tokens between the gateway and the subgraphs', () => {
  it('round-trips the principal and origin for the audience it was signed for', async () => {
    const sign = await createContextTokenSigner(keys.privateKey);
    const verify = await createContextTokenVerifier(keys.publicKey, 'billing');
    expect(await verify(await sign(claims, 'billing'))).toEqual(claims);
  });

  it('refuses a token signed for another subgraph', async () => {
    const sign = await createContextTokenSigner(keys.privateKey);
    const verifyBilling = await createContextTokenVerifier(keys.publicKey, 'billing');
    expect(await verifyBilling(await sign(claims, 'payouts'))).toBeNull();
  });

  it('refuses a token signed with another key', async () => {
    const other = generateContextKeyPair();
    const sign = await createContextTokenSigner(other.privateKey);
    const verify = await createContextTokenVerifier(keys.publicKey, 'billing');
    expect(await verify(await sign(claims, 'billing'))).toBeNull();
  });

  it('refuses an expired token', async () => {
    const verify = await createContextTokenVerifier(keys.publicKey, 'billing');
    const expired = await forge({ expiresAt: Math.floor(Date.now() / 1000) - 30 });
    expect(await verify(expired)).toBeNull();
    // the same claims, still valid, pass: only the expiry differs
    expect(await verify(await forge({}))).toEqual(claims);
  });

  it('refuses a token from another issuer', async () => {
    const verify = await createContextTokenVerifier(keys.publicKey, 'billing');
    expect(await verify(await forge({ issuer: 'someone-else' }))).toBeNull();
  });

  it('refuses a tampered token, even after the genuine one was verified and cached', async () => {
    const sign = await createContextTokenSigner(keys.privateKey);
    const verify = await createContextTokenVerifier(keys.publicKey, 'billing');
    const token = await sign(claims, 'billing');
    expect(await verify(token)).toEqual(claims);
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    decoded.p.platformAdmin = true;
    const tampered = `${header}.${Buffer.from(JSON.stringify(decoded)).toString('base64url')}.${signature}`;
    expect(await verify(tampered)).toBeNull();
    // a flipped signature byte fails too
    const flipped = `${header}.${payload}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
    expect(await verify(flipped)).toBeNull();
  });

  it('refuses an unsigned token and garbage', async () => {
    const verify = await createContextTokenVerifier(keys.publicKey, 'billing');
    const body = Buffer.from(JSON.stringify({ p: claims.principal, o: claims.origin, iss: 'guildhall-gateway', aud: 'billing', exp: Math.floor(Date.now() / 1000) + 60 })).toString('base64url');
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${body}.`;
    expect(await verify(unsigned)).toBeNull();
    expect(await verify('not-a-token')).toBeNull();
    expect(await verify('')).toBeNull();
  });

  it('refuses a validly signed token that carries no principal', async () => {
    const verify = await createContextTokenVerifier(keys.publicKey, 'billing');
    expect(await verify(await forge({ payload: { o: claims.origin } }))).toBeNull();
    expect(await verify(await forge({ payload: { p: { userId: 'u-1' }, o: claims.origin } }))).toBeNull();
  });
});
