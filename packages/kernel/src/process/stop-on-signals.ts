import type { Logger } from '../log/logger.js';

/** Stops a service cleanly on Ctrl-C, SIGTERM or its launcher's exit, then exits with an explicit code. */
export function stopOnSignals(log: Logger, stop: () => Promise<void>) {
  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    stop().then(
      () => process.exit(0),
      (error) => {
        log.error('stopped with an error', { error });
        process.exit(1);
      },
    );
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, shutdown);
  // started by the launcher: when it goes away (even killed), so does this service
  if (process.send) process.once('disconnect', shutdown);
}
