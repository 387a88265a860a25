import type { Position, RecordedEvent } from './envelope';
import type { ReadAllOptions, SubscribeOptions, Subscription } from './port';
import { StoreClosed } from './errors';

/**
 * Catch-up-then-live subscription shared by adapters whose log can be read in pages
 * by position. It reads pages after the last delivered position until a page comes
 * back short, then waits for the adapter's "something was committed" signal (or a
 * poll interval, for writers in other processes) and reads again.
 *
 * Because every page is read strictly after the last delivered position, and the
 * adapters assign positions in commit order, nothing is skipped or delivered twice.
 */
export function pagedSubscription(
  readPage: (opts: ReadAllOptions) => Promise<RecordedEvent[]>,
  waitForCommit: (signal: AbortSignal, pollMs: number) => Promise<void>,
  options: SubscribeOptions = {},
  pollMs = 250,
): Subscription {
  const batchSize = options.batchSize ?? 500;
  const abort = new AbortController();
  let after: Position | null = options.after ?? null;

  async function* run(): AsyncGenerator<RecordedEvent> {
    while (!abort.signal.aborted) {
      let page: RecordedEvent[];
      try {
        page = await readPage({ after, limit: batchSize });
      } catch (e) {
        if (e instanceof StoreClosed && abort.signal.aborted) return;
        throw e;
      }
      for (const ev of page) {
        if (abort.signal.aborted) return;
        after = ev.position;
        yield ev;
      }
      if (page.length < batchSize) await waitForCommit(abort.signal, pollMs);
    }
  }

  const iterator = run();
  return {
    [Symbol.asyncIterator]: () => iterator,
    async stop() {
      abort.abort();
      await iterator.return(undefined);
    },
  };
}

/** Resolves on the next notify(), after pollMs, or when aborted, whichever comes first. */
export class CommitSignal {
  private waiters = new Set<() => void>();

  notify(): void {
    const ws = [...this.waiters];
    this.waiters.clear();
    for (const w of ws) w();
  }

  wait(signal: AbortSignal, pollMs: number): Promise<void> {
    if (signal.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, pollMs);
      signal.addEventListener('abort', done, { once: true });
      this.waiters.add(done);
    });
  }
}
