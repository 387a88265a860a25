export { PostgresEventStore, type PostgresEventStoreOptions } from './postgres-event-store';
export { withSchemaSetup } from './migrations';
