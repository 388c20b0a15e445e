import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropDatabase, ensureDatabase, freePort, parseConfig } from '@guildhall/kernel';
import { launcherConfigSchema } from '../launcher/launcher-config.js';
import { startStack, type Stack } from '../launcher/stack.js';

export interface BenchStack {
  stack: Stack;
  privateKey: string;
  /** Every service's process id, by name, for /proc CPU readings. */
  pids: Record<string, number>;
  /**
   * The environment the services run with (database, data key, mail outbox), for a scenario that runs
   * a job in the bench process itself, building its SubgraphServices the way the worker does.
   */
  serviceEnv: Record<string, string | undefined>;
  stop(): Promise<void>;
}

/**
 * The production shape for measuring: every service its own process (so /proc shows each one's CPU),
 * NODE_ENV=production, a fresh database (on DATABASE_URL's server, else embedded), free ports.
 */
export async function startBenchStack(): Promise<BenchStack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'guildhall-bench-'));
  let databaseUrl: string | undefined;
  if (process.env['DATABASE_URL']) {
    const url = new URL(process.env['DATABASE_URL']);
    url.pathname = `/guildhall_bench_${process.pid}`;
    databaseUrl = url.toString();
    await ensureDatabase(databaseUrl);
  }
  const ports = ['EMBEDDED_PG_PORT', 'GATEWAY_PORT', 'WEB_PORT', 'ORGANIZATION_PORT', 'IDENTITY_PORT', 'BILLING_PORT', 'PAYOUTS_PORT', 'COMPLIANCE_PORT'];
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    SERVICE_NODE_ARGS: process.env['SERVICE_NODE_ARGS'] ?? '',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  };
  for (const name of ports) env[name] = String(await freePort());
  const stack = await startStack(parseConfig(launcherConfigSchema, env), {
    withWeb: false,
    write: (line) => void process.stderr.write(line),
    extraEnv: { AUTH_CACHE_TTL_MS: '5000' },
  });
  const { privateKey, dataKey } = JSON.parse(readFileSync(join(dataDir, 'keys.json'), 'utf8')) as { privateKey: string; dataKey: string };
  const pids = Object.fromEntries(stack.services.map((s) => [s.name, s.process.pid!]));
  const serviceEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: stack.databaseUrl,
    DATA_ENCRYPTION_KEY: process.env['DATA_ENCRYPTION_KEY'] ?? dataKey, // as the launcher decides it
    MAIL_OUTBOX_DIR: join(dataDir, 'mail'),
    PUBLIC_URL: process.env['PUBLIC_URL'] || stack.urls['gateway']!.replace(/\/graphql$/, ''),
  };
  return {
    stack,
    privateKey,
    pids,
    serviceEnv,
    async stop() {
      await stack.stop();
      if (databaseUrl) await dropDatabase(databaseUrl);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
