import { createHmac, timingSafeEqual } from 'node:crypto';
import type { SecretBox, SubgraphServices } from '@guildhall/kernel';

/**
 * Download links for invoice and credit-note PDFs that need no login (an email's link, a finance
 * team's accounting tool): the token is the credential. `base64url(kind|id|expiry).base64url(mac)`,
 * where mac = HMAC-SHA256 under a key derived from the data key for this one purpose, so a token
 * names one document until it expires and cannot be forged or edited.
 */
export type DocumentKind = 'INVOICE' | 'CREDIT_NOTE';
export interface DocumentRef {
  kind: DocumentKind;
  id: string;
}

const KINDS: readonly string[] = ['INVOICE', 'CREDIT_NOTE'] satisfies DocumentKind[];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_TOKEN_LENGTH = 256;

/** The signing key of document links; never the data key itself. */
export const documentLinkKey = (secrets: SecretBox): Buffer => secrets.deriveKey('guildhall document links');

/** Where a browser downloads the document: the gateway's `GET /documents/<token>`, valid `ttlMinutes`. */
export function documentUrl(services: Pick<SubgraphServices, 'secrets' | 'invoicing'>, ref: DocumentRef, ttlMinutes = 15, now: Date = new Date()): string {
  const token = signDocumentLink(documentLinkKey(services.secrets), ref, new Date(now.getTime() + ttlMinutes * 60_000));
  return `${services.invoicing.publicUrl}/documents/${token}`;
}

export function signDocumentLink(key: Buffer, ref: DocumentRef, expiresAt: Date): string {
  if (!KINDS.includes(ref.kind) || !UUID.test(ref.id)) throw new Error(`cannot link to ${ref.kind} ${ref.id}`);
  const payload = Buffer.from(`${ref.kind}|${ref.id}|${Math.floor(expiresAt.getTime() / 1000)}`, 'utf8');
  return `${payload.toString('base64url')}.${mac(key, payload).toString('base64url')}`;
}

/** The document a token names, or null when it is malformed, tampered with or expired. */
export function verifyDocumentLink(key: Buffer, token: string, now: Date = new Date()): DocumentRef | null {
  if (token.length > MAX_TOKEN_LENGTH) return null;
  const parts = token.split('.');
  if (parts.length !== 2) return null;
  const payload = strictBase64url(parts[0]!);
  const given = strictBase64url(parts[1]!);
  if (!payload || !given || given.length !== 32) return null;
  if (!timingSafeEqual(given, mac(key, payload))) return null;
  const [kind, id, expiry, ...rest] = payload.toString('utf8').split('|');
  if (rest.length || !kind || !KINDS.includes(kind) || !id || !UUID.test(id) || !expiry || !/^[0-9]{1,12}$/.test(expiry)) return null;
  if (Number(expiry) * 1000 <= now.getTime()) return null;
  return { kind: kind as DocumentKind, id };
}

const mac = (key: Buffer, payload: Buffer) => createHmac('sha256', key).update(payload).digest();

/** Node decodes base64 leniently (skips stray characters); only the canonical spelling is accepted. */
function strictBase64url(text: string): Buffer | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : null;
}
