import type { LiveEvent, LivePubSub } from '@guildhall/kernel';

/**
 * An async iterator over matching live events. `return()` unsubscribes at once, so a client that
 * leaves never leaves a listener behind waiting for the next event.
 */
export function liveIterator<T>(
  pubsub: LivePubSub,
  accept: (event: LiveEvent) => boolean,
  /** null: the subscriber may not see this event; it is skipped. */
  resolve: (event: LiveEvent) => Promise<{ value: T; last: boolean } | null>,
): AsyncIterableIterator<T> {
  const queue: LiveEvent[] = [];
  let wake: (() => void) | null = null;
  let finished = false;
  const unsubscribe = pubsub.subscribe((event) => {
    if (finished || !accept(event)) return;
    queue.push(event);
    wake?.();
  });
  const finish = () => {
    if (finished) return;
    finished = true;
    unsubscribe();
    wake?.();
  };
  const iterator: AsyncIterableIterator<T> = {
    [Symbol.asyncIterator]: () => iterator,
    async next() {
      while (!finished) {
        const event = queue.shift();
        if (event) {
          const resolved = await resolve(event); // one at a time: events arrive in order
          if (!resolved) continue;
          const { value, last } = resolved;
          if (last) finish();
          return { value, done: false };
        }
        await new Promise<void>((r) => (wake = r));
        wake = null;
      }
      return { value: undefined, done: true };
    },
    async return() {
      finish();
      return { value: undefined, done: true };
    },
    async throw(error) {
      finish();
      throw error;
    },
  };
  return iterator;
}
