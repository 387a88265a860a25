import type { EventStore } from '@ledger/event-store';
import { PostgresEventStore, SqliteEventStore } from '@ledger/event-store';
import type { LedgerConfig } from '../config';
import { ConfigError } from '../config';

/** Opens the configured event store: the application's only way to reach the log. */
export async function openEventStore(config: LedgerConfig): Promise<EventStore> {
  switch (config.store) {
    case 'sqlite':
      return SqliteEventStore.open({ file: config.sqliteFile });
    case 'postgres':
      return PostgresEventStore.connect({ connectionString: config.databaseUrl!, schema: config.databaseSchema });
    default:
      throw new ConfigError(`STORE=${config.store} is not available in this build`);
  }
}
