/**
 * The write RPCs of EsdbTestServer (Streams.BatchAppend, Streams.Append, Streams.Delete and
 * Streams.Tombstone), kept apart from the server's set-up and fault injection: each turns
 * the client's request into one commit of the shared log (esdb-log.ts) and answers in the
 * server's wire format (esdb-wire.ts).
 */
import {
  status as GrpcStatus,
  type ServerDuplexStream,
  type ServerReadableStream,
  type ServerUnaryCall,
  type sendUnaryData,
} from '@grpc/grpc-js';
import { Empty as PbEmpty } from 'google-protobuf/google/protobuf/empty_pb';
import * as shared from '@eventstore/db-client/generated/shared_pb';
import * as streams from '@eventstore/db-client/generated/streams_pb';
import type { CommitResult, EsdbLog, Expected, Proposed } from './esdb-log';
import {
  maxAppendSizeError,
  maxAppendSizeStatus,
  sizeOnDisk,
  streamDeletedError,
  streamDeletedStatus,
  streamIdentifier,
  streamName,
  timeoutStatus,
  uuidString,
  wrongExpectedVersionError,
  wrongExpectedVersionStatus,
} from './esdb-wire';

/** What the write RPCs need of the node serving them. */
export interface WriteContext {
  log: EsdbLog;
  maxAppendSize: number;
  calls: Record<'append' | 'batchAppend' | 'delete' | 'tombstone', number>;
  /** NotLeader when this node is a follower and the request requires the leader. */
  leaderFor(requiresLeader: Array<string | Buffer>): Error | null;
  /** True (once) when a test asked for the next append to this stream to time out. */
  takeTimeout(stream: string): boolean;
}

/**
 * Streams.BatchAppend (Core/Services/Transport/Grpc/Streams.BatchAppend.cs): requests carry a
 * correlation id, options in the first, events in any number, is_final on the last. The size
 * (Event.SizeOnDisk summed) is checked as events arrive against MaxAppendSize; each append is
 * answered on the same duplex stream with Success(current revision, position) or an Error
 * status with details. The call stays open across appends.
 */
export function handleBatchAppend(
  call: ServerDuplexStream<streams.BatchAppendReq, streams.BatchAppendResp>,
  ctx: WriteContext,
): void {
  const pending = new Map<
    string,
    { stream: string; expected: Expected; events: Proposed[]; size: number; failed: boolean }
  >();
  const requiresLeader = call.metadata.get('requires-leader');
  call.on('data', (req: streams.BatchAppendReq) => {
    const id = uuidString(req.getCorrelationId());
    let p = pending.get(id);
    if (!p) {
      ctx.calls.batchAppend++;
      const o = req.getOptions() as streams.BatchAppendReq.Options;
      p = {
        stream: streamName(o.getStreamIdentifier()),
        expected: batchExpected(o),
        events: [],
        size: 0,
        failed: false,
      };
      pending.set(id, p);
    }
    const resp = new streams.BatchAppendResp()
      .setCorrelationId(req.getCorrelationId())
      .setStreamIdentifier(streamIdentifier(p.stream));
    setExpectedEcho(resp, p.expected);
    const leader = ctx.leaderFor(requiresLeader);
    if (leader) {
      call.emit('error', leader);
      return;
    }
    for (const m of req.getProposedMessagesList()) {
      const e = proposed(m);
      p.size += sizeOnDisk(e.type, e.data, e.metadata);
      p.events.push(e);
    }
    if (!p.failed && p.size > ctx.maxAppendSize) {
      p.failed = true;
      call.write(resp.setError(maxAppendSizeStatus(ctx.maxAppendSize)));
    }
    if (!req.getIsFinal()) return;
    pending.delete(id);
    if (p.failed) return;
    if (ctx.takeTimeout((p as { stream: string }).stream)) {
      call.write(resp.setError(timeoutStatus()));
      return;
    }
    const r = ctx.log.commit(p.stream, p.expected, p.events);
    if (r.kind === 'deleted') call.write(resp.setError(streamDeletedStatus(p.stream)));
    else if (r.kind === 'wrong-expected-version')
      call.write(resp.setError(wrongExpectedVersionStatus(r.current, p.expected)));
    else call.write(resp.setSuccess(batchSuccess(r)));
  });
  call.on('end', () => call.end());
  call.on('error', () => undefined);
}

/**
 * Streams.Append (Core/Services/Transport/Grpc/Streams.Append.cs), used by the client when a
 * call carries credentials: options first, then one event per message; WrongExpectedVersion
 * is a response, a deleted stream and the size limit are RpcExceptions.
 */
