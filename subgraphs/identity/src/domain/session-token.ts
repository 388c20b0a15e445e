import { createHash, randomBytes } from 'node:crypto';

/** Opaque, random session tokens; only their SHA-256 is stored. */
export const SESSION_TOKEN_PREFIX = 'ghs_';

export function newSessionToken(): string {
  return SESSION_TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
