import type { ContextClaims, ContextTokenSigner } from '@guildhall/kernel';
import { CONTEXT_TOKEN_TTL_SECONDS } from '@guildhall/kernel';

/**
 * Signing costs real CPU per request and subgraph; the same claims for the same audience reuse one
 * token for half its lifetime. A membership change changes the claims, hence the key.
 */
export function createContextTokenCache(sign: ContextTokenSigner, maxEntries = 20_000) {
  const reuseMs = (CONTEXT_TOKEN_TTL_SECONDS * 1000) / 2;
  const cache = new Map<string, { token: string; until: number }>();
  return async (claims: ContextClaims, audience: string): Promise<string> => {
    const key = `${audience}\u0000${JSON.stringify(claims)}`;
    const hit = cache.get(key);
    const now = Date.now();
    if (hit && hit.until > now) return hit.token;
    const token = await sign(claims, audience);
    if (cache.size >= maxEntries) cache.clear();
    cache.set(key, { token, until: now + reuseMs });
    return token;
  };
}
export type ContextTokenCache = ReturnType<typeof createContextTokenCache>;
