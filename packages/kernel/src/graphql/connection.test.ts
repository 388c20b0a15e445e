import { decodeCursor, encodeCursor, pageSize } from './connection.js';

describe('keyset cursors', () => {
  it('round-trips the sort key, strings and numbers alike', () => {
    const parts = ['2026-11-29T10:00:00.000Z', 'f2c0e8a4-6d1b-4c1e-9d5f-1a2b3c4d5e6f', 42];
    expect(decodeCursor(encodeCursor(parts), 3)).toEqual(parts);
  });

  it('is opaque and URL-safe', () => {
    const cursor = encodeCursor(['a/b+c?d=e', 'ü']);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, 2)).toEqual(['a/b+c?d=e', 'ü']);
  });

  it('treats an absent cursor as the first page', () => {
    expect(decodeCursor(null, 2)).toBeNull();
    expect(decodeCursor(undefined, 2)).toBeNull();
    expect(decodeCursor('', 2)).toBeNull();
  });

  it('refuses a cursor that is not base64url JSON', () => {
    expect(decodeCursor('not a cursor!', 2)).toBeNull();
    expect(decodeCursor(Buffer.from('{"unterminated').toString('base64url'), 2)).toBeNull();
  });

  it('refuses a cursor of another shape: wrong arity, not a list, or non-scalar parts', () => {
    expect(decodeCursor(encodeCursor(['a', 'b']), 3)).toBeNull();
    expect(decodeCursor(encodeCursor(['a', 'b', 'c']), 2)).toBeNull();
    expect(decodeCursor(Buffer.from(JSON.stringify({ 0: 'a', 1: 'b', length: 2 })).toString('base64url'), 2)).toBeNull();
    expect(decodeCursor(Buffer.from(JSON.stringify(['a', { $gt: '' }])).toString('base64url'), 2)).toBeNull();
    expect(decodeCursor(Buffer.from(JSON.stringify(['a', null])).toString('base64url'), 2)).toBeNull();
    expect(decodeCursor(Buffer.from(JSON.stringify('ab')).toString('base64url'), 2)).toBeNull();
  });
});

describe('page sizes', () => {
  it('uses the fallback when the client asks for none', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(null)).toBe(20);
    expect(pageSize(null, 50)).toBe(50);
  });

  it('keeps a size within bounds as asked', () => {
    expect(pageSize(1)).toBe(1);
    expect(pageSize(37)).toBe(37);
    expect(pageSize(100)).toBe(100);
  });

  it('clamps to at least one row and at most the maximum', () => {
    expect(pageSize(0)).toBe(1);
    expect(pageSize(-5)).toBe(1);
    expect(pageSize(101)).toBe(100);
    expect(pageSize(1_000_000)).toBe(100);
    expect(pageSize(500, 20, 250)).toBe(250);
  });
});
