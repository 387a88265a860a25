export {
  EventStoreDbEventStore,
  type EsdbClient,
  type EventStoreDbEventStoreOptions,
  type EventStoreDbLogger,
} from './eventstoredb-event-store';
export { type Backoff } from './resubscribe';
