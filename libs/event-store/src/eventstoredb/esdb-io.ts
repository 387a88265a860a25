/**
 * Reads through @eventstore/db-client as the adapter needs them: every call on the leader,
 * one retry when the node turns out not to be the leader, and the client's errors for
 * missing and deleted streams turned into what the port says.
 */
import {
  BACKWARDS,
  FORWARDS,
  NotLeaderError,
  StreamDeletedError,
  StreamNotFoundError,
  type EventStoreDBClient,
  type ReadRevision,
  type StreamingRead,
} from '@eventstore/db-client';
import type { RecordedEvent } from '../envelope';
import { StreamDeleted } from '../errors';
import { fromEsdbRecord } from './codec';

/** The part of the client the adapter uses. */
export type EsdbClient = Pick<
  EventStoreDBClient,
  'appendToStream' | 'readStream' | 'readAll' | 'subscribeToAll' | 'getStreamMetadata' | 'dispose'
>;

/**
 * Sent with every call. Without it a follower serves reads from its own copy of the log,
 * which can lag the leader that took the writes; after a failover the client can stay
 * connected to a follower however it was configured (nodePreference only chooses the node
 * at connect time). With it a follower answers NotLeader with the leader's endpoint and
 * the client reconnects there (Streams.*: GetRequiresLeader; client: NotLeaderError).
 */
export const ON_LEADER = { requiresLeader: true } as const;

export interface StreamReadOptions {
  fromRevision: ReadRevision;
  direction: typeof FORWARDS | typeof BACKWARDS;
  maxCount: number;
}

/** Runs op; on NotLeaderError (the client has switched to the leader by then) runs it once more. */
export async function onLeader<T>(op: () => Promise<T>, onRetry?: () => void): Promise<T> {
  try {
    return await op();
  } catch (e) {
    if (!(e instanceof NotLeaderError)) throw e;
    onRetry?.();
    return op();
  }
}

/** A stream's events; a missing stream (StreamNotFoundError, thrown while iterating) is empty, a tombstoned one StreamDeleted. */
async function* streamEvents(
  client: EsdbClient,
  stream: string,
  options: StreamReadOptions,
): AsyncGenerator<RecordedEvent> {
  try {
    for await (const r of reading(client.readStream(stream, { ...options, ...ON_LEADER }))) {
      if (r.event) yield fromEsdbRecord(r.event);
    }
  } catch (e) {
    if (e instanceof StreamNotFoundError) return;
    if (e instanceof StreamDeletedError) throw new StreamDeleted(stream, 'tombstoned');
    throw e;
  }
}

export function collectStream(
  client: EsdbClient,
  stream: string,
  options: StreamReadOptions,
  onRetry?: () => void,
): Promise<RecordedEvent[]> {
  return onLeader(async () => {
    const out: RecordedEvent[] = [];
    for await (const e of streamEvents(client, stream, options)) out.push(e);
    return out;
  }, onRetry);
}

/** Iterates a client read, cancelling the call on the server if the loop ends early. */
export async function* reading<E>(read: StreamingRead<E>): AsyncGenerator<E> {
  let finished = false;
  try {
    for await (const x of read) yield x;
    finished = true;
  } finally {
    if (!finished) await read.cancel().catch(() => undefined);
  }
}

/**
 * Refuses servers whose stream reads carry no $all positions. Before 22.6 they send
 * ulong.MaxValue, which the client passes on as a position, so nothing downstream could
 * tell; before 21.10 there is no ServerFeatures and the client reports "unknown".
 */
export function checkServerVersion(version: string): void {
  const m = /^(\d+)\.(\d+)/.exec(version);
  const ok = m !== null && (Number(m[1]) > 22 || (Number(m[1]) === 22 && Number(m[2]) >= 6));
  if (!ok) {
    throw new Error(
      `EventStoreDB server version ${version} is not supported: the ledger needs 22.6 or later (earlier servers give stream reads no $all positions)`,
    );
  }
}
