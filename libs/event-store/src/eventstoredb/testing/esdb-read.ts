/**
 * Streams.Read for the test server (Core/Services/Transport/Grpc/Streams.Read.cs and the
 * enumerators in Core/Services/Transport/Enumerators/): stream reads, $all reads, and
 * subscriptions to $all, with or without a filter.
 */
import type { ServerWritableStream } from '@grpc/grpc-js';
import * as streams from '@eventstore/db-client/generated/streams_pb';
import type { EsdbLog, LogRecord } from './esdb-log';
import { readEvent, streamDeletedError, streamIdentifier, streamName } from './esdb-wire';

export interface ReadContext {
  /** A stale follower's copy: only records before this index of the log (null: the whole log). */
  seesBefore: number | null;
  /** Stream reads carry positions from server 22.6 on; before, ulong.MaxValue. */
  positionsInStreamReads: boolean;
  /** Where live subscriptions register the function that ends them with an error. */
  live: Set<(e: Error) => void>;
  /** Told how many events each stream read sent, and where each subscription starts. */
  observe: { streamEvents(n: number): void; subscribed(from: string): void };
}

/** Enumerator.cs ReadBatchSize: the default max search window of a filtered subscription. */
const DEFAULT_SEARCH_WINDOW = 32;
const BACKWARDS = streams.ReadReq.Options.ReadDirection.BACKWARDS;

type Call = ServerWritableStream<streams.ReadReq, streams.ReadResp>;

export function handleRead(call: Call, log: EsdbLog, ctx: ReadContext): void {
  const o = call.request.getOptions() as streams.ReadReq.Options;
  if (o.hasStream()) return readStream(call, log, ctx, o);
  if (o.hasSubscription()) return subscribeToAll(call, log, ctx, o);
  return readAll(call, log, ctx, o);
}

function cutoff(log: EsdbLog, ctx: ReadContext): (r: LogRecord) => boolean {
  if (ctx.seesBefore === null) return () => true;
  const limit = log.records[ctx.seesBefore]?.logPosition;
  return limit === undefined ? () => true : (r) => r.logPosition < limit;
}

/**
 * A stream read: StreamDeleted (an RpcException) for a tombstoned stream, a StreamNotFound
 * message for one that was never written or is soft-deleted, else the events from the given
 * revision (inclusive) in the given direction, up to count, hiding those before $tb.
 */
function readStream(call: Call, log: EsdbLog, ctx: ReadContext, o: streams.ReadReq.Options): void {
  const so = o.getStream() as streams.ReadReq.Options.StreamOptions;
  const name = streamName(so.getStreamIdentifier());
  if (log.isTombstoned(name)) {
    call.emit('error', streamDeletedError(name));
    return;
  }
  const visible = log.visible(name).filter(cutoff(log, ctx));
  if (visible.length === 0) {
    call.write(
      new streams.ReadResp().setStreamNotFound(
        new streams.ReadResp.StreamNotFound().setStreamIdentifier(streamIdentifier(name)),
      ),
    );
    call.end();
    return;
  }
  const count = BigInt(o.getCount() || '0');
  let list: LogRecord[];
  if (o.getReadDirection() === BACKWARDS) {
    const from = so.hasRevision() ? BigInt(so.getRevision()) : null;
    list = visible.filter((r) => from === null || r.revision <= from).reverse();
  } else {
    const from = so.hasRevision() ? BigInt(so.getRevision()) : 0n;
    list = visible.filter((r) => r.revision >= from);
  }
  const sent = list.slice(0, Number(count > BigInt(list.length) ? BigInt(list.length) : count));
  ctx.observe.streamEvents(sent.length);
  for (const r of sent) call.write(readEvent(r, ctx.positionsInStreamReads));
  call.end();
}

/** (L, L) compared with (commit, prepare): TFPos order, commit first. */
function cmp(l: bigint, commit: bigint, prepare: bigint): number {
  if (l !== commit) return l < commit ? -1 : 1;
  return l < prepare ? -1 : l > prepare ? 1 : 0;
}

/**
 * An event filter (Core/Services/Storage/ReaderIndex/EventFilter.cs): on the event type or the
 * stream name, by unanchored regex or by any of several prefixes.
 */
function filterOf(o: streams.ReadReq.Options): ((r: LogRecord) => boolean) | null {
  if (!o.hasFilter()) return null;
  const f = o.getFilter() as streams.ReadReq.Options.FilterOptions;
  const onType = f.hasEventType();
  const expr = (
    onType ? f.getEventType() : f.getStreamIdentifier()
  ) as streams.ReadReq.Options.FilterOptions.Expression;
  const field = (r: LogRecord) => (onType ? r.type : r.stream);
  const regex = expr.getRegex();
  if (regex) {
    const re = new RegExp(regex);
    return (r) => re.test(field(r));
  }
  const prefixes = expr.getPrefixList();
  return (r) => prefixes.some((p) => field(r).startsWith(p));
}

