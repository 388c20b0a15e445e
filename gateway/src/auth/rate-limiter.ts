/**
 * Requests per key per minute, in fixed windows, in this gateway's memory: with N gateways behind a
 * balancer a key gets up to N times the limit (a shared store is the step up, when it matters).
 */
export function createRateLimiter(perMinute: number, now: () => number = Date.now) {
  const windows = new Map<string, { startedAt: number; count: number }>();
  return {
    /** 0 when the request may go ahead; otherwise the seconds until the window ends. */
    take(key: string): number {
      const at = now();
      const window = windows.get(key);
      if (!window || at - window.startedAt >= 60_000) {
        if (windows.size > 100_000) windows.clear();
        windows.set(key, { startedAt: at, count: 1 });
        return 0;
      }
      window.count += 1;
      return window.count > perMinute ? Math.ceil((window.startedAt + 60_000 - at) / 1000) : 0;
    },
  };
}
