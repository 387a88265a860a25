/**
 * A subscription that survives drops: when the underlying subscription fails (or ends,
 * which a live subscription never should), it is opened again strictly after the last
 * position delivered, after a backoff delay that grows with each consecutive drop and
 * resets once the new subscription has delivered an event or stayed up for a while.
 *
 * It knows nothing of EventStoreDB: the adapter passes `open`, which subscribes to $all
 * after a position. That keeps it testable with a fake source (resubscribe.spec.ts).
 *
 * Guarantees, given a source that delivers its events in position order after the
 * position it was opened at: no event is delivered twice (anything at or before the last
 * delivered position is dropped, whether or not the source starts inclusively) and none
 * is skipped (every reopen starts right after the last delivered position).
 */
export interface SubscriptionSource<E> extends AsyncIterable<E> {
  /** Ends the underlying subscription; pending iteration then finishes or throws. */
  close(): Promise<void>;
}

export interface Backoff {
  /** First delay after a drop, ms. Default 100. */
  initialMs?: number;
  /** Largest delay, ms. Default 30,000. */
  maxMs?: number;
  /** Growth per consecutive drop. Default 2. */
  factor?: number;
  /** A subscription up this long before dropping counts as healthy: the next delay starts again at initialMs. Default 60,000. */
  resetAfterMs?: number;
}

export interface DropInfo<P> {
  error: unknown;
  /** Consecutive drops so far, 1 for the first. */
  attempt: number;
  delayMs: number;
  /** Where the next subscription starts (strictly after), null for the beginning. */
  after: P | null;
}

export interface ResubscribeOptions<E, P> {
  open: (after: P | null) => SubscriptionSource<E>;
  positionOf: (e: E) => P;
  compare: (a: P, b: P) => number;
  after?: P | null;
  backoff?: Backoff;
  /** Errors that must not be retried (corrupt data, access denied): they end the subscription. */
  isFatal?: (error: unknown) => boolean;
  /** Called on every drop, before the delay: log it. */
  onDrop?: (info: DropInfo<P>) => void;
  /** Injected for tests. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  now?: () => number;
}

/** The delay before reconnect attempt `attempt` (1-based). */
export function backoffDelay(attempt: number, b: Backoff = {}): number {
  const initial = b.initialMs ?? 100;
  const max = b.maxMs ?? 30_000;
  const factor = b.factor ?? 2;
  return Math.min(max, Math.round(initial * factor ** Math.max(0, attempt - 1)));
}

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

export interface Resubscription<E> extends AsyncIterable<E> {
  stop(): Promise<void>;
}

export function resubscribing<E, P>(opts: ResubscribeOptions<E, P>): Resubscription<E> {
  const abort = new AbortController();
  const sleep = opts.sleep ?? abortableSleep;
  const now = opts.now ?? Date.now;
  const resetAfter = opts.backoff?.resetAfterMs ?? 60_000;
  let last: P | null = opts.after ?? null;
  /** Closes the source being iterated (once, whoever asks first: stop() or the loop). */
  let closeCurrent: (() => Promise<void>) | null = null;

  async function* run(): AsyncGenerator<E> {
    let drops = 0;
    try {
      while (!abort.signal.aborted) {
        const openedAt = now();
        let delivered = false;
        let error: unknown = new Error('subscription ended');
        let close: (() => Promise<void>) | null = null;
        try {
          const source = opts.open(last);
          let closing: Promise<void> | null = null;
          close = () => (closing ??= source.close().catch(() => undefined));
          closeCurrent = close;
          for await (const e of source) {
            if (abort.signal.aborted) return;
            const p = opts.positionOf(e);
            if (last !== null && opts.compare(p, last) <= 0) continue; // already delivered
            last = p;
            if (!delivered) {
              delivered = true;
              drops = 0;
            }
            yield e;
          }
        } catch (e) {
          error = e;
        } finally {
          closeCurrent = null;
          await close?.();
        }
        if (abort.signal.aborted) return;
        if (opts.isFatal?.(error)) throw error;
        if (!delivered && now() - openedAt >= resetAfter) drops = 0;
        drops++;
        const delayMs = backoffDelay(drops, opts.backoff);
        opts.onDrop?.({ error, attempt: drops, delayMs, after: last });
        await sleep(delayMs, abort.signal);
      }
    } finally {
      closeCurrent = null;
    }
  }

  const iterator = run();
  return {
    [Symbol.asyncIterator]: () => iterator,
    async stop() {
      if (!abort.signal.aborted) {
        abort.abort();
        // Unblocks an iteration waiting on the source, so return() below can complete.
        await (closeCurrent as (() => Promise<void>) | null)?.();
      }
      await iterator.return(undefined);
    },
  };
}
