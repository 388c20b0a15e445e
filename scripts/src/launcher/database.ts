import { resolve } from 'node:path';
import pg from 'pg';
import { createLogger, startEmbeddedPostgres } from '@guildhall/kernel';
import { repoRoot } from '../repo-root.js';
import type { LauncherConfig } from './launcher-config.js';

/**
 * The database a one-off script (seed, bench) should use: DATABASE_URL; else the embedded server that
 * `npm start` is running; else an embedded server started just for this script.
 */
export async function openScriptDatabase(config: LauncherConfig): Promise<{ url: string; close(): Promise<void> }> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, close: async () => undefined };
  const url = `postgres://postgres:postgres@127.0.0.1:${config.EMBEDDED_PG_PORT}/guildhall`;
  const client = new pg.Client({ connectionString: url });
  const running = await client.connect().then(() => true, () => false);
  await client.end().catch(() => undefined);
  if (running) return { url, close: async () => undefined };
  const embedded = await startEmbeddedPostgres({ dataDir: resolve(repoRoot, config.DATA_DIR), port: config.EMBEDDED_PG_PORT, database: 'guildhall', log: createLogger('postgres', 'warn') });
  return { url: embedded.url, close: embedded.stop };
}
