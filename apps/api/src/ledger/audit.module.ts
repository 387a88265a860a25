import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import { Global, Inject, Injectable, Logger, Module } from '@nestjs/common';
import {
  claimLogKey,
  CosignatureCollector,
  cosignatureStoreFor,
  loadOrCreateSigningKey,
  openSealerStorage,
  parseWitnessConfig,
  PostgresSealerStorage,
  Sealer,
  SealerStorage,
  SqliteSealerStorage,
  StoredCheckpoint,
} from '@ledger/audit';
import { EVENT_STORE, EventStore } from '@ledger/event-store';
import { LEDGER_CONFIG, LedgerConfig, placementOf } from '@ledger/governance';
import { checkFence, Lease } from '@ledger/projections';
import type { ReadinessProbe } from '../health/readiness';
import { THREAD_POLL_MS } from '../common/thread-calls';
import { SealerThread } from './sealer-thread';
import { checkpointCoveringHead } from '@ledger/audit/sealer/covering-head';

export const SEALER = Symbol.for('governance-ledger.Sealer');
const SEALER_STORAGE = Symbol.for('governance-ledger.SealerStorage');
export const COSIGNATURES = Symbol.for('governance-ledger.CosignatureCollector');

/**
 * Runs the sealer like a projection: it follows the log, extends the Merkle tree and
 * signs checkpoints after each batch and on a timer. On PostgreSQL only the holder of
 * the sealer's lease seals (a leader that stops renewing it is replaced, and its writes
 * are fenced off); other instances serve proofs from the shared tables.
 */
@Injectable()
export class SealerLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown, ReadinessProbe {
  readonly name = 'sealer';
  private readonly logger = new Logger('Sealer');
  private lock: Lease | null = null;
  private retry: NodeJS.Timeout | null = null;
  private sealing = false;
  private lastError: string | null = null;
  /** With the log and the sealer's tables in SQLite, the sealing runs on a thread of its own. */
  private thread: SealerThread | null = null;

  constructor(
    @Inject(SEALER) readonly sealer: Sealer,
    @Inject(SEALER_STORAGE) private readonly storage: SealerStorage,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  /** True when this instance seals (and so may issue a checkpoint on demand). */
  get isSealing(): boolean {
    return this.sealing;
  }

  /**
   * A checkpoint covering every event committed before the call: waits (bounded) for the
   * following sealer to reach the log head, then signs. On-demand checkpoints and exports
   * use it, so an export always includes the act just recorded.
   */
  async checkpointCoveringHead(timeoutMs = 10_000): Promise<StoredCheckpoint> {
    if (this.thread) return this.thread.checkpointCoveringHead(timeoutMs);
    return checkpointCoveringHead(this.store, this.sealer, timeoutMs);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.projections) return;
    const { leases, log, sealer } = placementOf(this.config);
    if (!leases && log.store === 'sqlite' && sealer.dialect === 'sqlite')
      this.thread = this.sealerThread(log.file, sealer.file);
    if (!leases) return this.begin();
    const lock = Lease.forSchema(leases.url, leases.schema, 'sealer', this.config.leaderLeaseMs);
    this.lock = lock;
    if (this.storage instanceof PostgresSealerStorage)
      this.storage.fence = (query) => checkFence(lock.fence(), query, 'sealer');
    this.lock.onLost((e) => {
      this.logger.warn(`sealer lease lost (${e.message}); standing by`);
      void this.sealer.stop().then(() => {
        this.sealing = false;
        this.schedule();
      });
    });
    await this.tryLead();
  }

  private async tryLead(): Promise<void> {
    try {
      if (await this.lock!.tryAcquire()) return this.begin();
    } catch (e) {
      this.lastError = (e as Error).message;
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.retry) return;
    this.retry = setTimeout(
      () => {
        this.retry = null;
        void this.tryLead();
      },
      Math.min(5000, Math.floor(this.config.leaderLeaseMs / 2)),
    );
    this.retry.unref();
  }

  private sealerThread(storeFile: string, sealerFile: string): SealerThread {
    const c = this.config;
    const key = { name: c.origin, dataDir: c.dataDir, keyFile: c.signingKeyPath ?? undefined };
    const { origin, checkpointIntervalMs } = c;
    return new SealerThread(
      { storeFile, sealerFile, key, origin, checkpointIntervalMs, pollMs: THREAD_POLL_MS },
      this.logger,
    );
  }

  private async begin(): Promise<void> {
    if (this.thread) await this.thread.start();
    else this.sealer.start();
    this.sealing = true;
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.retry) clearTimeout(this.retry);
    await this.thread?.stop();
    await this.sealer.stop();
    this.sealing = false;
    await this.lock?.release();
    await this.storage.close();
  }

  async check() {
    const latest = await this.sealer.proofs.latestCheckpoint();
    const head = await this.store.headPosition();
    const lastError = this.lastError ?? this.thread?.failure ?? null;
    return {
      ok: lastError === null,
      details: {
        role: this.sealing ? 'leader' : 'standby',
        checkpointSize: latest?.size ?? 0,
        checkpointIssuedAt: latest?.issuedAt ?? null,
        logHead: head,
        lastError,
      },
    };
  }
}

@Global()
@Module({
  providers: [
    {
      provide: SEALER_STORAGE,
      inject: [LEDGER_CONFIG],
      useFactory: async (config: LedgerConfig): Promise<SealerStorage> => {
        return openSealerStorage(placementOf(config).sealer);
      },
    },
    {
      provide: SEALER,
      inject: [EVENT_STORE, LEDGER_CONFIG, SEALER_STORAGE],
      useFactory: async (store: EventStore, config: LedgerConfig, storage: SealerStorage) => {
        const logger = new Logger('Sealer');
        const key = loadOrCreateSigningKey({
          name: config.origin,
          dataDir: config.dataDir,
          keyFile: config.signingKeyPath ?? undefined,
        });
        for (const w of key.warnings) logger.warn(w);
        if (key.created) logger.log(`created the log signing key ${key.path} (${key.signer.vkey})`);
        // An instance that may seal must hold the log's key: refuse to start rather than sign under another.
        if (config.projections) await claimLogKey(storage, key.signer);
        return Sealer.open({
          source: store,
          storage,
          signer: key.signer,
          origin: config.origin,
          checkpointIntervalMs: config.checkpointIntervalMs,
          onError: (e) => logger.error(`sealing failed, retrying: ${(e as Error).message}`),
        });
      },
    },
    {
      // Cosignatures live beside the checkpoints, on the sealer's own connection.
      provide: COSIGNATURES,
      inject: [SEALER, SEALER_STORAGE, LEDGER_CONFIG],
      useFactory: (sealer: Sealer, storage: SealerStorage, config: LedgerConfig) => {
        const witnesses = parseWitnessConfig(config.witnessKeys);
        return new CosignatureCollector(
          sealer.proofs,
          cosignatureStoreFor(storage as SqliteSealerStorage | PostgresSealerStorage, config.databaseSchema),
          witnesses,
        );
      },
    },
    SealerLifecycle,
  ],
  exports: [SEALER, SEALER_STORAGE, COSIGNATURES, SealerLifecycle],
})
export class AuditModule {}
