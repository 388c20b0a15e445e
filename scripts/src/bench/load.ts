import autocannon from 'autocannon';
import { cpuSnapshot } from './proc-cpu.js';

export interface LoadResult {
  name: string;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  /** CPU microseconds per request, per process. */
  cpuPerRequest: Record<string, number>;
}

/** Drives one HTTP request shape with autocannon and charges each process's CPU to the requests. */
export async function runLoad(options: {
  name: string;
  url: string;
  headers: Record<string, string>;
  body: string;
  pids: Record<string, number>;
  connections?: number;
  durationSeconds?: number;
}): Promise<LoadResult> {
  const request = { url: options.url, method: 'POST' as const, headers: options.headers, body: options.body };
  await autocannon({ ...request, connections: options.connections ?? 8, duration: 2 }); // warm up: JIT, caches, pools
  const before = cpuSnapshot(options.pids);
  const result = await autocannon({ ...request, connections: options.connections ?? 8, duration: options.durationSeconds ?? 10 });
  const after = cpuSnapshot(options.pids);
  const requests = result.requests.total;
  return {
    name: options.name,
    requests,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx + result.errors,
    cpuPerRequest: Object.fromEntries(Object.keys(options.pids).map((name) => [name, requests ? (after[name]! - before[name]!) / requests : 0])),
  };
}

export function printResult(result: LoadResult) {
  const lines = [
    `\n${result.name}`,
    `  requests/s      ${result.rps.toFixed(0)}   (${result.requests} requests, ${result.non2xx} non-2xx or errors)`,
    `  latency p50/p99 ${result.p50} ms / ${result.p99} ms`,
    '  CPU µs/request',
    ...Object.entries(result.cpuPerRequest).map(([name, micros]) => `    ${name.padEnd(14)}${micros.toFixed(0).padStart(7)}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
