/**
 * Polls `probe` until it returns without throwing, or rethrows its last failure at the
 * deadline. Tests wait for an outcome this way rather than sleeping a fixed time, which is
 * too short on a loaded machine and wasted on a quiet one.
 */
export async function eventually<T>(probe: () => T | Promise<T>, { timeoutMs = 20_000, intervalMs = 25 } = {}): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await probe();
    } catch (err) {
      if (Date.now() >= deadline) throw err;
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  }
}
