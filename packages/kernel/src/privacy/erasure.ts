import { createHash } from 'node:crypto';

/**
 * DPDP §12 erasure: what a person's data is replaced with. Every context that keeps a name or an email
 * derives the replacement from the pseudonymous id alone, so they agree without sharing anything else.
 */
export const ERASED_EMAIL_DOMAIN = 'erased.invalid';

/** The label the salt is derived under (`SecretBox.deriveKey`): one deployment, one salt. */
export const ERASURE_SALT_LABEL = 'guildhall/erasure-pseudonym/v1';

/** sha256(userId + salt), hex: stable for a user within a deployment, not reversible without the salt. */
export function pseudonymIdOf(userId: string, salt: Buffer): string {
  return createHash('sha256').update(userId + salt.toString('hex')).digest('hex');
}

/** `Erased User <hash8>` and `erased-<hash16>@erased.invalid`, from the pseudonymous id. */
export function erasedIdentity(pseudonymId: string): { name: string; email: string } {
  if (!/^[0-9a-f]{16,}$/.test(pseudonymId)) throw new Error('a pseudonymous id is a hex digest');
  return { name: `Erased User ${pseudonymId.slice(0, 8)}`, email: `erased-${pseudonymId.slice(0, 16)}@${ERASED_EMAIL_DOMAIN}` };
}

/** An address erasure made up: nobody may sign up, be invited or be provisioned with one. */
export const isErasedEmail = (email: string): boolean => email.trim().toLowerCase().endsWith(`@${ERASED_EMAIL_DOMAIN}`);
