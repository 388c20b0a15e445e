import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { freePort } from '@guildhall/kernel';
import { startSystem, type RunningSystem } from '@guildhall/testkit';

const webRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = join(webRoot, '..');
/** Kept by CI as test artifacts: what each browser step looked like. */
export const SCREENSHOT_DIR = join(repoRoot, 'artifacts', 'dashboard');

/** Debian's `chromium` (or CHROMIUM_PATH): browsers cannot be downloaded by test tools here. */
function chromiumExecutable(): string {
  if (process.env['CHROMIUM_PATH']) return process.env['CHROMIUM_PATH'];
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    for (const name of ['chromium', 'chromium-browser', 'google-chrome']) if (existsSync(join(dir, name))) return join(dir, name);
  }
  throw new Error('No Chromium found: install Debian’s chromium package or set CHROMIUM_PATH.');
}

export interface Dashboard {
  system: RunningSystem;
  /** The dashboard's origin, e.g. http://127.0.0.1:41234 */
  url: string;
  browser: Browser;
  /** A fresh browser profile (its own cookies), desktop-sized unless a viewport is given. */
  newContext(viewport?: { width: number; height: number }): Promise<BrowserContext>;
  screenshot(page: Page, name: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The whole system, the dashboard's production server in front of it (its own process, as
 * `npm start` runs it) and a headless Chromium. Needs `npm run build` (the Next.js build) first.
 */
export async function startDashboard(options: { payouts?: boolean } = {}): Promise<Dashboard> {
  // NEXT_DIST_DIR: a build made beside the default one (next.config reads it too)
  const distDir = process.env['NEXT_DIST_DIR'] || '.next';
  if (!existsSync(join(webRoot, distDir, 'BUILD_ID'))) throw new Error(`The dashboard is not built in web/${distDir}: run \`npm run build\` first.`);
  const webPort = await freePort();
  const url = `http://127.0.0.1:${webPort}`;
  const payouts = options.payouts ?? true;
  const system = await startSystem({
    // links in e-mails and SSO callbacks point at the dashboard, which proxies the gateway
    servicesEnv: { WEB_URL: url, FEATURE_PAYOUTS: String(payouts) },
    gatewayEnv: { PUBLIC_URL: url, ALLOWED_ORIGINS: url, FEATURE_PAYOUTS: String(payouts) },
  });
  let web: ChildProcess | null = null;
  let browser: Browser | null = null;
  try {
    web = spawn(process.execPath, [join(webRoot, 'dist', 'server.js')], {
      cwd: webRoot,
      env: { ...process.env, NODE_ENV: 'production', NODE_OPTIONS: '', WEB_PORT: String(webPort), WEB_HOST: '127.0.0.1', GATEWAY_URL: new URL(system.gatewayUrl).origin, FEATURE_PAYOUTS: String(payouts), NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: distDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    web.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    web.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitForHealthy(`${url}/healthz`, web, () => output);
    browser = await chromium.launch({
      executablePath: chromiumExecutable(),
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    await mkdir(SCREENSHOT_DIR, { recursive: true });
  } catch (error) {
    await browser?.close();
    web?.kill('SIGTERM');
    await system.stop();
    throw error;
  }
  const running = browser;
  const server = web;
  return {
    system,
    url,
    browser: running,
    async newContext(viewport = { width: 1280, height: 900 }) {
      const context = await running.newContext({ baseURL: url, viewport });
      // generous: CI runs two test files at once on two cores, a browser and the whole system each
      context.setDefaultTimeout(30_000);
      return context;
    },
    async screenshot(page, name) {
      await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
    },
    async stop() {
      await running.close();
      await new Promise<void>((resolve) => {
        server.once('exit', () => resolve());
        server.kill('SIGTERM');
      });
      await system.stop();
    },
  };
}

async function waitForHealthy(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The dashboard server exited (${child.exitCode}):\n${output()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The dashboard server did not become healthy:\n${output()}`);
}
