/**
 * Message building shared by the test server's handlers: recorded events, statuses with
 * packed details and the error trailers the client decodes (its convertToCommandError reads
 * the "exception" trailer; BatchAppend errors are google.rpc.Status values with details).
 * Server source: Core/Services/Transport/Grpc/{Status.cs,RpcExceptions.cs,Streams.Read.cs}.
 */
import { Metadata, status as GrpcStatus, type ServiceError } from '@grpc/grpc-js';
import { Any } from 'google-protobuf/google/protobuf/any_pb';
import { Empty as PbEmpty } from 'google-protobuf/google/protobuf/empty_pb';
import * as shared from '@eventstore/db-client/generated/shared_pb';
import * as statusPb from '@eventstore/db-client/generated/status_pb';
import * as streams from '@eventstore/db-client/generated/streams_pb';
import type { Expected, LogRecord } from './esdb-log';

/** What servers before 22.6 send as a stream read's positions (ulong.MaxValue, i.e. -1 as a long). */
const NO_POSITION_U64 = '18446744073709551615';

export function streamName(id: shared.StreamIdentifier | undefined): string {
  return Buffer.from(id?.getStreamName_asU8() ?? new Uint8Array()).toString('utf8');
}

export function streamIdentifier(name: string): shared.StreamIdentifier {
  return new shared.StreamIdentifier().setStreamName(Buffer.from(name, 'utf8'));
}

