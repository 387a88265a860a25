/**
 * An EventStoreDB node for tests: a real gRPC server on loopback serving the client's own
 * generated service definitions (@eventstore/db-client/generated/*_grpc_pb), so the real
 * EventStoreDBClient runs unchanged against it (connection string, ServerFeatures, batch
 * append, error decoding, StreamNotFound frames, subscriptions, reconnects on NotLeader).
 *
 * Semantics follow the server: storage and commit rules in esdb-log.ts, reads and
 * subscriptions in esdb-read.ts, wire formats in esdb-wire.ts; each cites its source.
 * It is not EventStoreDB: with EVENTSTORE_URL set, the contract suite also runs against
 * a real server (eventstoredb.contract.esdb.int-spec.ts).
 *
 *   const server = await EsdbTestServer.start();
 *   const client = EventStoreDBClient.connectionString(server.connectionString);
 */
import { Server, ServerCredentials, status as GrpcStatus, type ServerDuplexStream, type ServerReadableStream, type ServerUnaryCall, type ServerWritableStream, type sendUnaryData } from '@grpc/grpc-js';
import { Empty as PbEmpty } from 'google-protobuf/google/protobuf/empty_pb';
import { ServerFeaturesService } from '@eventstore/db-client/generated/serverfeatures_grpc_pb';
import { SupportedMethod, SupportedMethods } from '@eventstore/db-client/generated/serverfeatures_pb';
import { StreamsService } from '@eventstore/db-client/generated/streams_grpc_pb';
import * as shared from '@eventstore/db-client/generated/shared_pb';
import * as streams from '@eventstore/db-client/generated/streams_pb';
import { EsdbLog, type CommitResult, type Expected, type Proposed } from './esdb-log';
import { handleRead } from './esdb-read';
import {
  maxAppendSizeError,
  maxAppendSizeStatus,
  notLeaderError,
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

export interface EsdbTestServerOptions {
  /** Version ServerFeatures reports; null: ServerFeatures is UNIMPLEMENTED (servers before 21.10). */
  version?: string | null;
  /** ClusterVNodeOptions.MaxAppendSize (default 1,048,576 bytes). */
  maxAppendSize?: number;
  /** Share one log between nodes to model a cluster. */
  log?: EsdbLog;
}

/** Calls served, by method, for tests that count round trips. */
export interface RpcCounts {
  read: number;
  append: number;
  batchAppend: number;
  delete: number;
  tombstone: number;
  serverFeatures: number;
}

export class EsdbTestServer {
  readonly log: EsdbLog;
  readonly version: string | null;
  maxAppendSize: number;
  readonly calls: RpcCounts = { read: 0, append: 0, batchAppend: 0, delete: 0, tombstone: 0, serverFeatures: 0 };
  /** Events sent by stream reads, in total. */
  streamEventsSent = 0;
  /** Where each subscription to $all started: 'start' or "C:<commit>/P:<prepare>". */
  readonly subscriptionStarts: string[] = [];
  /**
   * Cluster role. A follower forwards writes to the leader (here: the shared log) and serves
   * reads from its own, possibly stale, copy; a request with requires-leader gets NotLeader
   * with the leader's endpoint (RpcExceptions.LeaderInfo), after which the client reconnects there.
   */
  private follower: { leader: EsdbTestServer; seesBefore: number } | null = null;
  private readonly server = new Server();
  private readonly live = new Set<(e: Error) => void>();
  private readonly timeouts: Array<(stream: string) => boolean> = [];
  private port = 0;

  private constructor(options: EsdbTestServerOptions) {
    this.log = options.log ?? new EsdbLog();
    this.version = options.version === undefined ? '24.10.0' : options.version;
    this.maxAppendSize = options.maxAppendSize ?? 1024 * 1024;
  }

  static async start(options: EsdbTestServerOptions = {}): Promise<EsdbTestServer> {
    const s = new EsdbTestServer(options);
    await s.listen();
    return s;
  }

  get connectionString(): string {
    return `esdb://127.0.0.1:${this.port}?tls=false`;
  }

  get endpoint(): { host: string; port: number } {
    return { host: '127.0.0.1', port: this.port };
  }

  /** Makes this node a follower of `leader` whose copy of the log stops at the current end. */
  becomeStaleFollower(leader: EsdbTestServer): void {
    this.follower = { leader, seesBefore: this.log.records.length };
  }

  /** The next batch append to a stream matching this answers Timeout and writes nothing (a commit timeout). */
  timeOutNextAppend(to: (stream: string) => boolean): void {
    this.timeouts.push(to);
  }

  /** Ends every live subscription with UNAVAILABLE, as a dropped connection does. */
  dropSubscriptions(): void {
    for (const end of [...this.live]) end(Object.assign(new Error('Server Is Not Ready'), { code: GrpcStatus.UNAVAILABLE, details: 'Server Is Not Ready' }));
  }

  async stop(): Promise<void> {
    this.dropSubscriptions();
    await new Promise<void>((resolve) => this.server.tryShutdown(() => resolve()));
    this.server.forceShutdown();
  }

  private async listen(): Promise<void> {
    this.server.addService(ServerFeaturesService, {
      getSupportedMethods: (call: ServerUnaryCall<shared.Empty, SupportedMethods>, cb: sendUnaryData<SupportedMethods>) => this.serverFeatures(call, cb),
    });
    this.server.addService(StreamsService, {
      read: (call: ServerWritableStream<streams.ReadReq, streams.ReadResp>) => {
        this.calls.read++;
        const leader = this.leaderFor(call.metadata.get('requires-leader'));
        if (leader) return call.emit('error', leader);
        handleRead(call, this.log, {
          seesBefore: this.follower?.seesBefore ?? null,
          positionsInStreamReads: this.atLeast(22, 6),
          live: this.live,
          observe: { streamEvents: (n) => (this.streamEventsSent += n), subscribed: (from) => this.subscriptionStarts.push(from) },
        });
      },
      append: (call: ServerReadableStream<streams.AppendReq, streams.AppendResp>, cb: sendUnaryData<streams.AppendResp>) => this.append(call, cb),
      batchAppend: (call: ServerDuplexStream<streams.BatchAppendReq, streams.BatchAppendResp>) => this.batchAppend(call),
      delete: (call: ServerUnaryCall<streams.DeleteReq, streams.DeleteResp>, cb: sendUnaryData<streams.DeleteResp>) => this.remove('delete', call, cb),
      tombstone: (call: ServerUnaryCall<streams.TombstoneReq, streams.TombstoneResp>, cb: sendUnaryData<streams.TombstoneResp>) => this.remove('tombstone', call, cb),
    });
    this.port = await new Promise<number>((resolve, reject) =>
      this.server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (err, port) => (err ? reject(err) : resolve(port))),
    );
  }

  private atLeast(major: number, minor: number): boolean {
    if (this.version === null) return false;
    const [a, b] = this.version.split('.').map(Number);
    return a > major || (a === major && b >= minor);
  }

  /** NotLeader for a requires-leader request on a follower (Streams.*: GetRequiresLeader + NotHandled.NotLeader). */
  private leaderFor(requiresLeader: Array<string | Buffer>): Error | null {
    if (!this.follower || String(requiresLeader[0] ?? '') !== 'true') return null;
    const { host, port } = this.follower.leader.endpoint;
    return notLeaderError(host, port);
  }

  /**
   * ServerFeatures.GetSupportedMethods (Core/Services/Transport/Grpc/ServerFeatures.cs): the
   * version as major.minor.patch, every method lower-cased, Read with features "position" and
   * "events", BatchAppend with "deadline_duration".
   */
  private serverFeatures(_call: ServerUnaryCall<shared.Empty, SupportedMethods>, cb: sendUnaryData<SupportedMethods>): void {
    this.calls.serverFeatures++;
    if (this.version === null) return cb({ code: GrpcStatus.UNIMPLEMENTED, details: 'Method not found' });
    const service = 'event_store.client.streams.streams';
    const methods = ['read', 'append', 'delete', 'tombstone', 'batchappend'].map((m) => {
      const sm = new SupportedMethod().setServiceName(service).setMethodName(m);
      if (m === 'read') sm.setFeaturesList(['position', 'events']);
      if (m === 'batchappend') sm.setFeaturesList(['deadline_duration']);
      return sm;
    });
    methods.push(new SupportedMethod().setServiceName('event_store.client.server_features.serverfeatures').setMethodName('getsupportedmethods'));
    cb(null, new SupportedMethods().setEventStoreServerVersion(this.version).setMethodsList(methods));
  }

  /**
   * Streams.BatchAppend (Core/Services/Transport/Grpc/Streams.BatchAppend.cs): requests carry a
   * correlation id, options in the first, events in any number, is_final on the last. The size
   * (Event.SizeOnDisk summed) is checked as events arrive against MaxAppendSize; each append is
   * answered on the same duplex stream with Success(current revision, position) or an Error
   * status with details. The call stays open across appends.
   */
  private batchAppend(call: ServerDuplexStream<streams.BatchAppendReq, streams.BatchAppendResp>): void {
    const pending = new Map<string, { stream: string; expected: Expected; events: Proposed[]; size: number; failed: boolean }>();
    const requiresLeader = call.metadata.get('requires-leader');
    call.on('data', (req: streams.BatchAppendReq) => {
      const id = uuidString(req.getCorrelationId());
      let p = pending.get(id);
      if (!p) {
        this.calls.batchAppend++;
        const o = req.getOptions() as streams.BatchAppendReq.Options;
        p = { stream: streamName(o.getStreamIdentifier()), expected: batchExpected(o), events: [], size: 0, failed: false };
        pending.set(id, p);
      }
      const resp = new streams.BatchAppendResp().setCorrelationId(req.getCorrelationId()).setStreamIdentifier(streamIdentifier(p.stream));
      setExpectedEcho(resp, p.expected);
      const leader = this.leaderFor(requiresLeader);
      if (leader) {
        call.emit('error', leader);
        return;
      }
      for (const m of req.getProposedMessagesList()) {
        const e = proposed(m);
        p.size += sizeOnDisk(e.type, e.data, e.metadata);
        p.events.push(e);
      }
      if (!p.failed && p.size > this.maxAppendSize) {
        p.failed = true;
        call.write(resp.setError(maxAppendSizeStatus(this.maxAppendSize)));
      }
      if (!req.getIsFinal()) return;
      pending.delete(id);
      if (p.failed) return;
      const timeout = this.timeouts.findIndex((t) => t((p as { stream: string }).stream));
      if (timeout >= 0) {
        this.timeouts.splice(timeout, 1);
        call.write(resp.setError(timeoutStatus()));
        return;
      }
      const r = this.log.commit(p.stream, p.expected, p.events);
      if (r.kind === 'deleted') call.write(resp.setError(streamDeletedStatus(p.stream)));
      else if (r.kind === 'wrong-expected-version') call.write(resp.setError(wrongExpectedVersionStatus(r.current, p.expected)));
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
  private append(call: ServerReadableStream<streams.AppendReq, streams.AppendResp>, cb: sendUnaryData<streams.AppendResp>): void {
    this.calls.append++;
    const leader = this.leaderFor(call.metadata.get('requires-leader'));
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
        expected = o.hasNoStream() ? 'no_stream' : o.hasStreamExists() ? 'stream_exists' : o.hasRevision() ? BigInt(o.getRevision()) : 'any';
        return;
      }
      const e = proposed(req.getProposedMessage() as streams.AppendReq.ProposedMessage);
      size += sizeOnDisk(e.type, e.data, e.metadata);
      events.push(e);
      if (size > this.maxAppendSize && !failed) {
        failed = true;
        cb(maxAppendSizeError(this.maxAppendSize));
      }
    });
    call.on('end', () => {
      if (failed) return;
      const r = this.log.commit(stream, expected, events);
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
      const pos = new streams.AppendResp.Position().setCommitPosition(r.logPosition.toString()).setPreparePosition(r.logPosition.toString());
      cb(null, resp.setSuccess(new streams.AppendResp.Success().setCurrentRevision(r.last.toString()).setPosition(pos)));
    });
  }

  /** Streams.Delete / Streams.Tombstone (Streams.Delete.cs): soft delete or tombstone with an expected revision. */
  private remove(
    kind: 'delete' | 'tombstone',
    call: ServerUnaryCall<streams.DeleteReq | streams.TombstoneReq, streams.DeleteResp | streams.TombstoneResp>,
    cb: sendUnaryData<streams.DeleteResp | streams.TombstoneResp>,
  ): void {
    this.calls[kind]++;
    const leader = this.leaderFor(call.metadata.get('requires-leader'));
    if (leader) return cb(leader);
    const o = call.request.getOptions() as streams.DeleteReq.Options;
    const stream = streamName(o.getStreamIdentifier());
    const expected: Expected = o.hasNoStream() ? 'no_stream' : o.hasStreamExists() ? 'stream_exists' : o.hasRevision() ? BigInt(o.getRevision()) : 'any';
    const r = kind === 'delete' ? this.log.softDelete(stream, expected) : this.log.tombstone(stream, expected);
    if (r.kind === 'deleted') return cb(streamDeletedError(stream));
    if (r.kind === 'wrong-expected-version') return cb(wrongExpectedVersionError(stream, expected, r.current));
    if (r.kind !== 'written') return cb({ code: GrpcStatus.INTERNAL, details: 'unexpected' });
    const resp = kind === 'delete' ? new streams.DeleteResp() : new streams.TombstoneResp();
    const pos = (kind === 'delete' ? new streams.DeleteResp.Position() : new streams.TombstoneResp.Position()).setCommitPosition(r.logPosition.toString()).setPreparePosition(r.logPosition.toString());
    (resp as streams.DeleteResp).setPosition(pos as streams.DeleteResp.Position);
    cb(null, resp);
  }
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
  const pos = new shared.AllStreamPosition().setCommitPosition(r.logPosition.toString()).setPreparePosition(r.logPosition.toString());
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
