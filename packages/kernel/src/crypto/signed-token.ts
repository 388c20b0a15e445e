import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Tokens that are their own credential (download links): `base64url(fields|expiry).base64url(mac)`,
 * HMAC-SHA256 under a key derived for one purpose, so a token names what it was made for until it
 * expires and cannot be forged or edited. Fields must not contain '|'.
 */
export function signToken(key: Buffer, fields: readonly string[], expiresAt: Date): string {
  if (fields.some((f) => f.includes('|'))) throw new Error('token fields cannot contain |');
  const payload = Buffer.from([...fields, String(Math.floor(expiresAt.getTime() / 1000))].join('|'), 'utf8');
  return `${payload.toString('base64url')}.${mac(key, payload).toString('base64url')}`;
}

export type VerifiedToken = { fields: string[]; expiresAt: Date; expired: boolean };

/** The fields a token carries (and whether it has expired), or null when it is malformed or forged. */
export function verifyToken(key: Buffer, token: string, now: Date = new Date(), maxLength = 512): VerifiedToken | null {
  if (token.length > maxLength) return null;
  const [encoded, signature, extra] = token.split('.');
  if (!encoded || !signature || extra !== undefined) return null;
  const payload = Buffer.from(encoded, 'base64url');
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(key, payload);
  if (payload.toString('base64url') !== encoded || given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const parts = payload.toString('utf8').split('|');
  const seconds = Number(parts.pop());
  if (!Number.isSafeInteger(seconds)) return null;
  const expiresAt = new Date(seconds * 1000);
  return { fields: parts, expiresAt, expired: expiresAt <= now };
}

const mac = (key: Buffer, payload: Buffer) => createHmac('sha256', key).update(payload).digest();
