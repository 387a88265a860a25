import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { TerminusModule } from '@nestjs/terminus';
import { ThrottlerModule } from '@nestjs/throttler';
import { GovernanceModule, LedgerConfig, PersonalDataModule } from '@ledger/governance';
import { LoggerModule } from 'nestjs-pino';
import { AuthenticationGuard, AuthGuard } from './common/auth';
import { CommandRunner } from './common/command-runner';
import { ReadRulesCheck } from './common/read-access';
import { FixedWindowThrottlerStorage, requestTracker, trackerKey } from './common/throttler.storage';
import { LedgerThrottlerGuard } from './common/throttler.guard';
import { HealthController } from './health/health.controller';
import { READINESS_PROBES } from './health/readiness';
import { CorrectionsController } from './ledger/corrections.controller';
import { StreamsController } from './ledger/streams.controller';
import { PROCESS_CONTROLLERS } from './processes';
import { ReadController } from './read/read.controller';
import { AuditModule, SealerLifecycle } from './ledger/audit.module';
import { ExportsController } from './ledger/exports.controller';
import { FeedsController } from './feeds/feeds.controller';
import { LedgerController } from './ledger/ledger.controller';
import { ReadModelLifecycle, ReadModelModule } from './read/read-model.module';
import { ViewerIntegrity } from './viewer/integrity';
import { ViewerController } from './viewer/viewer.controller';
import { RegistersViewerController } from './viewer/registers.controller';
import { CaseViewerController } from './viewer/case.controller';
import { PageResponder } from './viewer/page-responder';
import { ViewerAreas } from './viewer/viewer-areas';
import { ViewerReads } from './viewer/viewer-reads';
import { loggingOptions } from './common/logging';

@Module({})
export class AppModule {
  static forRoot(config: LedgerConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({ pinoHttp: loggingOptions(config.logLevel) }),
        ThrottlerModule.forRoot({
          throttlers: [{ ttl: config.throttleTtlMs, limit: config.throttleLimit }],
          storage: new FixedWindowThrottlerStorage(),
          getTracker: requestTracker,
          generateKey: trackerKey,
        }),
        CqrsModule.forRoot(),
        TerminusModule.forRoot({ errorLogStyle: 'json' }),
        GovernanceModule.forRoot(config),
        PersonalDataModule,
        ReadModelModule,
        AuditModule,
        DiscoveryModule,
      ],
      controllers: [
        HealthController,
        StreamsController,
        CorrectionsController,
        ReadController,
        LedgerController,
        ExportsController,
        FeedsController,
        ...PROCESS_CONTROLLERS,
        // The viewer's catch-all (ui/*path) is in ViewerController, so it comes last.
        RegistersViewerController,
        CaseViewerController,
        ViewerController,
      ],
      providers: [
        CommandRunner,
        ReadRulesCheck,
        ViewerIntegrity,
        ViewerAreas,
        ViewerReads,
        PageResponder,
        {
          provide: READINESS_PROBES,
          inject: [ReadModelLifecycle, SealerLifecycle],
          useFactory: (projections: ReadModelLifecycle, sealer: SealerLifecycle) => [projections, sealer],
        },
        // In this order: who is calling, then their budget, then what they may do.
        { provide: APP_GUARD, useClass: AuthenticationGuard },
        { provide: APP_GUARD, useClass: LedgerThrottlerGuard },
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
    };
  }
}