/**
 * A $all read (AllReader.ReadAllEventsForward/Backward): forwards from a position inclusive,
 * backwards from a position exclusive (END: from the last record), count matching events.
 */
function readAll(call: Call, log: EsdbLog, ctx: ReadContext, o: streams.ReadReq.Options): void {
  const ao = o.getAll() as streams.ReadReq.Options.AllOptions;
  const pos = ao.hasPosition() ? (ao.getPosition() as streams.ReadReq.Options.Position) : null;
  const commit = pos ? BigInt(pos.getCommitPosition()) : null;
  const prepare = pos ? BigInt(pos.getPreparePosition()) : null;
  const filter = filterOf(o);
  const records = log.records.filter(cutoff(log, ctx));
  let list: LogRecord[];
  if (o.getReadDirection() === BACKWARDS) {
    list = (
      commit === null || ao.hasEnd()
        ? records
        : records.filter((r) => cmp(r.logPosition, commit, prepare as bigint) < 0)
    ).reverse();
  } else {
    list = commit === null ? records : records.filter((r) => cmp(r.logPosition, commit, prepare as bigint) >= 0);
  }
  if (filter) list = list.filter(filter);
  const count = Number(
    BigInt(o.getCount() || '0') > BigInt(list.length) ? BigInt(list.length) : BigInt(o.getCount() || '0'),
  );
  for (const r of list.slice(0, count)) call.write(readEvent(r, true));
  call.end();
}

/**
 * A subscription to $all (Enumerator.AllSubscription / AllSubscriptionFiltered): a
 * confirmation, then every event strictly after the start position (START: all; END: only
 * new ones), then CaughtUp and live events. With a filter, a checkpoint (the position of the
 * last event considered) every checkpointIntervalMultiplier × max search window events
 * considered (32 unless the client sets a maximum). Ends when the client cancels, or with
 * UNAVAILABLE when the server drops it.
 */
function subscribeToAll(call: Call, log: EsdbLog, ctx: ReadContext, o: streams.ReadReq.Options): void {
  const ao = o.getAll() as streams.ReadReq.Options.AllOptions;
  const filter = filterOf(o);
  const f = o.hasFilter() ? (o.getFilter() as streams.ReadReq.Options.FilterOptions) : null;
  const interval = f
    ? (f.hasMax() ? f.getMax() : DEFAULT_SEARCH_WINDOW) * Math.max(1, f.getCheckpointintervalmultiplier())
    : 0;
  call.write(
    new streams.ReadResp().setConfirmation(
      new streams.ReadResp.SubscriptionConfirmation().setSubscriptionId(crypto.randomUUID()),
    ),
  );

  let next: number;
  if (ao.hasEnd()) next = log.records.length;
  else if (ao.hasPosition()) {
    const p = ao.getPosition() as streams.ReadReq.Options.Position;
    ctx.observe.subscribed(`C:${p.getCommitPosition()}/P:${p.getPreparePosition()}`);
    const c = BigInt(p.getCommitPosition());
    const pr = BigInt(p.getPreparePosition());
    next = log.records.findIndex((r) => cmp(r.logPosition, c, pr) > 0);
    if (next < 0) next = log.records.length;
  } else {
    next = 0;
    ctx.observe.subscribed('start');
  }

  let considered = 0;
  let caughtUp = false;
  let ended = false;
  const pump = () => {
    if (ended) return;
    while (next < log.records.length) {
      const r = log.records[next++];
      considered++;
      if (!filter || filter(r)) call.write(readEvent(r, true));
      if (interval > 0 && considered >= interval) {
        considered %= interval;
        call.write(
          new streams.ReadResp().setCheckpoint(
            new streams.ReadResp.Checkpoint()
              .setCommitPosition(r.logPosition.toString())
              .setPreparePosition(r.logPosition.toString()),
          ),
        );
      }
    }
    if (!caughtUp) {
      caughtUp = true;
      call.write(new streams.ReadResp().setCaughtUp(new streams.ReadResp.CaughtUp()));
    }
  };
  const unsubscribe = log.onAppend(pump);
  const end = (e: Error) => {
    if (ended) return;
    ended = true;
    unsubscribe();
    ctx.live.delete(end);
    call.emit('error', e);
  };
  ctx.live.add(end);
  call.on('cancelled', () => {
    ended = true;
    unsubscribe();
    ctx.live.delete(end);
  });
  pump();
}
