import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '@guildhall/kernel';
import { createOrganization, gql, signUp, waitUntil } from '@guildhall/testkit';

/**
 * `npm start` on a machine with no database: the built launcher, with DATABASE_URL unset, runs the
 * embedded PostgreSQL and every service as processes, the dashboard in front; Ctrl-C stops cleanly
 * and the data survives.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'guildhall-quickstart-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function launch(ports: Record<string, number>) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  delete env['DATABASE_URL'];
  for (const [name, port] of Object.entries(ports)) env[name] = String(port);
  const child = spawn(process.execPath, [join(root, 'scripts', 'dist', 'start.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await waitUntil(() => output.includes('Guildhall is running.') || child.exitCode !== null, 150_000, 'npm start to be ready');
  if (!output.includes('Guildhall is running.')) throw new Error(`launcher failed:\n${output}`);
  return { child, exited, output: () => output };
}

async function stop(launched: { child: ChildProcess; exited: Promise<number | null> }) {
  launched.child.kill('SIGINT'); // what Ctrl-C sends
  return launched.exited;
}

async function portsFor() {
  const names = ['EMBEDDED_PG_PORT', 'GATEWAY_PORT', 'WEB_PORT', 'ORGANIZATION_PORT', 'IDENTITY_PORT', 'BILLING_PORT', 'PAYOUTS_PORT', 'COMPLIANCE_PORT'];
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await freePort()] as const)));
}

const gatewayIsUp = (url: string) => fetch(url.replace('/graphql', '/healthz')).then((r) => r.ok, () => false);

describe('npm start without a database', () => {
  it('runs the whole system on embedded PostgreSQL, stops cleanly on Ctrl-C and keeps the data', async () => {
    const ports = await portsFor();
    const gatewayUrl = `http://127.0.0.1:${ports['GATEWAY_PORT']}/graphql`;
    const first = await launch(ports);
    expect(first.output()).toContain(`http://localhost:${ports['WEB_PORT']}`);
    const owner = await signUp(gatewayUrl, { email: 'quickstart@example.test' });
    const org = await createOrganization(gatewayUrl, owner.token, 'Quickstart Org');
    // the worker process relays organization.created to billing
    await waitUntil(async () => {
      const r = await gql(gatewayUrl, 'query ($id: ID!) { organization(id: $id) { billingAccount { mode } } }', { id: org.id }, { token: owner.token });
      return r.data?.['organization']?.billingAccount?.mode === 'TAG_ONLY';
    }, 30_000, 'the billing account');
    // the dashboard's production build, and the gateway through the dashboard's origin
    const dashboard = `http://127.0.0.1:${ports['WEB_PORT']}`;
    const signInPage = await fetch(`${dashboard}/sign-in`);
    expect(signInPage.status).toBe(200);
    expect(await signInPage.text()).toContain('<title>Guildhall</title>');
    const proxied = await gql(`${dashboard}/graphql`, 'query { viewer { email } }', {}, { token: owner.token });
    expect(proxied.data?.['viewer']).toEqual({ email: 'quickstart@example.test' });
    expect(await stop(first)).toBe(0);
    expect(await gatewayIsUp(gatewayUrl)).toBe(false);

    const second = await launch(ports);
    const again = await gql(gatewayUrl, 'query { viewer { email organizations { name } } }', {}, { token: owner.token });
    expect(again.data?.['viewer']).toEqual({ email: 'quickstart@example.test', organizations: [{ name: 'Quickstart Org' }] });
    expect(await stop(second)).toBe(0);
  }, 400_000);
});
