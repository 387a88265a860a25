import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import { Global, Inject, Injectable, Logger, Module } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '@ledger/event-store';
import { LEDGER_CONFIG, LedgerConfig, placementOf } from '@ledger/governance';
import { LedgerQueries, openReadModel, OpenedReadModel } from '@ledger/projections';
import type { ReadinessProbe } from '../health/readiness';
import { THREAD_POLL_MS } from '../common/thread-calls';
import { ProjectionHost, ProjectionThread } from './projection-thread';

export const READ_MODEL = Symbol.for('governance-ledger.ReadModel');
const PROJECTION_HOST = Symbol.for('governance-ledger.ProjectionHost');

/**
 * Where the runner projects. With the log and the read models both in SQLite, on a thread of
 * its own (ProjectionThread), so its synchronous reads and commits leave the event loop to the
 * requests; otherwise (PostgreSQL, with its leader lease) in this thread, where its I/O is async.
 */
function projectionHost(rm: OpenedReadModel, config: LedgerConfig, logger: Logger): ProjectionHost {
  const { log, readModels } = placementOf(config);
  if (log.store !== 'sqlite' || readModels.dialect !== 'sqlite') return rm.runner;
  return new ProjectionThread({ storeFile: log.file, readModelFile: readModels.file, pollMs: THREAD_POLL_MS }, logger);
}

/** Starts the projection runner with the app and stops it before the store closes. */
@Injectable()
export class ReadModelLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown, ReadinessProbe {
  readonly name = 'projections';
  constructor(
    @Inject(READ_MODEL) private readonly rm: OpenedReadModel,
    @Inject(PROJECTION_HOST) private readonly host: ProjectionHost,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
  ) {}
  async onApplicationBootstrap(): Promise<void> {
    if (this.config.projections) await this.host.start();
  }
  async beforeApplicationShutdown(): Promise<void> {
    await this.host.stop();
    await this.rm.close();
  }
  /**
   * Not ready when a projection has fallen behind the log: the oldest event not yet projected
   * is older than READY_MAX_LAG_SECONDS. Every instance reads the shared checkpoints, so a
   * standby reports a leader that stopped projecting, and a load balancer stops sending reads
   * that would miss recent acts.
   */
  async check() {
    const s = await this.host.status();
    const lagEvents = Math.max(0, ...s.projections.map((p) => p.lagEvents ?? 0));
    const lagSeconds = Math.max(0, ...s.projections.map((p) => p.lagSeconds ?? 0));
    const behind = lagSeconds > this.config.readyMaxLagSeconds;
    return {
      ok: s.healthy && !behind,
      details: {
        role: s.role,
        head: s.head,
        lagEvents,
        lagSeconds,
        behind,
        lastError: s.lastError,
        projections: s.projections,
      },
    };
  }
}

@Global()
@Module({
  providers: [
    {
      provide: READ_MODEL,
      inject: [EVENT_STORE, LEDGER_CONFIG],
      useFactory: (store: EventStore, config: LedgerConfig) => {
        const logger = new Logger('Projections');
        const target = placementOf(config).readModels;
        const rm =
          target.dialect === 'sqlite'
            ? { backend: 'sqlite' as const, file: target.file }
            : {
                backend: 'postgres' as const,
                connectionString: target.url,
                schema: target.schema,
                leaseMs: config.leaderLeaseMs,
              };
        return openReadModel(store, rm, {
          logger: { log: (m) => logger.log(m), warn: (m) => logger.warn(m), error: (m) => logger.error(m) },
        });
      },
    },
    {
      provide: PROJECTION_HOST,
      inject: [READ_MODEL, LEDGER_CONFIG],
      useFactory: (rm: OpenedReadModel, config: LedgerConfig) => projectionHost(rm, config, new Logger('Projections')),
    },
    { provide: LedgerQueries, inject: [READ_MODEL], useFactory: (rm: OpenedReadModel) => rm.queries },
    ReadModelLifecycle,
  ],
  exports: [READ_MODEL, LedgerQueries, ReadModelLifecycle],
})
export class ReadModelModule {}
