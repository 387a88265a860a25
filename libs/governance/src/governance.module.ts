import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '@ledger/event-store';
import { ApiKeyStore } from './auth/api-keys';
import { ExecuteDomainCommandHandler } from './commands/execute-domain-command';
import { Ledger } from './commands/ledger';
import type { LedgerConfig } from './config';
import { openEventStore } from './infrastructure/open-store';
import { openSqlDb, SqlDb } from './infrastructure/sql';

import { LEDGER_CONFIG, SQL_DB } from './governance.module.tokens';
import { DemoLoader } from './demo-loader';

export { LEDGER_CONFIG };

/** Closes the store and the application tables last, after every runner has stopped. */
@Injectable()
class StoreLifecycle implements OnApplicationShutdown {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SQL_DB) private readonly db: SqlDb,
  ) {}
  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
    await this.db.close();
  }
}

/** The application layer: the store (through the port), API keys, command handling. */
@Global()
@Module({})
export class GovernanceModule {
  static forRoot(config: LedgerConfig): DynamicModule {
    return {
      module: GovernanceModule,
      global: true,
      providers: [
        { provide: LEDGER_CONFIG, useValue: config },
        { provide: EVENT_STORE, useFactory: () => openEventStore(config) },
        { provide: SQL_DB, useFactory: () => openSqlDb(config) },
        {
          provide: ApiKeyStore,
          inject: [SQL_DB],
          useFactory: async (db: SqlDb) => {
            const keys = new ApiKeyStore(db);
            await keys.init();
            return keys;
          },
        },
        ExecuteDomainCommandHandler,
        Ledger,
        StoreLifecycle,
        DemoLoader,
      ],
      exports: [LEDGER_CONFIG, EVENT_STORE, SQL_DB, ApiKeyStore, Ledger],
    };
  }
}
