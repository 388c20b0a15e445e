import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

const COLORS = [36, 35, 33, 32, 34, 31, 96, 95, 93];

export interface ChildService {
  name: string;
  process: ChildProcess;
  exited: Promise<number | null>;
  stop(timeoutMs?: number): Promise<void>;
}

/** Runs one service as a child process; its output joins the console with a coloured name prefix. */
export function spawnService(name: string, entry: string, env: NodeJS.ProcessEnv, index: number, write: (line: string) => void, nodeArgs: readonly string[] = []): ChildService {
  // detached: a Ctrl-C in the terminal reaches only the launcher, which stops services in order;
  // the IPC channel lets a service notice when the launcher is gone
  const child = spawn(process.execPath, [...nodeArgs, entry], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  const color = COLORS[index % COLORS.length];
  const prefix = process.stdout.isTTY ? `\x1b[${color}m${name.padEnd(13)}\x1b[0m│ ` : `${name.padEnd(13)}│ `;
  for (const stream of [child.stdout!, child.stderr!]) {
    createInterface({ input: stream }).on('line', (line) => write(`${prefix}${line}\n`));
  }
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    name,
    process: child,
    exited,
    async stop(timeoutMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Waits until `url` answers 200, or fails with the service's name. */
export async function waitForReady(name: string, url: string, child: ChildService, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void child.exited.then((code) => (exitCode = code));
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`${name} exited with code ${exitCode} before it was ready`);
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${name} was not ready at ${url} within ${timeoutMs / 1000} s`);
}
