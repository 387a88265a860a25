import type { EventStore } from '@ledger/event-store';
import type { StoredCheckpoint } from '../storage/types';
import type { Sealer } from './sealer';

/**
 * A checkpoint covering every event committed before the call: waits (bounded) for the sealer to
 * reach the log's head as it is now, then signs. Exports use it, so an export always includes the
 * act just recorded, whether the sealer runs in the API's thread or on a thread of its own.
 */
export async function checkpointCoveringHead(
  store: Pick<EventStore, 'headPosition' | 'comparePositions'>,
  sealer: Pick<Sealer, 'sealedPosition' | 'checkpointNow'>,
  timeoutMs: number,
): Promise<StoredCheckpoint> {
  const head = await store.headPosition();
  const until = Date.now() + timeoutMs;
  while (head !== null) {
    const sealed = sealer.sealedPosition;
    if (sealed !== null && store.comparePositions(sealed, head) >= 0) break;
    if (Date.now() > until) throw new Error('the sealer has not caught up with the log');
    await new Promise((r) => setTimeout(r, 10));
  }
  return sealer.checkpointNow();
}
