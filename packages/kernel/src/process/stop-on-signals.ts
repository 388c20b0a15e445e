import type { Logger } from '../log/logger.js';

/** Stops a service cleanly on Ctrl-C or SIGTERM, then exits with an explicit code. */
export function stopOnSignals(log: Logger, stop: () => Promise<void>) {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      if (stopping) return;
      stopping = true;
      stop().then(
        () => process.exit(0),
        (error) => {
          log.error('stopped with an error', { error });
          process.exit(1);
        },
      );
    });
  }
}
