import { isIdempotencyKey, requestHash } from './idempotency.js';

describe('idempotency keys', () => {
  it('accepts UUIDs and refuses short or odd keys', () => {
    expect(isIdempotencyKey('6f1c2f8e-1d2a-4b7e-9c1e-2f3a4b5c6d7e')).toBe(true);
    expect(isIdempotencyKey('short')).toBe(false);
    expect(isIdempotencyKey('has spaces in it')).toBe(false);
    expect(isIdempotencyKey('x'.repeat(129))).toBe(false);
  });
  it('hashes a request independently of field order and absent fields', () => {
    expect(requestHash({ a: 1, b: 'x', c: null })).toBe(requestHash({ b: 'x', a: 1 }));
    expect(requestHash({ a: 1 })).not.toBe(requestHash({ a: 2 }));
    expect(requestHash({ at: new Date('2026-01-01T00:00:00Z') })).toBe(requestHash({ at: new Date('2026-01-01T00:00:00.000Z') }));
  });
});