export function handleAppend(
  call: ServerReadableStream<streams.AppendReq, streams.AppendResp>,
  cb: sendUnaryData<streams.AppendResp>,
  ctx: WriteContext,
): void {
  ctx.calls.append++;
  const leader = ctx.leaderFor(call.metadata.get('requires-leader'));
  if (leader) return cb(leader);
  let stream = '';
  let expected: Expected = 'any';
  let size = 0;
  let failed = false;
  const events: Proposed[] = [];
  call.on('data', (req: streams.AppendReq) => {
    if (req.hasOptions()) {
      const o = req.getOptions() as streams.AppendReq.Options;
      stream = streamName(o.getStreamIdentifier());
      expected = optionsExpected(o);
      return;
    }
    const e = proposed(req.getProposedMessage() as streams.AppendReq.ProposedMessage);
    size += sizeOnDisk(e.type, e.data, e.metadata);
    events.push(e);
    if (size > ctx.maxAppendSize && !failed) {
      failed = true;
      cb(maxAppendSizeError(ctx.maxAppendSize));
    }
  });
  call.on('end', () => {
    if (failed) return;
    const r = ctx.log.commit(stream, expected, events);
    if (r.kind === 'deleted') return cb(streamDeletedError(stream));
    const resp = new streams.AppendResp();
    if (r.kind === 'wrong-expected-version') {
      const w = new streams.AppendResp.WrongExpectedVersion();
      if (r.current === null) w.setCurrentNoStream(new shared.Empty());
      else w.setCurrentRevision(r.current.toString());
      if (expected === 'any') w.setExpectedAny(new shared.Empty());
      else if (expected === 'no_stream') w.setExpectedNoStream(new shared.Empty());
      else if (expected === 'stream_exists') w.setExpectedStreamExists(new shared.Empty());
      else w.setExpectedRevision(expected.toString());
      return cb(null, resp.setWrongExpectedVersion(w));
    }
    const pos = new streams.AppendResp.Position()
      .setCommitPosition(r.logPosition.toString())
      .setPreparePosition(r.logPosition.toString());
    cb(null, resp.setSuccess(new streams.AppendResp.Success().setCurrentRevision(r.last.toString()).setPosition(pos)));
  });
}

/** Streams.Delete / Streams.Tombstone (Streams.Delete.cs): soft delete or tombstone with an expected revision. */
export function handleRemove(
  kind: 'delete' | 'tombstone',
  call: ServerUnaryCall<streams.DeleteReq | streams.TombstoneReq, streams.DeleteResp | streams.TombstoneResp>,
  cb: sendUnaryData<streams.DeleteResp | streams.TombstoneResp>,
  ctx: WriteContext,
): void {
  ctx.calls[kind]++;
  const leader = ctx.leaderFor(call.metadata.get('requires-leader'));
  if (leader) return cb(leader);
  const o = call.request.getOptions() as streams.DeleteReq.Options;
  const stream = streamName(o.getStreamIdentifier());
  const expected = optionsExpected(o);
  const r = kind === 'delete' ? ctx.log.softDelete(stream, expected) : ctx.log.tombstone(stream, expected);
  if (r.kind === 'deleted') return cb(streamDeletedError(stream));
  if (r.kind === 'wrong-expected-version') return cb(wrongExpectedVersionError(stream, expected, r.current));
  if (r.kind !== 'written') return cb({ code: GrpcStatus.INTERNAL, details: 'unexpected' });
  const resp = kind === 'delete' ? new streams.DeleteResp() : new streams.TombstoneResp();
  const pos = (kind === 'delete' ? new streams.DeleteResp.Position() : new streams.TombstoneResp.Position())
    .setCommitPosition(r.logPosition.toString())
    .setPreparePosition(r.logPosition.toString());
  (resp as streams.DeleteResp).setPosition(pos as streams.DeleteResp.Position);
  cb(null, resp);
}

function batchExpected(o: streams.BatchAppendReq.Options): Expected {
  if (o.hasNoStream()) return 'no_stream';
  if (o.hasStreamExists()) return 'stream_exists';
  if (o.hasStreamPosition()) return BigInt(o.getStreamPosition());
  return 'any';
}

function setExpectedEcho(resp: streams.BatchAppendResp, expected: Expected): void {
  if (expected === 'any') resp.setAny(new PbEmpty());
  else if (expected === 'no_stream') resp.setNoStream(new PbEmpty());
  else if (expected === 'stream_exists') resp.setStreamExists(new PbEmpty());
  else resp.setStreamPosition(expected.toString());
}

/** BatchAppendResp.Success.Completed: position (commit, prepare) = WriteEventsCompleted's CommitPosition twice (WriteEvents.cs). */
function batchSuccess(r: Extract<CommitResult, { kind: 'written' | 'idempotent' }>): streams.BatchAppendResp.Success {
  const pos = new shared.AllStreamPosition()
    .setCommitPosition(r.logPosition.toString())
    .setPreparePosition(r.logPosition.toString());
  return new streams.BatchAppendResp.Success().setCurrentRevision(r.last.toString()).setPosition(pos);
}

function proposed(m: streams.BatchAppendReq.ProposedMessage | streams.AppendReq.ProposedMessage): Proposed {
  const md = m.getMetadataMap();
  return {
    eventId: uuidString(m.getId()),
    type: md.get('type') ?? '',
    contentType: md.get('content-type') ?? 'application/octet-stream',
    data: Buffer.from(m.getData_asU8()),
    metadata: Buffer.from(m.getCustomMetadata_asU8()),
  };
}

/** The expected revision of Append and Delete/Tombstone options (they share the oneof's shape). */
function optionsExpected(o: streams.AppendReq.Options | streams.DeleteReq.Options): Expected {
  if (o.hasNoStream()) return 'no_stream';
  if (o.hasStreamExists()) return 'stream_exists';
  if (o.hasRevision()) return BigInt(o.getRevision());
  return 'any';
}
