import { performance } from 'node:perf_hooks';

export interface ConcurrentRun<T> {
  results: T[];
  /** Milliseconds, sorted ascending. */
  latencies: number[];
  seconds: number;
}

/**
 * Sends `total` requests with `concurrency` in flight at all times, like that many clients each
 * sending its next request as soon as the last one answers (autocannon cannot vary the body).
 */
export async function runConcurrently<T>(total: number, concurrency: number, send: (index: number) => Promise<T>): Promise<ConcurrentRun<T>> {
  const results: T[] = new Array(total);
  const latencies: number[] = new Array(total);
  let next = 0;
  const client = async () => {
    while (next < total) {
      const index = next++;
      const started = performance.now();
      results[index] = await send(index);
      latencies[index] = performance.now() - started;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, client));
  const seconds = (performance.now() - started) / 1000;
  return { results, latencies: latencies.sort((a, b) => a - b), seconds };
}

/** The p-th percentile (0–100) of ascending values, nearest rank. */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
