import { StoreClosed } from './errors';
import type { Subscription } from './port';

/**
 * How a networked store (PostgreSQL, EventStoreDB) closes: once closing starts, new work is
 * refused; live subscriptions are stopped; appends already in flight finish; then the
 * store's connections are released, once, however often close() is called.
 */
export class StoreClosing {
  private started = false;
  private done: Promise<void> | null = null;
  private readonly inflight = new Set<Promise<unknown>>();
  /** Live subscriptions, stopped first when the store closes. */
  private readonly subscriptions = new Set<Subscription>();

  get closing(): boolean {
    return this.started;
  }

  /** Work close() waits for. */
  track<T>(p: Promise<T>): Promise<T> {
    this.inflight.add(p);
    const done = () => this.inflight.delete(p);
    p.then(done, done);
    return p;
  }

  /** `sub`, stopped when the store closes; stopping it first forgets it. */
  follow(sub: Subscription): Subscription {
    const wrapped: Subscription = {
      [Symbol.asyncIterator]: () => sub[Symbol.asyncIterator](),
      stop: async () => {
        this.subscriptions.delete(wrapped);
        await sub.stop();
      },
    };
    this.subscriptions.add(wrapped);
    return wrapped;
  }

  /** Whether any subscription is live. */
  get following(): boolean {
    return this.subscriptions.size > 0;
  }

  assertOpen(): void {
    if (this.started) throw new StoreClosed();
  }

  close(release: () => Promise<void>): Promise<void> {
    this.done ??= this.run(release);
    return this.done;
  }

  private async run(release: () => Promise<void>): Promise<void> {
    this.started = true;
    await Promise.allSettled([...this.subscriptions].map((s) => s.stop()));
    while (this.inflight.size > 0) await Promise.allSettled([...this.inflight]);
    await release();
  }
}
