import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Encryption at rest for the few fields that must be stored but not read back in the clear (a PAN,
 * an OIDC client secret): AES-256-GCM, a fresh 12-byte IV per value, `v1.<iv>.<tag>.<ciphertext>`.
 */
export interface SecretBox {
  seal(plaintext: string): string;
  open(sealed: string): string;
  /**
   * A 32-byte key for another purpose (signing links...), HKDF-SHA256 of the data key under `label`:
   * one label, one key, and none of them reveals the data key or another label's key.
   */
  deriveKey(label: string): Buffer;
}

export function createSecretBox(keyBase64: string): SecretBox {
  const key = Buffer.from(keyBase64, 'base64');
  if (key.length !== 32) throw new Error('DATA_ENCRYPTION_KEY must be 32 bytes, base64-encoded');
  return {
    seal(plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join('.');
    },
    open(sealed) {
      const [version, iv, tag, data] = sealed.split('.');
      if (version !== 'v1' || !iv || !tag || data === undefined) throw new Error('not a sealed value');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
    },
    deriveKey(label) {
      if (!label) throw new Error('a derived key needs a label');
      return Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), label, 32));
    },
  };
}

export const generateDataKey = () => randomBytes(32).toString('base64');
