import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { TerminusModule } from '@nestjs/terminus';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { GovernanceModule, LedgerConfig } from '@ledger/governance';
import { LoggerModule } from 'nestjs-pino';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { v7 as uuidv7 } from 'uuid';
import { AuthenticationGuard, AuthGuard } from './common/auth';
import { CommandRunner } from './common/command-runner';
import { FixedWindowThrottlerStorage, requestTracker, trackerKey } from './common/throttler.storage';
import { HealthController } from './health/health.controller';
import { READINESS_PROBES } from './health/readiness';
import { CorrectionsController } from './ledger/corrections.controller';
import { StreamsController } from './ledger/streams.controller';
import { PROCESS_CONTROLLERS } from './processes';
import { PersonalDataModule } from './processes/complaint/personal-data.module';
import { ReadController } from './read/read.controller';
import { AuditModule, SealerLifecycle } from './ledger/audit.module';
import { ExportsController } from './ledger/exports.controller';
import { LedgerController } from './ledger/ledger.controller';
import { ReadModelLifecycle, ReadModelModule } from './read/read-model.module';
import { ViewerIntegrity } from './viewer/integrity';
import { ViewerController } from './viewer/viewer.controller';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

@Module({})
export class AppModule {
  static forRoot(config: LedgerConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            // One line per request only when info is logged: building it costs on every request.
            autoLogging: ['info', 'debug', 'trace'].includes(config.logLevel),
            // The request id is the correlation id recorded on every event.
            genReqId: (req: IncomingMessage, res: ServerResponse) => {
              const given = req.headers['x-request-id'];
              const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : uuidv7();
              res.setHeader('X-Request-Id', id);
              return id;
            },
            redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], censor: '[redacted]' },
            // Bodies are never logged: they can carry personal data.
            serializers: { req: (r: { id: string; method: string; url: string }) => ({ id: r.id, method: r.method, url: r.url }) },
          },
        }),
        ThrottlerModule.forRoot({ throttlers: [{ ttl: config.throttleTtlMs, limit: config.throttleLimit }], storage: new FixedWindowThrottlerStorage(), getTracker: requestTracker, generateKey: trackerKey }),
        CqrsModule.forRoot(),
        TerminusModule.forRoot({ errorLogStyle: 'json' }),
        GovernanceModule.forRoot(config),
        PersonalDataModule,
        ReadModelModule,
        AuditModule,
      ],
      controllers: [HealthController, StreamsController, CorrectionsController, ReadController, LedgerController, ExportsController, ...PROCESS_CONTROLLERS, ViewerController],
      providers: [
        CommandRunner,
        ViewerIntegrity,
        { provide: READINESS_PROBES, inject: [ReadModelLifecycle, SealerLifecycle], useFactory: (projections: ReadModelLifecycle, sealer: SealerLifecycle) => [projections, sealer] },
        // In this order: who is calling, then their budget, then what they may do.
        { provide: APP_GUARD, useClass: AuthenticationGuard },
        { provide: APP_GUARD, useClass: ThrottlerGuard },
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
    };
  }
}
