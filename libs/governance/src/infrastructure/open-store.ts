import { Logger } from '@nestjs/common';
import type { EventStore } from '@ledger/event-store';
import { EventStoreDbEventStore, PostgresEventStore, SqliteEventStore } from '@ledger/event-store';
import type { LedgerConfig } from '../config';
import { ConfigError } from '../config';

/** Opens the configured event store: the application's only way to reach the log. */
export async function openEventStore(config: LedgerConfig): Promise<EventStore> {
  switch (config.store) {
    case 'sqlite':
      return SqliteEventStore.open({ file: config.sqliteFile });
    case 'postgres':
      return PostgresEventStore.connect({ connectionString: config.databaseUrl!, schema: config.databaseSchema });
    case 'eventstoredb': {
      const logger = new Logger('EventStoreDB');
      return EventStoreDbEventStore.connect({ connectionString: config.eventstoreUrl!, logger: { warn: (m) => logger.warn(m) } });
    }
    default:
      throw new ConfigError(`STORE=${config.store} is not available in this build`);
  }
}
