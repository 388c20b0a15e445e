import { createHmac, randomUUID } from 'node:crypto';
import { createSecretBox, generateDataKey } from '@guildhall/kernel';
import { documentLinkKey, signDocumentLink, verifyDocumentLink, type DocumentRef } from './document-links.js';

const key = documentLinkKey(createSecretBox(generateDataKey()));
const ref: DocumentRef = { kind: 'INVOICE', id: randomUUID() };
const now = new Date('2026-12-01T10:00:00Z');
const in15 = new Date(now.getTime() + 15 * 60_000);

/** The token with one character of part `which` (0 payload, 1 mac) changed. */
function flip(token: string, which: 0 | 1, at = 3): string {
  const parts = token.split('.');
  const part = parts[which]!;
  parts[which] = part.slice(0, at) + (part[at] === 'A' ? 'B' : 'A') + part.slice(at + 1);
  return parts.join('.');
}

describe('document links', () => {
  it('name their document until they expire', () => {
    const token = signDocumentLink(key, ref, in15);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/); // safe in a URL path as it is
    expect(verifyDocumentLink(key, token, now)).toEqual(ref);
    expect(verifyDocumentLink(key, token, new Date(in15.getTime() - 1_000))).toEqual(ref);
    expect(verifyDocumentLink(key, token, in15)).toBeNull();
    expect(verifyDocumentLink(key, token, new Date(in15.getTime() + 86_400_000))).toBeNull();
  });

  it('keep the kind: a credit note link is not an invoice link', () => {
    const credit: DocumentRef = { kind: 'CREDIT_NOTE', id: ref.id };
    expect(verifyDocumentLink(key, signDocumentLink(key, credit, in15), now)).toEqual(credit);
  });

  it('refuse a tampered payload or signature, and another key', () => {
    const token = signDocumentLink(key, ref, in15);
    expect(verifyDocumentLink(key, flip(token, 0), now)).toBeNull();
    expect(verifyDocumentLink(key, flip(token, 1), now)).toBeNull();
    // a later expiry, re-encoded, with the old signature
    const [, signature] = token.split('.');
    const extended = Buffer.from(`INVOICE|${ref.id}|${Math.floor(in15.getTime() / 1000) + 86_400}`).toString('base64url');
    expect(verifyDocumentLink(key, `${extended}.${signature}`, now)).toBeNull();
    // another document, same signature
    const other = Buffer.from(`INVOICE|${randomUUID()}|${Math.floor(in15.getTime() / 1000)}`).toString('base64url');
    expect(verifyDocumentLink(key, `${other}.${signature}`, now)).toBeNull();
    expect(verifyDocumentLink(documentLinkKey(createSecretBox(generateDataKey())), token, now)).toBeNull();
  });

  it('refuse malformed tokens without throwing', () => {
    const token = signDocumentLink(key, ref, in15);
    const [payload, signature] = token.split('.') as [string, string];
    for (const bad of ['', '.', 'abc', `${payload}.`, `.${signature}`, `${payload}.${signature}.x`, `${payload}=.${signature}`, `${payload}.${signature.slice(0, -2)}`, `${payload} .${signature}`, token + 'A', 'x'.repeat(10_000)])
      expect(verifyDocumentLink(key, bad, now)).toBeNull();
  });

  it('refuse a well-signed payload that is not kind|uuid|expiry', () => {
    // only the key holder could make these; verifying must still not trust their shape
    const forge = (text: string) => `${Buffer.from(text).toString('base64url')}.${createHmac('sha256', key).update(Buffer.from(text)).digest('base64url')}`;
    const exp = Math.floor(in15.getTime() / 1000);
    expect(verifyDocumentLink(key, forge(`INVOICE|${ref.id}|${exp}`), now)).toEqual(ref); // the forge itself is right
    for (const text of [`PAYMENT|${ref.id}|${exp}`, `INVOICE|not-a-uuid|${exp}`, `INVOICE|${ref.id}|soon`, `INVOICE|${ref.id}|${exp}|x`, `INVOICE|${ref.id}`])
      expect(verifyDocumentLink(key, forge(text), now)).toBeNull();
  });

  it('refuse to sign what they could not verify', () => {
    expect(() => signDocumentLink(key, { kind: 'INVOICE', id: 'GH/26-27/000123' }, in15)).toThrow();
    expect(() => signDocumentLink(key, { kind: 'PAYMENT' as 'INVOICE', id: ref.id }, in15)).toThrow();
  });
});