export function uuidString(u: shared.UUID | undefined): string {
  if (!u) return '';
  if (u.hasString()) return u.getString();
  const s = u.getStructured() as shared.UUID.Structured;
  const hex = (v: string) => BigInt.asUintN(64, BigInt(v)).toString(16).padStart(16, '0');
  const x = hex(s.getMostSignificantBits()) + hex(s.getLeastSignificantBits());
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/**
 * One event as Streams.Read sends it (ConvertToReadEvent): the position is (commit, prepare)
 * = (log position, log position) for an implicitly committed event (ResolvedEvent.CalculatePosition
 * in Core/Data/ResolvedEvent.cs, AllReader's CommitEventRecord(prepare.LogPosition)).
 */
export function readEvent(r: LogRecord, withPosition: boolean): streams.ReadResp {
  const rec = new streams.ReadResp.ReadEvent.RecordedEvent()
    .setId(new shared.UUID().setString(r.eventId))
    .setStreamIdentifier(streamIdentifier(r.stream))
    .setStreamRevision(r.revision.toString())
    .setPreparePosition(withPosition ? r.logPosition.toString() : NO_POSITION_U64)
    .setCommitPosition(withPosition ? r.logPosition.toString() : NO_POSITION_U64)
    .setCustomMetadata(r.metadata)
    .setData(r.data);
  rec.getMetadataMap().set('type', r.type).set('content-type', r.contentType).set('created', r.created.toString());
  const ev = new streams.ReadResp.ReadEvent().setEvent(rec);
  if (withPosition) ev.setCommitPosition(r.logPosition.toString());
  else ev.setNoPosition(new shared.Empty());
  return new streams.ReadResp().setEvent(ev);
}

function pack(details: { serializeBinary(): Uint8Array }, typeName: string): Any {
  const any = new Any();
  any.pack(details.serializeBinary(), typeName);
  return any;
}

function status(code: GrpcStatus, message: string, details: Any): statusPb.Status {
  return new statusPb.Status()
    .setCode(code as number)
    .setMessage(message)
    .setDetails(details);
}

/** Status.WrongExpectedVersion: code AlreadyExists, details event_store.client.WrongExpectedVersion. */
export function wrongExpectedVersionStatus(current: bigint | null, expected: Expected): statusPb.Status {
  const d = new shared.WrongExpectedVersion();
  if (current === null) d.setCurrentNoStream(new PbEmpty());
  else d.setCurrentStreamRevision(current.toString());
  if (expected === 'any') d.setExpectedAny(new PbEmpty());
  else if (expected === 'no_stream') d.setExpectedNoStream(new PbEmpty());
  else if (expected === 'stream_exists') d.setExpectedStreamExists(new PbEmpty());
  else d.setExpectedStreamPosition(expected.toString());
  return status(GrpcStatus.ALREADY_EXISTS, 'WrongExpectedVersion', pack(d, 'event_store.client.WrongExpectedVersion'));
}

/** Status.StreamDeleted: code NotFound, details event_store.client.StreamDeleted. */
export function streamDeletedStatus(stream: string): statusPb.Status {
  return status(
    GrpcStatus.NOT_FOUND,
    'StreamDeleted',
    pack(new shared.StreamDeleted().setStreamIdentifier(streamIdentifier(stream)), 'event_store.client.StreamDeleted'),
  );
}

/** Status.MaximumAppendSizeExceeded: code InvalidArgument, details with the configured limit. */
export function maxAppendSizeStatus(max: number): statusPb.Status {
  return status(
    GrpcStatus.INVALID_ARGUMENT,
    'MaximumAppendSizeExceeded',
    pack(new shared.MaximumAppendSizeExceeded().setMaxappendsize(max), 'event_store.client.MaximumAppendSizeExceeded'),
  );
}

/** Status.Timeout: the write was not committed in time (commit or prepare timeout). */
export function timeoutStatus(): statusPb.Status {
  return status(GrpcStatus.DEADLINE_EXCEEDED, 'Timeout', pack(new shared.Timeout(), 'event_store.client.Timeout'));
}

function rpcError(code: GrpcStatus, details: string, trailers: Record<string, string>): ServiceError {
  const metadata = new Metadata();
  for (const [k, v] of Object.entries(trailers)) metadata.set(k, v);
  return Object.assign(new Error(details), { code, details, metadata });
}

/** RpcExceptions.LeaderInfo: NotFound with exception=not-leader and the leader's endpoint. */
export function notLeaderError(host: string, port: number): ServiceError {
  return rpcError(GrpcStatus.NOT_FOUND, 'Leader info available', {
    exception: 'not-leader',
    'leader-endpoint-host': host,
    'leader-endpoint-port': String(port),
  });
}

/** RpcExceptions.StreamDeleted: FailedPrecondition with exception=stream-deleted. */
export function streamDeletedError(stream: string): ServiceError {
  return rpcError(GrpcStatus.FAILED_PRECONDITION, `Event stream '${stream}' is deleted.`, {
    exception: 'stream-deleted',
    'stream-name': stream,
  });
}

/** RpcExceptions.WrongExpectedVersion (unary Append/Delete): FailedPrecondition with the versions in trailers. */
export function wrongExpectedVersionError(stream: string, expected: Expected, current: bigint | null): ServiceError {
  const exp =
    expected === 'any'
      ? '-2'
      : expected === 'no_stream'
        ? '-1'
        : expected === 'stream_exists'
          ? '-4'
          : expected.toString();
  return rpcError(GrpcStatus.FAILED_PRECONDITION, 'Wrong expected version.', {
    exception: 'wrong-expected-version',
    'stream-name': stream,
    'expected-version': exp,
    'actual-version': current === null ? '' : current.toString(),
  });
}

/** RpcExceptions.MaxAppendSizeExceeded (unary Append): InvalidArgument with the limit. */
export function maxAppendSizeError(max: number): ServiceError {
  return rpcError(GrpcStatus.INVALID_ARGUMENT, `Maximum Append Size of ${max} Exceeded.`, {
    exception: 'maximum-append-size-exceeded',
    'maximum-append-size': String(max),
  });
}

/** Event.SizeOnDisk (Core/Data/Event.cs): data + metadata + 2 bytes per character of the type. */
export function sizeOnDisk(type: string, data: Uint8Array, metadata: Uint8Array): number {
  return data.length + metadata.length + type.length * 2;
}
