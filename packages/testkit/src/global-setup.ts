import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, freePort, startEmbeddedPostgres, type EmbeddedPostgresHandle } from '@guildhall/kernel';

/**
 * Jest global setup: use the PostgreSQL named by DATABASE_URL, or start an embedded one for the run.
 * Each test file then creates (and drops) its own database on that server.
 */
// setup and teardown may load this module separately: keep the handle on the global object
const holder = globalThis as { __guildhallTestPostgres?: EmbeddedPostgresHandle | null };

export async function setupTestDatabase(): Promise<void> {
  if (process.env['DATABASE_URL']) return;
  const dataDir = mkdtempSync(join(tmpdir(), 'guildhall-test-pg-'));
  const embedded = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'postgres', log: createLogger('embedded-postgres', 'warn') });
  process.env['DATABASE_URL'] = embedded.url;
  holder.__guildhallTestPostgres = embedded;
}

export async function teardownTestDatabase(): Promise<void> {
  await holder.__guildhallTestPostgres?.stop();
  holder.__guildhallTestPostgres = null;
}
