import { createHash, randomBytes } from 'node:crypto';
import { userError, type UserErrorValue } from '@guildhall/kernel';
import { API_SCOPE_NAMES, type ApiScope } from '@guildhall/roles';

/** An org's machine credentials: partner API keys (scoped, read-only) and SCIM bearer tokens. */
export const CREDENTIAL_KINDS = ['API_KEY', 'SCIM_TOKEN'] as const;
export type CredentialKind = (typeof CREDENTIAL_KINDS)[number];

/** The prefix tells the gateway which kind of bearer token it holds. */
export const CREDENTIAL_PREFIX: Record<CredentialKind, string> = { API_KEY: 'ghk_', SCIM_TOKEN: 'ghscim_' };

/** 48 random bytes, shown once; only the SHA-256 is stored, with the last four characters as a hint. */
export function newCredentialSecret(kind: CredentialKind): { secret: string; hash: string; hint: string } {
  const secret = CREDENTIAL_PREFIX[kind] + randomBytes(48).toString('base64url');
  return { secret, hash: hashCredentialSecret(secret), hint: secret.slice(-4) };
}

export const hashCredentialSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

export const credentialKindOf = (secret: string): CredentialKind | null =>
  secret.startsWith(CREDENTIAL_PREFIX.SCIM_TOKEN) ? 'SCIM_TOKEN' : secret.startsWith(CREDENTIAL_PREFIX.API_KEY) ? 'API_KEY' : null;

export const MAX_EXPIRY_DAYS = 730;

export function validateCredentialInput(input: { name: string; expiresInDays?: number | null; scopes?: readonly string[] | null }, kind: CredentialKind): UserErrorValue[] {
  const errors: UserErrorValue[] = [];
  const name = input.name.trim();
  if (!name || name.length > 100) errors.push(userError('BAD_USER_INPUT', ['input', 'name'], 'Name it, in at most 100 characters.'));
  if (input.expiresInDays != null && (!Number.isInteger(input.expiresInDays) || input.expiresInDays < 1 || input.expiresInDays > MAX_EXPIRY_DAYS)) {
    errors.push(userError('BAD_USER_INPUT', ['input', 'expiresInDays'], `Expire it in 1 to ${MAX_EXPIRY_DAYS} days, or leave it open.`));
  }
  if (kind === 'API_KEY') {
    const scopes = input.scopes ?? [];
    if (!scopes.length) errors.push(userError('BAD_USER_INPUT', ['input', 'scopes'], 'Give the key at least one scope.'));
    if (scopes.some((s) => !(API_SCOPE_NAMES as readonly string[]).includes(s))) errors.push(userError('BAD_USER_INPUT', ['input', 'scopes'], 'Unknown scope.'));
  }
  return errors;
}

export type { ApiScope };
