import { createSecretBox, generateDataKey } from './secret-box.js';

describe('secret box', () => {
  const box = createSecretBox(generateDataKey());

  it('opens what it sealed, and seals the same value differently each time', () => {
    const a = box.seal('ABCPE1234F');
    expect(box.open(a)).toBe('ABCPE1234F');
    expect(box.seal('ABCPE1234F')).not.toBe(a);
    expect(a).not.toContain('ABCPE1234F');
  });

  it('refuses a tampered value and another key', () => {
    const sealed = box.seal('secret');
    const [v, iv, tag, data] = sealed.split('.');
    const flipped = Buffer.from(data!, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    expect(() => box.open([v, iv, tag, flipped.toString('base64url')].join('.'))).toThrow();
    expect(() => createSecretBox(generateDataKey()).open(sealed)).toThrow();
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() => createSecretBox(Buffer.alloc(16).toString('base64'))).toThrow(/32 bytes/);
  });

  it('derives one stable key per label, apart from the data key and from other labels', () => {
    const dataKey = generateDataKey();
    const a = createSecretBox(dataKey).deriveKey('guildhall document links');
    expect(a).toHaveLength(32);
    expect(createSecretBox(dataKey).deriveKey('guildhall document links').equals(a)).toBe(true);
    expect(createSecretBox(dataKey).deriveKey('another purpose').equals(a)).toBe(false);
    expect(createSecretBox(generateDataKey()).deriveKey('guildhall document links').equals(a)).toBe(false);
    expect(a.equals(Buffer.from(dataKey, 'base64'))).toBe(false);
    expect(() => createSecretBox(dataKey).deriveKey('')).toThrow();
  });
});
