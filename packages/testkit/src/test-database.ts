import { randomBytes } from 'node:crypto';
import { dropDatabase, ensureDatabase } from '@guildhall/kernel';

/**
 * A fresh database per test file on the server named by DATABASE_URL (the real PostgreSQL when set,
 * else the embedded one the global setup started), dropped afterwards.
 */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const base = process.env['DATABASE_URL'];
  if (!base) throw new Error('DATABASE_URL is not set: run the tests through `npm test` (jest global setup).');
  const url = new URL(base);
  url.pathname = `/guildhall_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await ensureDatabase(url.toString());
  return { url: url.toString(), drop: () => dropDatabase(url.toString()) };
}
