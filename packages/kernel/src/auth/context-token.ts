import { generateKeyPairSync } from 'node:crypto';
import { importPKCS8, importSPKI, jwtVerify, SignJWT } from 'jose';
import type { Principal, RequestOrigin } from './principal.js';

/**
 * The signed context token: the gateway signs (Ed25519) what it established about a request, one token
 * per subgraph audience, valid for at most 60 s. Subgraphs only hold the public key, so no subgraph
 * can mint a token for another, and a direct call without one is refused.
 */
export const CONTEXT_TOKEN_HEADER = 'x-guildhall-context';
const ISSUER = 'guildhall-gateway';
const ALG = 'EdDSA';
export const CONTEXT_TOKEN_TTL_SECONDS = 60;

export interface ContextClaims {
  principal: Principal;
  origin: RequestOrigin;
}

export async function createContextTokenSigner(privateKeyPem: string) {
  const key = await importPKCS8(privateKeyPem, ALG);
  return (claims: ContextClaims, audience: string): Promise<string> =>
    new SignJWT({ p: claims.principal, o: claims.origin })
      .setProtectedHeader({ alg: ALG })
      .setIssuer(ISSUER)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime(`${CONTEXT_TOKEN_TTL_SECONDS}s`)
      .sign(key);
}
export type ContextTokenSigner = Awaited<ReturnType<typeof createContextTokenSigner>>;

/** Verified tokens are remembered until they expire: the gateway reuses a token for many requests. */
export async function createContextTokenVerifier(publicKeyPem: string, audience: string, maxCached = 10_000) {
  const key = await importSPKI(publicKeyPem, ALG);
  const cache = new Map<string, { claims: ContextClaims; expiresAtMs: number }>();
  return async (token: string): Promise<ContextClaims | null> => {
    const hit = cache.get(token);
    if (hit && hit.expiresAtMs > Date.now()) return hit.claims;
    try {
      const { payload } = await jwtVerify(token, key, { issuer: ISSUER, audience, algorithms: [ALG] });
      const claims = { principal: payload['p'] as Principal, origin: payload['o'] as RequestOrigin };
      if (!claims.principal || typeof claims.principal.kind !== 'string') return null;
      if (cache.size >= maxCached) cache.clear();
      cache.set(token, { claims, expiresAtMs: (payload.exp ?? 0) * 1000 });
      return claims;
    } catch {
      return null;
    }
  };
}
export type ContextTokenVerifier = Awaited<ReturnType<typeof createContextTokenVerifier>>;

export function generateContextKeyPair(): { publicKey: string; privateKey: string } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}
