import { createHmac, randomBytes } from 'node:crypto';

/**
 * Standard Webhooks signing (https://www.standardwebhooks.com): a secret is `whsec_` + base64 of
 * random bytes; the signature of one attempt is `v1,` + base64(HMAC-SHA256(key, `${id}.${timestamp}.${body}`))
 * with the secret's decoded bytes as the key. Several signatures (a rotation's old and new secret)
 * go in one header, space-separated: a receiver accepts the message when any one of them verifies.
 */
export const SECRET_PREFIX = 'whsec_';
export const SECRET_BYTES = 32;

export const generateWebhookSecret = () => `${SECRET_PREFIX}${randomBytes(SECRET_BYTES).toString('base64')}`;

export function secretKey(secret: string): Buffer {
  const key = Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64');
  if (!key.length) throw new Error('a webhook secret cannot be empty');
  return key;
}

export function signWebhook(secret: string, id: string, timestampSeconds: number, body: string): string {
  return `v1,${createHmac('sha256', secretKey(secret)).update(`${id}.${timestampSeconds}.${body}`, 'utf8').digest('base64')}`;
}

export interface WebhookHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

/** The three headers of one attempt, signed with every current secret (the new one first). */
export function webhookHeaders(input: { id: string; body: string; secrets: readonly string[]; at: Date }): WebhookHeaders {
  if (!input.secrets.length) throw new Error('a webhook needs at least one secret to be signed');
  const timestamp = Math.floor(input.at.getTime() / 1000);
  return {
    'webhook-id': input.id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': input.secrets.map((secret) => signWebhook(secret, input.id, timestamp, input.body)).join(' '),
  };
}

/** How long a rotated-out secret keeps signing beside the new one. */
export const ROTATION_OVERLAP_MS = 24 * 60 * 60 * 1000;

/** The secrets an attempt is signed with: the current one, and the previous one until it expires. */
export function signingSecrets(current: string, previous: { secret: string; expiresAt: Date } | null, now: Date): string[] {
  return previous && previous.expiresAt.getTime() > now.getTime() ? [current, previous.secret] : [current];
}
