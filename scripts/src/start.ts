/**
 * `npm start`: the whole system on this machine. Without DATABASE_URL it runs an embedded PostgreSQL
 * under .data/ (kept between runs). Ctrl-C stops every service in order, then the database.
 */
import { createLogger, loadConfig } from '@guildhall/kernel';
import { launcherConfigSchema } from './launcher/launcher-config.js';
import { startStack, type Stack } from './launcher/stack.js';

const config = loadConfig(launcherConfigSchema);
const log = createLogger('guildhall', config.LOG_LEVEL);
let stack: Stack | null = null;
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  log.info('stopping…');
  await stack?.stop();
  log.info(config.DATABASE_URL ? 'stopped' : 'stopped; data kept for next time');
  process.exit(code);
}
// registered first: a Ctrl-C while services are still starting stops them too
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

try {
  stack = await startStack(config, { log });
} catch (error) {
  log.error((error as Error).message);
  process.exit(1);
}
if (stopping) {
  await stack.stop();
  process.exit(0);
}
for (const service of stack.services) {
  void service.exited.then((code) => {
    if (stopping) return;
    log.error(`${service.name} exited unexpectedly (code ${code}); stopping everything`);
    void shutdown(1);
  });
}
const { gateway, web, ...subgraphs } = stack.urls;
process.stdout.write(
  [
    '',
    'Guildhall is running.',
    `  Dashboard    ${web}`,
    `  GraphQL      ${gateway}   (HTTP, and graphql-ws subscriptions)`,
    `  Health       ${gateway!.replace('/graphql', '/readyz')}`,
    ...Object.entries(subgraphs).map(([name, url]) => `  ${name.padEnd(13)}${url}   (internal: needs a gateway context token)`),
    `  Payments     ${stack.payments}`,
    `  Payouts      ${stack.payouts}`,
    `  Database     ${config.DATABASE_URL ? 'DATABASE_URL' : `embedded PostgreSQL in ${config.DATA_DIR}/postgres`}`,
    'Press Ctrl-C to stop.',
    '',
  ].join('\n'),
);
