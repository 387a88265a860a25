import type { RecordedEvent } from '@ledger/event-store';

const CUT = Symbol('cut');

/**
 * A batch starting with `first`: what else arrives until `waitMs` have passed (or, when that is
 * not positive, what is already there), at most `max` events. `pending` is a read begun and not
 * yet answered, to await first next time.
 */
export async function gather(
  it: AsyncIterator<RecordedEvent>,
  first: RecordedEvent,
  max: number,
  waitMs: number,
): Promise<{ batch: RecordedEvent[]; pending: Promise<IteratorResult<RecordedEvent>> | null }> {
  const batch = [first];
  let timer: NodeJS.Timeout | undefined;
  const cut = new Promise<typeof CUT>((r) =>
    waitMs > 0 ? (timer = setTimeout(() => r(CUT), waitMs)) : setImmediate(() => r(CUT)),
  );
  try {
    while (batch.length < max) {
      const next = it.next();
      const r = await Promise.race([next, cut]);
      if (r === CUT) return { batch, pending: next };
      if (r.done) break;
      batch.push(r.value);
    }
    return { batch, pending: null };
  } finally {
    clearTimeout(timer);
  }
}
