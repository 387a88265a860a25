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
import {
  Server,
  ServerCredentials,
  status as GrpcStatus,
  type ServerDuplexStream,
  type ServerReadableStream,
  type ServerUnaryCall,
  type ServerWritableStream,
  type sendUnaryData,
} from '@grpc/grpc-js';
import { ServerFeaturesService } from '@eventstore/db-client/generated/serverfeatures_grpc_pb';
import { SupportedMethod, SupportedMethods } from '@eventstore/db-client/generated/serverfeatures_pb';
import { StreamsService } from '@eventstore/db-client/generated/streams_grpc_pb';
import * as shared from '@eventstore/db-client/generated/shared_pb';
import * as streams from '@eventstore/db-client/generated/streams_pb';
import { EsdbLog } from './esdb-log';
import { handleRead } from './esdb-read';
import { notLeaderError } from './esdb-wire';
import { type WriteContext, handleAppend, handleBatchAppend, handleRemove } from './esdb-writes';

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
  /** The write RPCs' view of this node (esdb-writes.ts). */
  private readonly writes: WriteContext;

  private constructor(options: EsdbTestServerOptions) {
    this.log = options.log ?? new EsdbLog();
    this.version = options.version === undefined ? '24.10.0' : options.version;
    this.maxAppendSize = options.maxAppendSize ?? 1024 * 1024;
    const maxAppendSize = () => this.maxAppendSize;
    this.writes = {
      log: this.log,
      // Read live: a test may lower the limit after start.
      get maxAppendSize() {
        return maxAppendSize();
      },
      calls: this.calls,
      leaderFor: (r) => this.leaderFor(r),
      takeTimeout: (stream) => {
        const i = this.timeouts.findIndex((t) => t(stream));
        if (i >= 0) this.timeouts.splice(i, 1);
        return i >= 0;
      },
    };
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
    for (const end of [...this.live])
      end(
        Object.assign(new Error('Server Is Not Ready'), {
          code: GrpcStatus.UNAVAILABLE,
          details: 'Server Is Not Ready',
        }),
      );
  }

  async stop(): Promise<void> {
    this.dropSubscriptions();
    await new Promise<void>((resolve) => this.server.tryShutdown(() => resolve()));
    this.server.forceShutdown();
  }

  private async listen(): Promise<void> {
    this.server.addService(ServerFeaturesService, {
      getSupportedMethods: (
        call: ServerUnaryCall<shared.Empty, SupportedMethods>,
        cb: sendUnaryData<SupportedMethods>,
      ) => this.serverFeatures(call, cb),
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
          observe: {
            streamEvents: (n) => (this.streamEventsSent += n),
            subscribed: (from) => this.subscriptionStarts.push(from),
          },
        });
      },
      append: (
        call: ServerReadableStream<streams.AppendReq, streams.AppendResp>,
        cb: sendUnaryData<streams.AppendResp>,
      ) => handleAppend(call, cb, this.writes),
      batchAppend: (call: ServerDuplexStream<streams.BatchAppendReq, streams.BatchAppendResp>) =>
        handleBatchAppend(call, this.writes),
      delete: (call: ServerUnaryCall<streams.DeleteReq, streams.DeleteResp>, cb: sendUnaryData<streams.DeleteResp>) =>
        handleRemove('delete', call, cb, this.writes),
      tombstone: (
        call: ServerUnaryCall<streams.TombstoneReq, streams.TombstoneResp>,
        cb: sendUnaryData<streams.TombstoneResp>,
      ) => handleRemove('tombstone', call, cb, this.writes),
    });
    this.port = await new Promise<number>((resolve, reject) =>
      this.server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (err, port) =>
        err ? reject(err) : resolve(port),
      ),
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
  private serverFeatures(
    _call: ServerUnaryCall<shared.Empty, SupportedMethods>,
    cb: sendUnaryData<SupportedMethods>,
  ): void {
    this.calls.serverFeatures++;
    if (this.version === null) return cb({ code: GrpcStatus.UNIMPLEMENTED, details: 'Method not found' });
    const service = 'event_store.client.streams.streams';
    const methods = ['read', 'append', 'delete', 'tombstone', 'batchappend'].map((m) => {
      const sm = new SupportedMethod().setServiceName(service).setMethodName(m);
      if (m === 'read') sm.setFeaturesList(['position', 'events']);
      if (m === 'batchappend') sm.setFeaturesList(['deadline_duration']);
      return sm;
    });
    methods.push(
      new SupportedMethod()
        .setServiceName('event_store.client.server_features.serverfeatures')
        .setMethodName('getsupportedmethods'),
    );
    cb(null, new SupportedMethods().setEventStoreServerVersion(this.version).setMethodsList(methods));
  }
}
