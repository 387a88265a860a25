import { Logger } from '@nestjs/common';
import type { EventStore } from '@ledger/event-store';
import { EventStoreDbEventStore, PostgresEventStore, SqliteEventStore } from '@ledger/event-store';
import type { LedgerConfig } from '../config';
import { ConfigError } from '../config';
import { placementOf } from './placement';

/** Opens the configured event store: the application's only way to reach the log. */
export async function openEventStore(config: LedgerConfig): Promise<EventStore> {
  const log = placementOf(config).log;
  switch (log.store) {
    case 'sqlite':
      return SqliteEventStore.open({ file: log.file, writerThread: true });
    case 'postgres':
      return PostgresEventStore.connect({ connectionString: log.url, schema: log.schema });
    case 'eventstoredb': {
      const logger = new Logger('EventStoreDB');
      return EventStoreDbEventStore.connect({ connectionString: log.url, logger: { warn: (m) => logger.warn(m) } });
    }
    default:
      throw new ConfigError(`STORE=${config.store} is not available in this build`);
  }
}
