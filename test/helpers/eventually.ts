/**
 * Waits for something that happens in the background (a projection catching up, a sealer
 * following the log, a leader taking over) by retrying a check until it passes. The check
 * is an assertion: it throws (an `expect`) or returns false while the thing has not
 * happened, and its last failure is what the test reports when time runs out. There is
 * no other way to wait in the tests: a fixed sleep proves nothing when it passes and
 * fails at random on a loaded machine.
 */
export interface EventuallyOptions {
  /** How long to keep trying (default 20 s). */
  timeoutMs?: number;
  /** Pause between tries (default 25 ms). */
  intervalMs?: number;
  /** What is being waited for, for the failure message. */
  what?: string;
}

export async function eventually<T>(
  check: () => T | Promise<T>,
  options: EventuallyOptions = {},
): Promise<Exclude<T, false>> {
  const { timeoutMs = 20_000, intervalMs = 25, what } = options;
  const until = Date.now() + timeoutMs;
  for (;;) {
    let failure: unknown;
    try {
      const result = await check();
      if (result !== false) return result as Exclude<T, false>;
      failure = new Error('the check returned false');
    } catch (e) {
      failure = e;
    }
    if (Date.now() >= until) {
      const reason = failure instanceof Error ? failure.message : String(failure);
      throw new Error(`${what ?? 'condition'} not met within ${timeoutMs} ms: ${reason}`, { cause: failure });
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
