export { PostgresEventStore, type PostgresEventStoreOptions } from './postgres-event-store';
export { LOCK_CLASS, LATEST_VERSION, MIGRATIONS, migrate, schemaLockId, withSchemaSetup } from './migrations';
